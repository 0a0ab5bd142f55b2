import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { compareReportSchema } from "../lib/compare/compare-report-schema";
import { formatPointsDeltaRange, formatShareRangeShort } from "../lib/format/format-number";
import { parseCsvReport } from "../lib/report/format-csv-report";
import { testIds } from "../lib/test-ids";
import { openDashboard } from "./helpers";

const APR_OCT = `/compare?${new URLSearchParams({ a: "regime=apr-2025", b: "regime=oct-2025" })}`;

/** The API's comparison of the two sides the page shows (their canonical queries, from its download link). */
async function apiFor(page: Page) {
  const href = await page.getByTestId(testIds.compareDownload("json")).getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  return compareReportSchema.parse(await res.json());
}

async function download(page: Page, format: "csv" | "pdf") {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testIds.compareDownload(format)).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test("compare April 2025 with October 2025: the page shows the API's differences, rendered on the server", async ({ page }) => {
  // The first HTML already holds the headline and the figures: no client-only blank.
  const html = await (await page.request.get(APR_OCT)).text();
  expect(html).toContain("products change status");
  expect(html).toContain(testIds.compareChartRow("automotive"));

  await page.goto(APR_OCT);
  const api = await apiFor(page);
  const summary = page.getByTestId(testIds.compareSummary);
  await expect(summary).toContainText(api.headline);
  await expect(page.getByTestId(testIds.compareSide("a"))).toContainText("April 2025 (Ann. 18)");
  await expect(page.getByTestId(testIds.compareSide("b"))).toContainText("October 2025 as announced");

  // What changed: October adds Ann. 57's elements and the 0.1 % rule.
  expect(api.diff.elementsAdded).toEqual(["Eu", "Ho", "Er", "Tm", "Yb"]);
  const changes = page.getByTestId(testIds.compareChanges);
  await expect(changes.getByRole("row", { name: /Controlled elements/ })).toContainText("12 of 17");
  await expect(changes.getByRole("row", { name: /0\.1 % rule/ })).toContainText("on; threshold 0.1 % of value");

  // Every sector: both sides' figures and the change, as the API computes them.
  for (const s of api.sectors) {
    const row = page.getByTestId(testIds.compareSectorRow(s.id));
    await expect(row).toHaveAttribute("data-direction", s.direction);
    await expect(row).toContainText(`${formatShareRangeShort(s.a.exposure)}${formatShareRangeShort(s.b.exposure)}${formatPointsDeltaRange(s.exposureChange)}`);
    await expect(page.getByTestId(testIds.compareChartRow(s.id))).toContainText(formatPointsDeltaRange(s.exposureChange));
  }
  // Every product whose status moves, with why.
  expect(api.products.length).toBeGreaterThan(0);
  for (const p of api.products) {
    const row = page.getByTestId(testIds.compareProductRow(p.id));
    await expect(row).toHaveAttribute("data-direction", p.direction);
    for (const why of p.why) await expect(row).toContainText(why);
  }
  // Er-doped fibre needs a licence once Er is controlled (Ann. 57): named as the reason.
  const er = api.products.find((p) => p.why.includes("Er controlled in B, not in A"));
  expect(er).toBeDefined();
  await expect(page.getByTestId(testIds.compareProductRow(er!.id))).toContainText("Er controlled in B, not in A");
});

test("choose B in the picker: the URL and the comparison follow", async ({ page }) => {
  await page.goto(APR_OCT);
  await page.getByTestId(testIds.compareSelect("b")).selectOption({ label: "Breakdown" });
  await page.getByTestId(testIds.compareSubmit).click();
  // nuqs writes the value readably (b=regime=breakdown); a link written by the app encodes it (b=regime%3Dbreakdown).
  await expect(page).toHaveURL(/b=regime(=|%3D)breakdown/);
  await expect(page.getByTestId(testIds.compareSide("b"))).toContainText("Breakdown");
  const api = await apiFor(page);
  expect(api.b.scenario.regime).toBe("breakdown");
  await expect(page.getByTestId(testIds.compareSummary)).toContainText(api.headline);
  // Swap: A and B trade places.
  await page.getByTestId(testIds.compareSwap).click();
  await expect(page.getByTestId(testIds.compareSide("a"))).toContainText("Breakdown");
  await expect(page.getByTestId(testIds.compareSide("b"))).toContainText("April 2025");
});

test("a bad side is replaced by the default and said so", async ({ page }) => {
  await page.goto(`/compare?${new URLSearchParams({ a: "regime=nope&military=licence", b: "regime=oct-2025" })}`);
  await expect(page.getByTestId(testIds.scenarioNotice)).toContainText("a.regime");
  await expect(page.getByTestId(testIds.scenarioWarnings("read-as"))).toContainText("a.military");
  await expect(page.getByTestId(testIds.compareSide("a"))).toContainText("April 2025");
});

test("open from the dashboard with Compare with…: the scenario on screen is A", async ({ page }) => {
  await openDashboard(page, "?regime=as-of-today");
  await page.getByTestId(testIds.compareMenu).locator("summary").click();
  await page.getByTestId(testIds.compareOption("outcome-lapsed")).click();
  await expect(page).toHaveURL(/\/compare\?a=regime%3Das-of-today/);
  await expect(page.getByTestId(testIds.compareSide("a"))).toContainText("As of today");
  await expect(page.getByTestId(testIds.compareSide("b"))).toContainText("assumes the suspension lapsed");
  const api = await apiFor(page);
  expect(api.a.scenario.outcome).toBe("range");
  expect(api.b.scenario.outcome).toBe("lapsed");
  await expect(page.getByTestId(testIds.compareChanges).getByRole("row", { name: /Outcome/ })).toBeVisible();
});

test("download the comparison as CSV and PDF and read them back", async ({ page }) => {
  await page.goto(APR_OCT);
  const api = await apiFor(page);

  const csv = await download(page, "csv");
  expect(csv.name).toMatch(/^rare-earth-compare_apr-2025_2025-06-01_vs_oct-2025_2025-12-01_[0-9a-f]{8}\.csv$/);
  const [meta, scenarios, , sectors, products] = parseCsvReport(csv.bytes.toString("utf8"));
  expect(meta!.find((r) => r.field === "headline")?.value).toBe(api.headline);
  expect(scenarios!.find((r) => r.field === "regime")).toEqual({ field: "regime", a: "apr-2025", b: "oct-2025" });
  for (const s of api.sectors) {
    const row = sectors!.find((r) => r.sector_id === s.id)!;
    expect([Number(row.exposure_change_low), Number(row.exposure_change_high)]).toEqual([s.exposureChange.low, s.exposureChange.high]);
  }
  expect(products!.map((p) => p.product_id)).toEqual(api.products.map((p) => p.id));

  const pdf = await download(page, "pdf");
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const parser = new PDFParse({ data: new Uint8Array(pdf.bytes) });
  const flat = (await parser.getText()).text.replace(/\s+/g, " ");
  await parser.destroy();
  expect(flat).toContain(api.headline);
  expect(flat).toContain("What changed in the scenario");
  expect(flat).toContain("Exposure by sector, A and B on one scale");
  // Long names wrap (and may break at a hyphen): compared without the spaces.
  const squeezed = flat.replace(/\s/g, "");
  for (const p of api.products) expect(squeezed).toContain(p.name.replace(/\s/g, ""));
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the comparison fits the screen: no sideways scroll, tables scroll in their own box", async ({ page }) => {
    await page.goto(`/compare?${new URLSearchParams({ a: "regime=as-of-today", b: "regime=breakdown" })}`);
    await expect(page.getByTestId(testIds.compareChart)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  test("the Compare with… menu opens on screen and closes on Escape", async ({ page }) => {
    await openDashboard(page, "?regime=apr-2025");
    const menu = page.getByTestId(testIds.compareMenu);
    await menu.locator("summary").click();
    const option = page.getByTestId(testIds.compareOption("oct-2025"));
    await expect(option).toBeVisible();
    const box = (await option.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.keyboard.press("Escape");
    await expect(option).toBeHidden();
    await expect(menu.locator("summary")).toBeFocused();
  });
});

test("Tab through the comparison: every control shows its focus", async ({ page }) => {
  await page.goto(APR_OCT);
  const missing: string[] = [];
  let seen = 0;
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return { what: `${el.tagName} ${(el.textContent ?? "").trim().slice(0, 30)}`, visible: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 };
    });
    if (!f) continue;
    seen += 1;
    if (!f.visible) missing.push(f.what);
  }
  expect(seen).toBeGreaterThan(10);
  expect(missing).toEqual([]);
});
