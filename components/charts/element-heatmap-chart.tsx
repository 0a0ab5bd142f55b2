"use client";

import { memo } from "react";
import { type ElementHeatmapSeries, HEAT_MAX_INTENSITY, HEAT_MIN_INTENSITY } from "@/lib/charts/element-heatmap-series";
import { testIds } from "@/lib/test-ids";

const tint = (intensity: number) =>
  intensity === 0 ? "transparent" : `color-mix(in srgb, var(--chart-heat) ${intensity}%, var(--card))`;

/**
 * Element × sector heatmap as a real table: each cell tinted by its share and printing it; computes nothing.
 * Tints stop at about half strength so the cell text stays readable in light and dark mode.
 */
export const ElementHeatmapChart = memo(function ElementHeatmapChart({ series }: { series: ElementHeatmapSeries }) {
  if (series.rows.length === 0) {
    return <p className="text-sm text-muted">No controlled element drives any exposure in this scenario.</p>;
  }
  return (
    <div>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Element by sector heatmap; scrolls sideways on narrow screens">
        <table className="w-full border-separate border-spacing-0.5 text-sm" data-testid={testIds.elementHeatmap}>
          <caption className="sr-only">
            Share of each sector at risk through each controlled element; rows are elements, columns sectors.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-card px-2 text-left align-bottom text-xs font-semibold">
                Element
              </th>
              {series.columns.map((c) => (
                <th
                  key={c.sectorId}
                  scope="col"
                  title={c.name}
                  className="min-w-[4.75rem] px-1 pb-1 text-left align-bottom text-xs font-semibold leading-tight"
                >
                  {c.shortName}
                  {c.basis === "count" && <span className="text-muted">*</span>}
                  <span className="block whitespace-nowrap font-normal text-muted">total {c.exposureDisplay}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.rows.map((r) => (
              <tr key={r.symbol}>
                <th scope="row" className="sticky left-0 z-10 bg-card px-2 text-left font-semibold">
                  {r.symbol}
                </th>
                {r.cells.map((cell) => (
                  <td
                    key={cell.sectorId}
                    data-value={cell.value.high}
                    data-low={cell.value.low}
                    className={`rounded px-1.5 py-1 text-right tabular-nums ${cell.value.high === 0 ? "text-muted" : "font-medium"}`}
                    style={{ background: tint(cell.intensity) }}
                  >
                    {cell.display}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-muted">
        <span className="inline-flex items-center gap-1">
          0 %
          <span
            aria-hidden
            className="inline-block h-3 w-24 rounded-sm border border-border"
            style={{ background: `linear-gradient(to right, ${tint(HEAT_MIN_INTENSITY)}, ${tint(HEAT_MAX_INTENSITY)})` }}
          />
          100 %
        </span>
        <span>* weighed by product count (no volumes known)</span>
      </div>
    </div>
  );
});
