"use client";

import { memo } from "react";
import type { RegimeComparisonSeries } from "@/lib/charts/regime-comparison-series";
import { testIds } from "@/lib/test-ids";

/** The same numbers as a table: sectors by rows, presets and the current scenario by columns. */
export const RegimeComparisonTable = memo(function RegimeComparisonTable({ series }: { series: RegimeComparisonSeries }) {
  return (
    <table className="w-full text-left text-sm" data-testid={testIds.regimeComparisonTable}>
      <caption className="sr-only">Sector exposure under each preset and under the current scenario</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-3">Sector</th>
          {series.columns.map((c) => (
            <th key={c.key} scope="col" className={`pr-3 align-bottom font-semibold ${c.isCurrent ? "text-accent" : ""}`} title={c.label}>
              <span aria-hidden>{c.shortLabel}</span>
              <span className="sr-only">{c.label}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.sectors.map((s) => (
          <tr key={s.sectorId} className="border-t border-border">
            <th scope="row" className="pr-3 font-normal">
              {s.name}
              {s.basis === "count" && <span className="text-muted"> (by count)</span>}
            </th>
            {s.bars.map((b) => (
              <td key={b.key} className={`pr-3 tabular-nums ${b.isCurrent ? "font-semibold" : ""}`} data-value={b.highPct} data-low={b.lowPct}>
                {b.display}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
