import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load-dataset";
import { parseCsvReport } from "@/lib/report/format-csv-report";
import { inspectXlsx } from "@/lib/xlsx/inspect-xlsx";
import { GET, HEAD } from "./route";

const get = (query: string) => GET(new Request(`http://localhost:3000/api/report?${query}`));
const NAME = /^attachment; filename="rare-earth-exposure_apr-2025_2025-06-01_[0-9a-f]{8}(_[a-z]+)?\.([a-z]+)"$/;

describe("GET /api/report", () => {
  it("answers an Excel workbook, one sheet per table, made in the worker pool", async () => {
    const res = await get("regime=apr-2025&format=xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("Content-Disposition")).toMatch(NAME);
    expect(res.headers.get("Content-Disposition")).toMatch(/\.xlsx"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get("Content-Length")).toBe(String(bytes.length));
    const sheets = await readXlsxFile(bytes.buffer as ArrayBuffer);
    expect(sheets.map((s) => s.sheet)).toEqual(["report", "sectors", "products", "method", "sources"]);
    expect(sheets[1]!.data.length - 1).toBe(getDataset().products.sectors.length);
    const link = sheets[0]!.data.find((row) => row[0] === "link")?.[1];
    expect(link).toMatch(/^http:\/\/localhost:3000\/\?regime=apr-2025&asOf=2025-06-01/);
    expect(inspectXlsx(bytes).every((s) => s.frozenRows === 1 && s.formulaCells === 0)).toBe(true);
  });

  it("answers one table as its own CSV, named after it", async () => {
    const res = await get("regime=apr-2025&format=csv&table=sectors");
    expect(res.headers.get("Content-Disposition")).toMatch(/_sectors\.csv"$/);
    const blocks = parseCsvReport(await res.text());
    expect(blocks).toHaveLength(1);
    expect(Object.keys(blocks[0]![0]!).slice(0, 3)).toEqual(["sector_id", "sector", "basis"]);
  });

  it("answers a ZIP of the five tables, with semicolons when asked", async () => {
    const res = await get("regime=apr-2025&format=zip&delimiter=semicolon");
    expect(res.headers.get("Content-Type")).toBe("application/zip");
    expect(res.headers.get("Content-Disposition")).toMatch(/\.zip"$/);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(files);
    expect(names.map((n) => /_([a-z]+)\.csv$/.exec(n)?.[1])).toEqual(["report", "sectors", "products", "method", "sources"]);
    const sectors = files[names[1]!]!;
    // A UTF-8 byte-order mark (which TextDecoder drops), then the header with semicolons.
    expect([...sectors.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(sectors).startsWith("sector_id;sector;basis;")).toBe(true);
  });

  it("reports a file parameter given with a format it does not apply to as ignored", async () => {
    const res = await get("regime=apr-2025&format=json&table=sectors&delimiter=semicolon");
    const body = (await res.json()) as { warnings: { param: string; message: string }[] };
    expect(body.warnings).toEqual([
      { param: "table", message: "ignored: it applies to format=csv, not format=json" },
      { param: "delimiter", message: "ignored: it applies to format=csv and format=zip, not format=json" },
    ]);
  });

  it.each([
    ["regime=apr-2025&format=csv&table=totals", "table", /^"totals" is not one of report, sectors, products, method, sources$/],
    ["regime=apr-2025&format=csv&delimiter=tab", "delimiter", /is not one of comma, semicolon/],
    ["regime=apr-2025&format=csv&table=sectors&table=products", "table", /more than once/],
    ["regime=apr-2025&format=xls", "format", /is not one of json, csv, pdf, xlsx, zip/],
  ])("%s → 400 naming %s", async (query, param, message) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { param: string; message: string } };
    expect(error.param).toBe(param);
    expect(error.message).toMatch(message);
  });

  it("answers HEAD with the headers of the file and no body", async () => {
    const res = await HEAD(new Request("http://localhost/api/report?regime=apr-2025&format=xlsx", { method: "HEAD" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toMatch(/\.xlsx"$/);
    expect(await res.text()).toBe("");
  });
});
