import type { ElementHeatmapSeries } from "../charts/element-heatmap-series";
import type { ChartTable } from "./chart-table";

export const HEATMAP_TOTAL_KEY = "sector-exposure";

/**
 * The heatmap's cells: one row per driving element, two columns per sector (% of the sector at the low and high ends
 * of the range the record leaves open), then each sector's total.
 */
export function toHeatmapChartData(series: ElementHeatmapSeries): ChartTable {
  const label = (c: ElementHeatmapSeries["columns"][number]) => `${c.name}${c.basis === "count" ? " (by product count)" : ""}`;
  return {
    columns: [
      { key: "element", label: "Element", format: "text" },
      ...series.columns.flatMap((c) => [
        { key: `${c.sectorId}_low`, label: `${label(c)}, low (%)`, format: "pct" as const },
        { key: `${c.sectorId}_high`, label: `${label(c)}, high (%)`, format: "pct" as const },
      ]),
    ],
    rows: [
      ...series.rows.map((r) => [r.symbol, ...r.cells.flatMap((c) => [c.value.low * 100, c.value.high * 100])]),
      ["Sector exposure (all elements)", ...series.columns.flatMap((c) => [c.exposure.low * 100, c.exposure.high * 100])],
    ],
    rowKeys: [...series.rows.map((r) => r.symbol), HEATMAP_TOTAL_KEY],
  };
}
