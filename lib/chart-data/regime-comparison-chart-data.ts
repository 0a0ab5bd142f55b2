import type { RegimeComparisonSeries } from "../charts/regime-comparison-series";
import type { SectorBasis } from "../engine/exposure-types";
import type { ChartTable } from "./chart-table";

const BASIS: Record<SectorBasis, string> = { value: "output value", count: "product count", items: "traded items" };

/**
 * Sectors by rows, each preset and the current scenario by columns (% of the sector): a preset the record leaves open
 * ("as of today") has a low and a high column.
 */
export function toRegimeComparisonChartData(series: RegimeComparisonSeries): ChartTable {
  const ranged = new Set(series.columns.filter((c) => series.sectors.some((s) => (s.bars.find((b) => b.key === c.key)?.extraPct ?? 0) > 0)).map((c) => c.key));
  return {
    columns: [
      { key: "sector", label: "Sector", format: "text" },
      { key: "basis", label: "Measured against", format: "text" },
      ...series.columns.flatMap((c) =>
        ranged.has(c.key)
          ? [
              { key: `${c.key}_low`, label: `${c.label}, low (%)`, format: "pct" as const },
              { key: `${c.key}_high`, label: `${c.label}, high (%)`, format: "pct" as const },
            ]
          : [{ key: c.key, label: `${c.label} (%)`, format: "pct" as const }],
      ),
    ],
    rows: series.sectors.map((s) => [
      s.name,
      BASIS[s.basis],
      ...series.columns.flatMap((c) => {
        const b = s.bars.find((x) => x.key === c.key);
        return ranged.has(c.key) ? [b?.lowPct ?? null, b?.highPct ?? null] : [b?.highPct ?? null];
      }),
    ]),
    rowKeys: series.sectors.map((s) => s.sectorId),
  };
}
