import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { testIds } from "../lib/test-ids";

async function lookUp(page: Page, code: string, asOf: string) {
  await page.goto("/lookup");
  await page.getByTestId(testIds.lookupCodeInput).fill(code);
  await page.getByTestId(testIds.lookupAsOfInput).fill(asOf);
  await page.getByTestId(testIds.lookupSubmit).click();
  await expect(page.getByTestId(testIds.lookupResults)).toBeVisible();
}

const cell = (page: Page, itemId: string, col: string) =>
  page.getByTestId(testIds.lookupRow(itemId)).locator(`td[data-col="${col}"]`);

test("type a control code and read its candidates", async ({ page }) => {
  await lookUp(page, "1c905.a", "2025-06-01");
  const rows = page.getByTestId(testIds.lookupResults).locator("tbody tr");
  // Dy metal, Dy alloys, Dy targets, NdFeB PM materials containing Dy.
  await expect(rows).toHaveCount(4);
  await expect(cell(page, "1c905.a-pm", "elements")).toHaveText("Dy");
  await expect(cell(page, "1c905.a-pm", "status")).toHaveText("in force (since 4 Apr 2025)");
  await expect(page).toHaveURL(/\/lookup\?code=1c905\.a&asOf=2025-06-01/);
});

test("a shared code answers a set: 2805301910 is Sm, Gd and Lu metal", async ({ page }) => {
  await lookUp(page, "2805301910", "2025-06-01");
  for (const [id, element] of [["1c902.a-metal", "Sm"], ["1c903.a-metal", "Gd"], ["1c906.a-metal", "Lu"]] as const) {
    await expect(cell(page, id, "elements")).toHaveText(element);
    await expect(page.getByTestId(testIds.lookupRow(id))).toHaveAttribute("data-state", "in-force");
  }
  await expect(page.getByTestId(testIds.lookupNote)).toContainText("the item description governs");
});

test("a magnet code: no reference code exists, composition decides", async ({ page }) => {
  await lookUp(page, "8505.11", "2025-06-01");
  await expect(page.getByTestId(testIds.lookupNote)).toContainText("There is no reference customs code for NdFeB or SmCo magnets");
  await expect(page.getByTestId(testIds.lookupRow("1c905.a-pm"))).toContainText("none: composition and description decide");
  await expect(page.getByTestId(testIds.lookupRow("1c904.a-pm"))).toContainText("NdFeB magnet containing Tb");
});

test("an Ann. 57 item before, during and after its suspension", async ({ page }) => {
  // Ann. 57: effective 8 Nov 2025, suspended from 7 Nov 2025 until 10 Nov 2026 (read as running through that day).
  const cases = [
    ["2025-10-20", "not-yet-in-force", "not yet in force (effective 8 Nov 2025)"],
    ["2026-11-10", "suspended", "suspended (until 10 Nov 2026)"],
    ["2026-11-11", "not-on-record", "If it was extended, the measure is still suspended; if it lapsed, the measure is in force again."],
  ] as const;
  for (const [asOf, state, text] of cases) {
    await lookUp(page, "1C909.a", asOf);
    await expect(page.getByTestId(testIds.lookupRow("1c909.a-metal"))).toHaveAttribute("data-state", state);
    await expect(cell(page, "1c909.a-metal", "status")).toContainText(text);
  }
});

test("the form works without JavaScript and names a bad input", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/lookup?code=28053019&asOf=2025-12-01");
  await expect(page.getByTestId(testIds.lookupRow("1c909.a-metal"))).toHaveAttribute("data-state", "suspended");
  await page.getByTestId(testIds.lookupCodeInput).fill("magnet");
  await page.getByTestId(testIds.lookupSubmit).click();
  await expect(page.getByTestId(testIds.lookupError)).toContainText("neither a customs code");
  await context.close();
});

test("the API answers the same candidates", async ({ request }) => {
  const res = await request.get("/api/lookup?code=2846901993&asOf=2025-06-01");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { candidates: { elements: string[] }[] };
  expect(body.candidates.flatMap((c) => c.elements)).toEqual(["Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y"]);
  const bad = await request.get("/api/lookup?code=1C905.a&asOf=yesterday");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.param).toBe("asOf");
});

test("axe finds no serious or critical violation on /lookup with results, and nothing overflows at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/lookup?code=8505.11&asOf=2025-06-01");
  await expect(page.getByTestId(testIds.lookupResults)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
});
