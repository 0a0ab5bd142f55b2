import readXlsxFile from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import { inspectXlsx } from "../xlsx/inspect-xlsx";
import { formatCsvReport, parseCsvReport } from "./format-csv-report";
import { formatXlsxReport } from "./format-xlsx-report";
import { makeTestReport } from "./report-fixture";

const read = (bytes: Uint8Array) => readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);

describe("formatXlsxReport", () => {
  it("writes one sheet per table, each with the CSV's header and figures", async () => {
    const r = await makeTestReport({ regime: "as-of-today" });
    const sheets = await read(await formatXlsxReport(r, { siteUrl: "https://example.org" }));
    expect(sheets.map((s) => s.sheet)).toEqual(["report", "sectors", "products", "method", "sources"]);
    const csv = parseCsvReport(formatCsvReport(r, { siteUrl: "https://example.org" }));
    sheets.forEach((sheet, i) => {
      const [header, ...rows] = sheet.data;
      expect(header).toEqual(Object.keys(csv[i]![0]!));
      expect(rows).toHaveLength(csv[i]!.length);
    });
    // The telecom sector: exposure 0 if the suspension is extended, 0.99 if it lapsed (as the CSV test works out).
    const sectors = sheets[1]!.data;
    const col = (name: string) => sectors[0]!.indexOf(name);
    const telecom = sectors.find((row) => row[0] === "telecom")!;
    expect([telecom[col("exposure_low")], telecom[col("exposure_high")]]).toEqual([0, 0.99]);
    const report = sheets[0]!.data;
    expect(report.find((row) => row[0] === "link")?.[1]).toBe(`https://example.org/?${r.scenarioQuery}`);
    expect(report.find((row) => row[0] === "value_at_risk_usd_high")?.[1]).toBe(Math.round(r.totals.valueAtRiskUsd.high));
  });

  it("formats shares as percentages and dollars as currency, freezes the header, holds no formula", async () => {
    const r = await makeTestReport();
    r.products[0] = { ...r.products[0]!, name: "=cmd|' /C calc'!A0" };
    const layout = inspectXlsx(await formatXlsxReport(r));
    const [report, sectors, products, method, sources] = layout;
    for (const sheet of layout) {
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.formulaCells).toBe(0);
    }
    expect([sectors!.frozenColumns, products!.frozenColumns]).toEqual([2, 2]);
    // sectors: D = exposure_low, F = value_usd; products: I = dependence_low, Q = unit_value_usd, T = units_year; on
    // the first row that has a value (a gap is an empty cell).
    const sectorRow = r.sectors.findIndex((s) => s.valueUsd !== null) + 2;
    const productRow = r.products.findIndex((p) => p.unitValueUsd !== null && p.unitsYear !== null) + 2;
    expect(sectorRow).toBeGreaterThan(1);
    expect(productRow).toBeGreaterThan(1);
    expect(sectors!.formatOf(`D${sectorRow}`)).toBe("0.00%");
    expect(sectors!.formatOf(`F${sectorRow}`)).toBe('"$"#,##0');
    expect(products!.formatOf(`I${productRow}`)).toBe("0.00%");
    expect(products!.formatOf(`Q${productRow}`)).toBe('"$"#,##0.00');
    expect(products!.formatOf(`T${productRow}`)).toBe("0");
    expect(products!.typeOf("B2")).toBe("s");
    // report: the rows of value_usd (15th field) is a dollar amount; the title (1st) text; dataset_date (6th) a date.
    expect(report!.formatOf("B16")).toBe('"$"#,##0');
    expect(report!.typeOf("B2")).toBe("s");
    expect(report!.formatOf("B7")).toBe("yyyy-mm-dd");
    expect(method!.widths[1]).toBe(120);
    expect(sources!.widths[2]).toBeLessThanOrEqual(100);
  });
});
