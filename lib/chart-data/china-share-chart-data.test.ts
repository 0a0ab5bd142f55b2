import { describe, expect, it } from "vitest";
import type { ChinaShareRow, ChinaShareSeries } from "../charts/china-share-series";
import { checkChartTable } from "./chart-table";
import { toChinaShareChartData } from "./china-share-chart-data";

const fig = (pct: number | null, elementSpecific: boolean | null, confidence: string | null) => ({ pct, elementSpecific, confidence, sourceIds: [], display: "" });
const series = {
  rows: [
    { symbol: "Dy", name: "Dysprosium", atomicNumber: 66, mining: fig(69, false, "H"), separation: fig(99, true, "L"), magnets: fig(94, false, "M"), overridePct: 50, overrideDisplay: "50 %" },
    { symbol: "Pm", name: "Promethium", atomicNumber: 61, mining: fig(null, null, null), separation: fig(null, null, null), magnets: fig(null, null, null), overridePct: null, overrideDisplay: null },
  ] as unknown as ChinaShareRow[],
  hasOverrides: true,
  takeaway: "",
  source: "",
} as ChinaShareSeries;

describe("toChinaShareChartData", () => {
  const t = toChinaShareChartData(series);
  it("gives every stage's share, whose figure it is and its confidence, then the what-if", () => {
    expect(t.rows[0]).toEqual(["Dy", "Dysprosium", 69, "aggregate", "H", 99, "element-specific", "L", 94, "aggregate", "M", 50]);
  });
  it("leaves a gap, never a zero, where there is no figure", () => {
    expect(t.rows[1]).toEqual(["Pm", "Promethium", null, null, null, null, null, null, null, null, null, null]);
    expect(checkChartTable(t)).toEqual([]);
  });
});
