import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { formatChartCsv } from "./chart-csv";
import type { ChartTable } from "./chart-table";

const table: ChartTable = {
  columns: [
    { key: "sector", label: "Sector", format: "text" },
    { key: "exposure_pct", label: "Exposure (%)", format: "pct" },
    { key: "var", label: "Value at risk (USD a year)", format: "usd" },
  ],
  rows: [
    ["Wind, offshore & onshore", 12.345678901234567, 1_500_000_000],
    ["=HYPERLINK(\"x\")", 0, null],
  ],
  rowKeys: ["wind", "evil"],
};

describe("formatChartCsv", () => {
  const csv = formatChartCsv(table);

  it("starts with a byte-order mark and ends with CRLF", () => {
    expect(csv.startsWith("\uFEFFSector,Exposure (%),Value at risk (USD a year)\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("reads back to the same figures, at full precision, with gaps empty and formulas neutralised", () => {
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["Sector", "Exposure (%)", "Value at risk (USD a year)"],
      ["Wind, offshore & onshore", "12.345678901234567", "1500000000"],
      ["'=HYPERLINK(\"x\")", "0", ""],
    ]);
  });
});
