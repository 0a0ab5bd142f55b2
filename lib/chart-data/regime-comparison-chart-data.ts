import type { RegimeComparisonSeries } from "../charts/regime-comparison-series";
import type { ChartTable } from "./chart-table";

/** Sectors by rows, each preset and the current scenario by columns: the bars of the small multiples (%). */
export function toRegimeComparisonChartData(series: RegimeComparisonSeries): ChartTable {
  return {
    columns: [
      { key: "sector", label: "Sector", format: "text" },
      { key: "basis", label: "Measured against", format: "text" },
      ...series.columns.map((c) => ({ key: c.key, label: `${c.label} (%)`, format: "pct" as const })),
    ],
    rows: series.sectors.map((s) => [
      s.name,
      s.basis === "product-count" ? "product count" : "annual value",
      ...series.columns.map((c) => s.bars.find((b) => b.key === c.key)?.exposurePct ?? null),
    ]),
    rowKeys: series.sectors.map((s) => s.sectorId),
  };
}
