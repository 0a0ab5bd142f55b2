import { describe, expect, it } from "vitest";
import type { ElementHeatmapSeries } from "../charts/element-heatmap-series";
import { checkChartTable } from "./chart-table";
import { HEATMAP_TOTAL_KEY, toHeatmapChartData } from "./heatmap-chart-data";

const r = (low: number, high = low) => ({ low, high });
const cell = (sectorId: string, low: number, high = low) => ({ sectorId, value: r(low, high), display: "", intensity: 0 });
const series: ElementHeatmapSeries = {
  columns: [
    { sectorId: "ev", name: "EVs", shortName: "EVs", basis: "value", exposure: r(0.3), exposureDisplay: "30 %" },
    { sectorId: "aero", name: "Aerospace", shortName: "Aerospace", basis: "count", exposure: r(0.5, 0.6), exposureDisplay: "50–60 %" },
  ],
  rows: [
    { symbol: "Tb", cells: [cell("ev", 0.1), cell("aero", 0)] },
    { symbol: "Dy", cells: [cell("ev", 0.3), cell("aero", 0.5, 0.6)] },
  ],
  takeaway: "",
  source: "",
};

describe("toHeatmapChartData", () => {
  const t = toHeatmapChartData(series);
  it("has a low and a high column per sector, labelled with its basis", () => {
    expect(t.columns.map((c) => c.label)).toEqual([
      "Element",
      "EVs, low (%)",
      "EVs, high (%)",
      "Aerospace (by product count), low (%)",
      "Aerospace (by product count), high (%)",
    ]);
  });
  it("gives each element's share of each sector in percent, then the sectors' totals", () => {
    expect(t.rows).toEqual([
      ["Tb", 10, 10, 0, 0],
      ["Dy", 30, 30, 50, 60],
      ["Sector exposure (all elements)", 30, 30, 50, 60],
    ]);
    expect(t.rowKeys).toEqual(["Tb", "Dy", HEATMAP_TOTAL_KEY]);
    expect(checkChartTable(t)).toEqual([]);
  });
});
