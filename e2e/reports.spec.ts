import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { testIds } from "../lib/test-ids";
import { parseCsvReport } from "../lib/report/format-csv-report";
import { exposureReportSchema } from "../lib/report/report-schema";
import { mountAllCharts, openDashboard } from "./helpers";

const QUERY = "?regime=breakdown&controlled=Sc,Y,Sm,Gd,Tb,Dy,Lu,Ho,Er&threshold=0.5";

async function download(page: Page, format: "csv" | "json" | "pdf") {
  await page.getByTestId(testIds.downloadMenu).locator("summary").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testIds.downloadReport(format)).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

async function apiFor(page: Page) {
  const res = await page.request.get(`/api/exposure${QUERY}`);
  return res.json();
}

test("the CSV download holds the scenario and the API's numbers (rounded), and no live formula", async ({ page }) => {
  await openDashboard(page, QUERY);
  const { name, bytes } = await download(page, "csv");
  expect(name).toMatch(/^rare-earth-exposure_breakdown-custom_\d{4}-\d{2}-\d{2}_[0-9a-f]{8}\.csv$/);
  const text = bytes.toString("utf8");
  const [meta, sectors, products, , sources] = parseCsvReport(text);
  const field = (k: string) => meta!.find((r) => r.field === k)?.value;
  expect(field("controlled_elements")).toBe("Sc Y Sm Gd Tb Dy Ho Er Lu");
  expect(Number(field("de_minimis_pct"))).toBe(0.5);
  const api = await apiFor(page);
  for (const s of api.sectors) {
    const row = sectors!.find((r) => r.sector_id === s.id)!;
    // Shares rounded to 4 decimal places (0.1143 = 11.43 %): the API keeps full precision.
    const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
    expect([Number(row.exposure_low), Number(row.exposure_high)]).toEqual([round4(s.exposure.low), round4(s.exposure.high)]);
  }
  for (const p of api.products) {
    const row = products!.find((r) => r.product_id === p.id)!;
    expect([row.status_low, row.status_high]).toEqual([p.status.low, p.status.high]);
  }
  expect(sources!.length).toBeGreaterThan(10);
  for (const row of products!) for (const v of Object.values(row)) expect(v).not.toMatch(/^[=+@\t\r]/);
});

test("the JSON download matches its schema and the API", async ({ page }) => {
  await openDashboard(page, QUERY);
  const { name, bytes } = await download(page, "json");
  expect(name.endsWith(".json")).toBe(true);
  const report = exposureReportSchema.parse(JSON.parse(bytes.toString("utf8")));
  const api = await apiFor(page);
  expect(report.scenario).toEqual(api.scenario);
  expect(report.sectors).toEqual(api.sectors);
  expect(report.products).toEqual(api.products);
});

test("the PDF download is a readable report of the same scenario", async ({ page }) => {
  await openDashboard(page, QUERY);
  const { name, bytes } = await download(page, "pdf");
  expect(name.endsWith(".pdf")).toBe(true);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await new PDFParse({ data: new Uint8Array(bytes) }).getText();
  const api = await apiFor(page);
  expect(text).toContain("Breakdown");
  expect(text).toContain("9 of 17");
  for (const s of api.sectors) expect(text).toContain(s.name.slice(0, 20));
  const f35 = api.products.find((p: { id: string }) => p.id === "def-f35");
  expect(f35.status.high).toBe("denied");
  expect(text).toMatch(/F-35/);
  expect(text).toContain("S173");
  expect(text).toContain("Value at risk:");
});

test("every chart offers PNG and SVG downloads named after the scenario", async ({ page }) => {
  await openDashboard(page, QUERY);
  await mountAllCharts(page);
  const frames = page.locator("figure").filter({ has: page.getByTestId(testIds.chartPng) });
  const count = await frames.count();
  expect(count).toBeGreaterThanOrEqual(1);
  for (let i = 0; i < count; i++) {
    const frame = frames.nth(i);
    await frame.scrollIntoViewIfNeeded();
    const [svg] = await Promise.all([page.waitForEvent("download"), frame.getByTestId(testIds.chartSvg).click()]);
    expect(svg.suggestedFilename()).toMatch(/_breakdown-custom_\d{4}-\d{2}-\d{2}\.svg$/);
    const svgText = await readFile(await svg.path(), "utf8");
    expect(svgText).toContain("<svg");
    expect(svgText).not.toContain("var(--");
    const [png] = await Promise.all([page.waitForEvent("download"), frame.getByTestId(testIds.chartPng).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const head = (await readFile(await png.path())).subarray(0, 8);
    expect([...head]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  }
});
