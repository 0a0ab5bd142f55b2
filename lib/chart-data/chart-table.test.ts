import { describe, expect, it } from "vitest";
import { checkChartTable, formatChartCell } from "./chart-table";

describe("formatChartCell", () => {
  it.each([
    [23.456, "pct", "23.5 %"],
    [4.5, "pct", "4.50 %"],
    [0, "pct", "0 %"],
    [null, "pct", "—"],
    [1_400_000_000, "usd", "$1.4B"],
    [12345, "int", "12,345"],
    ["2025-04-04", "date", "4 Apr 2025"],
    ["Dy Tb", "text", "Dy Tb"],
    ["", "text", "—"],
  ] as const)("%s as %s → %s", (value, format, text) => expect(formatChartCell(value, format)).toBe(text));
});

describe("checkChartTable", () => {
  const columns = [
    { key: "a", label: "A", format: "text" as const },
    { key: "b", label: "B", format: "int" as const },
  ];
  it("accepts one key per row and one cell per column", () => {
    expect(checkChartTable({ columns, rows: [["x", 1]], rowKeys: ["x"] })).toEqual([]);
  });
  it("names every problem", () => {
    expect(checkChartTable({ columns: [...columns, columns[0]!], rows: [["x"], ["y", 2, 3]], rowKeys: ["k", "k", "z"] })).toEqual([
      "3 row keys for 2 rows",
      "row keys repeat",
      "column keys repeat",
      "row 0 has 1 cells for 3 columns",
    ]);
  });
});
