import { describe, expect, it } from "vitest";
import type { ElementHeatmapSeries } from "../charts/element-heatmap-series";
import { checkChartTable } from "./chart-table";
import { HEATMAP_TOTAL_KEY, toHeatmapChartData } from "./heatmap-chart-data";

const cell = (sectorId: string, value: number) => ({ sectorId, value, pct: value * 100, display: "", intensity: 0 });
const series = {
  columns: [
    { sectorId: "ev", name: "EVs", shortName: "EVs", basis: "annual-value", exposure: 0.3, exposureDisplay: "30 %" },
    { sectorId: "aero", name: "Aerospace", shortName: "Aerospace", basis: "product-count", exposure: 0.5, exposureDisplay: "50 %" },
  ],
  rows: [
    { symbol: "Tb", cells: [cell("ev", 0.1), cell("aero", 0)] },
    { symbol: "Dy", cells: [cell("ev", 0.3), cell("aero", 0.5)] },
  ],
  takeaway: "",
  source: "",
} as ElementHeatmapSeries;

describe("toHeatmapChartData", () => {
  const t = toHeatmapChartData(series);
  it("has one column per sector, labelled with its basis", () => {
    expect(t.columns.map((c) => c.label)).toEqual(["Element", "EVs (%)", "Aerospace (by product count) (%)"]);
  });
  it("gives each element's share of each sector in percent, then the sectors' totals", () => {
    expect(t.rows).toEqual([
      ["Tb", 10, 0],
      ["Dy", 30, 50],
      ["Sector exposure (all elements)", 30, 50],
    ]);
    expect(t.rowKeys).toEqual(["Tb", "Dy", HEATMAP_TOTAL_KEY]);
    expect(checkChartTable(t)).toEqual([]);
  });
});
