import type { ElementHeatmapSeries } from "../charts/element-heatmap-series";
import type { ChartTable } from "./chart-table";

export const HEATMAP_TOTAL_KEY = "sector-exposure";

/** The heatmap's cells: one row per driving element, one column per sector (% of the sector), then each sector's total. */
export function toHeatmapChartData(series: ElementHeatmapSeries): ChartTable {
  return {
    columns: [
      { key: "element", label: "Element", format: "text" },
      ...series.columns.map((c) => ({
        key: c.sectorId,
        label: `${c.name}${c.basis === "product-count" ? " (by product count)" : ""} (%)`,
        format: "pct" as const,
      })),
    ],
    rows: [
      ...series.rows.map((r) => [r.symbol, ...r.cells.map((c) => c.value * 100)]),
      ["Sector exposure (all elements)", ...series.columns.map((c) => c.exposure * 100)],
    ],
    rowKeys: [...series.rows.map((r) => r.symbol), HEATMAP_TOTAL_KEY],
  };
}
