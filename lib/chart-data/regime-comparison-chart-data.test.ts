import { describe, expect, it } from "vitest";
import type { RegimeComparisonSeries } from "../charts/regime-comparison-series";
import { checkChartTable } from "./chart-table";
import { toRegimeComparisonChartData } from "./regime-comparison-chart-data";

const columns = [
  { key: "apr-2025", label: "April 2025", shortLabel: "Apr 2025", isCurrent: false },
  { key: "current", label: "Current scenario (April 2025)", shortLabel: "Current", isCurrent: true },
];
const bar = (c: (typeof columns)[number], lowPct: number, highPct = lowPct) => ({ ...c, lowPct, highPct, extraPct: highPct - lowPct, display: "" });
const series: RegimeComparisonSeries = {
  currentLabel: "Current scenario (April 2025)",
  columns,
  sectors: [
    { sectorId: "wind", name: "Wind", basis: "value", currentPct: 12.5, bars: [bar(columns[0]!, 10), bar(columns[1]!, 7.5, 12.5)] },
    { sectorId: "telecom", name: "Telecom", basis: "count", currentPct: 0, bars: [bar(columns[0]!, 0)] },
  ],
  takeaway: "",
  source: "",
};

describe("toRegimeComparisonChartData", () => {
  const t = toRegimeComparisonChartData(series);
  it("has a column per preset and two for a column that holds a range, in the series' order", () => {
    expect(t.columns.map((c) => c.key)).toEqual(["sector", "basis", "apr-2025", "current_low", "current_high"]);
  });
  it("prints each bar's exposure, and a gap where a sector has no bar", () => {
    expect(t.rows).toEqual([
      ["Wind", "output value", 10, 7.5, 12.5],
      ["Telecom", "product count", 0, null, null],
    ]);
    expect(checkChartTable(t)).toEqual([]);
  });
});
