import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import readXlsxFile from "read-excel-file/node";
import { testIds } from "../lib/test-ids";
import { inspectXlsx } from "../lib/xlsx/inspect-xlsx";
import { openDashboard } from "./helpers";

const QUERY = "?regime=breakdown&controlled=Sc,Y,Sm,Gd,Tb,Dy,Lu,Ho,Er&threshold=0.5";
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

type ApiSector = { id: string; name: string; exposure: { low: number; high: number }; valueUsd: number | null };

async function downloadFromMenu(page: Page, id: string) {
  // A download leaves the menu open: open it only when it is closed.
  const menu = page.getByTestId(testIds.downloadMenu);
  if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testIds.downloadReport(id)).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function apiSectors(page: Page): Promise<ApiSector[]> {
  return ((await (await page.request.get(`/api/exposure${QUERY}`)).json()) as { sectors: ApiSector[] }).sectors;
}

test("the Excel download has a sheet per table, numbers as formatted numbers, and a frozen header", async ({ page }) => {
  await openDashboard(page, QUERY);
  const { name, bytes } = await downloadFromMenu(page, "xlsx");
  expect(name).toMatch(/^rare-earth-exposure_breakdown-custom_\d{4}-\d{2}-\d{2}_[0-9a-f]{8}\.xlsx$/);
  const sheets = await readXlsxFile(bytes);
  expect(sheets.map((s) => s.sheet)).toEqual(["report", "sectors", "products", "method", "sources"]);

  // The sectors sheet holds the API's exposures, as numbers rounded to 4 decimals.
  const [header, ...rows] = sheets[1]!.data;
  const col = (h: string) => header!.indexOf(h);
  const api = await apiSectors(page);
  expect(rows).toHaveLength(api.length);
  for (const s of api) {
    const row = rows.find((r) => r[col("sector_id")] === s.id)!;
    expect([row[col("exposure_low")], row[col("exposure_high")]]).toEqual([round4(s.exposure.low), round4(s.exposure.high)]);
    expect(row[col("value_usd")]).toBe(s.valueUsd === null ? null : Math.round(s.valueUsd));
  }
  // The report sheet says what the scenario is, in words, and where to see it.
  const report = sheets[0]!.data;
  expect(report.find((r) => r[0] === "scenario_in_words" && String(r[1]).startsWith("Controlled elements"))?.[1]).toContain("9 of 17");
  // The link is to the address the page was loaded from.
  expect(String(report.find((r) => r[0] === "link")?.[1])).toMatch(new RegExp(`^${new URL(page.url()).origin.replaceAll(".", "\\.")}/\\?regime=breakdown&`));
  expect(report.find((r) => r[0] === "licence_url")?.[1]).toBe("https://creativecommons.org/licenses/by/4.0/");

  // Layout: exposure (column D) formatted as a percentage, value (F) as dollars, row 1 frozen, no formula anywhere.
  const layout = inspectXlsx(new Uint8Array(bytes));
  const sectors = layout[1]!;
  const firstValued = api.findIndex((s) => s.valueUsd !== null);
  expect(sectors.formatOf(`D${firstValued + 2}`)).toBe("0.00%");
  expect(sectors.formatOf(`F${firstValued + 2}`)).toBe('"$"#,##0');
  expect(sectors.typeOf(`D${firstValued + 2}`)).toBe("n");
  for (const sheet of layout) {
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.formulaCells).toBe(0);
  }
});

test("one table per CSV: the sectors file alone, and a ZIP of all five", async ({ page }) => {
  await openDashboard(page, QUERY);
  const api = await apiSectors(page);

  const sectorsCsv = await downloadFromMenu(page, "csv-sectors");
  expect(sectorsCsv.name).toMatch(/_sectors\.csv$/);
  const parsed = Papa.parse<Record<string, string>>(sectorsCsv.bytes.toString("utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(parsed.data).toHaveLength(api.length);
  for (const s of api) {
    const row = parsed.data.find((r) => r.sector_id === s.id)!;
    expect(row.exposure_high).toBe(String(round4(s.exposure.high)));
    // No float noise: at most 4 decimals in any figure.
    for (const v of Object.values(row)) if (/^\d+\.\d+$/.test(v)) expect(v).toMatch(/^\d+\.\d{1,4}$/);
  }

  const zip = await downloadFromMenu(page, "zip");
  expect(zip.name).toMatch(/\.zip$/);
  const files = unzipSync(new Uint8Array(zip.bytes));
  const names = Object.keys(files);
  expect(names.map((n) => /_([a-z]+)\.csv$/.exec(n)?.[1])).toEqual(["report", "sectors", "products", "method", "sources"]);
  expect(strFromU8(files[names[1]!]!)).toBe(sectorsCsv.bytes.toString("utf8").replace(/^\uFEFF/, ""));
  const products = Papa.parse<Record<string, string>>(strFromU8(files[names[2]!]!), { header: true, skipEmptyLines: true }).data;
  expect(products.find((p) => p.product_id === "def-f35")?.status_high).toBe("denied");
});

test("the semicolon ZIP opens in a German or French Excel: ; between cells, decimal commas", async ({ page }) => {
  await openDashboard(page, QUERY);
  const { bytes } = await downloadFromMenu(page, "zip-semicolon");
  const files = unzipSync(new Uint8Array(bytes));
  const sectors = strFromU8(Object.values(files)[1]!);
  expect(sectors.split("\r\n")[0]).toMatch(/^sector_id;sector;basis;exposure_low;/);
  const rows = Papa.parse<Record<string, string>>(sectors, { header: true, delimiter: ";", skipEmptyLines: true }).data;
  const api = await apiSectors(page);
  const exposed = api.find((s) => s.exposure.high > 0 && s.exposure.high < 1)!;
  expect(rows.find((r) => r.sector_id === exposed.id)?.exposure_high).toBe(String(round4(exposed.exposure.high)).replace(".", ","));
});

test("GET /api/openapi.json is an OpenAPI 3.1 document that the live answers meet", async ({ request }) => {
  const doc = (await (await request.get("/api/openapi.json")).json()) as { openapi: string; paths: Record<string, unknown> };
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/api/exposure", "/api/report", "/api/bom", "/api/bom/template", "/api/dataset", "/api/regimes", "/api/lookup", "/api/openapi.json"]),
  );
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addFormat("iri", /^[a-z][a-z0-9+.-]*:[^\s]+$/i);
  ajv.addSchema({ ...doc, $id: "https://x.invalid/openapi.json" });
  const validate = ajv.compile({ $ref: "https://x.invalid/openapi.json#/components/schemas/ExposureAnswer" });
  const answer = await (await request.get(`/api/exposure${QUERY}`)).json();
  expect(validate(answer) ? [] : validate.errors).toEqual([]);
});

test("the API reference page lists every route of the document, with its parameters, and is linked from the dashboard", async ({ page }) => {
  await openDashboard(page, QUERY);
  await page.getByRole("link", { name: "API", exact: true }).click();
  await expect(page).toHaveURL(/\/api-reference$/);
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  const doc = (await (await page.request.get("/api/openapi.json")).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
  for (const ops of Object.values(doc.paths)) {
    for (const op of Object.values(ops)) await expect(page.getByTestId(testIds.apiOperation(op.operationId))).toHaveCount(1);
  }
  const report = page.getByTestId(testIds.apiOperation("getReport"));
  for (const param of ["regime", "threshold", "format", "table", "delimiter"]) await expect(report.getByRole("rowheader", { name: new RegExp(`^${param}`) })).toBeVisible();
  await expect(report).toContainText("503");
  // A type that names a schema links to it.
  await page.getByTestId(testIds.apiOperation("getExposure")).getByRole("link", { name: "ExposureAnswer" }).click();
  await expect(page).toHaveURL(/#schema-ExposureAnswer$/);
  await expect(page.getByTestId(testIds.apiSchema("ExposureAnswer"))).toBeInViewport();
});
