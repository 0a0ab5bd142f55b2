"use client";

import { Fragment, memo } from "react";
import type { SectorSeriesRow } from "@/lib/charts/sector-series";
import { formatPercent, formatUsdRangeShort } from "@/lib/format/format-number";
import { STATUS_SEGMENTS } from "@/lib/format/status-vocabulary";
import { testIds } from "@/lib/test-ids";
import { StatusLegend } from "./status-legend";

const TICKS = [0, 25, 50, 75, 100];


const GROUP_LABEL: Record<SectorSeriesRow["basis"], string> = {
  value: "Share of output made outside China, by value",
  items: "Share of traded items needing a licence or worse, by count",
  count: "Weighed by product count: no outside-China volumes known",
};

/**
 * Stacked horizontal bars of precomputed sector rows; computes nothing. The solid bar is the low end, by status; a
 * hatched extension runs to the high end where the record leaves the outcome open. Drawn with plain elements rather
 * than Recharts: it is the chart above the fold, and keeping Recharts out of the first load halves the page's script.
 */
export const SectorExposureChart = memo(function SectorExposureChart({ rows }: { rows: SectorSeriesRow[] }) {
  return (
    <div className="text-xs" role="img" aria-label={`Sector exposure: ${rows.map((r) => `${r.name} ${r.display}`).join("; ")}`}>
      <div className="grid grid-cols-[minmax(6rem,38%)_1fr] gap-x-2 sm:grid-cols-[12rem_1fr]">
        {/* Keyed by place, not by sector: a change that reorders the sectors redraws each place where it stands, in
            the change's first frame, instead of moving elements the browser must then rebuild (issue 13). */}
        {rows.map((r, i) => (
          <Fragment key={i}>
            {(i === 0 || rows[i - 1]?.basis !== r.basis) && (
              <div className="col-span-2 mt-2 border-b border-border pb-0.5 text-muted first:mt-0">{GROUP_LABEL[r.basis]}</div>
            )}
            <div className="contents" data-testid={testIds.sectorBar(r.sectorId)} data-total={r.high} data-low={r.low} data-basis={r.basis}>
              <div className="flex min-h-9 flex-col items-end justify-center py-1 text-right leading-tight text-foreground">
                <span>{r.name}</span>
                {r.valueAtRiskUsd && r.valueAtRiskUsd.high > 0 && (
                  <span className="text-muted tabular-nums">{formatUsdRangeShort(r.valueAtRiskUsd)} a year at risk</span>
                )}
              </div>
              <div className="relative flex items-center border-l border-muted py-1">
                <div
                  aria-hidden
                  className="pointer-events-none absolute inset-0"
                  style={{ backgroundImage: "linear-gradient(to right, var(--border) 1px, transparent 1px)", backgroundSize: "25% 100%" }}
                />
                <div className="relative h-6 flex-1">
                  <div className="absolute inset-y-0 left-0 flex" style={{ width: `${r.low}%` }}>
                    {STATUS_SEGMENTS.map((s) =>
                      r[s.key] > 0 ? (
                        <div
                          key={s.key}
                          data-segment={s.key}
                          title={`${r.name}: ${s.label.toLowerCase()} ${formatPercent(r[s.key], { fractionDigits: 2 })}`}
                          className="h-full"
                          style={{ width: `${r.low > 0 ? (r[s.key] / r.low) * 100 : 0}%`, minWidth: 2, background: s.color }}
                        />
                      ) : null,
                    )}
                  </div>
                  {r.high > r.low && (
                    <div
                      data-segment="range"
                      title={`${r.name}: up to ${r.display} if the suspension lapsed (not on record)`}
                      className="range-hatch absolute inset-y-0 border border-muted"
                      style={{ left: `${r.low}%`, width: `${r.high - r.low}%`, minWidth: 2 }}
                    />
                  )}
                  {/* The value sits after the bar, or inside its end when the bar nearly fills the track. */}
                  <span
                    className={`absolute top-1/2 -translate-y-1/2 whitespace-nowrap tabular-nums ${r.high > 80 ? "-translate-x-full mr-1 rounded bg-card px-1 text-foreground" : "pl-1 text-muted"}`}
                    style={{ left: `${r.high}%` }}
                  >
                    {r.display}
                  </span>
                </div>
              </div>
            </div>
          </Fragment>
        ))}
        <div />
        <div className="relative h-5 border-t border-muted text-muted">
          {TICKS.map((t) => (
            <span key={t} className={`absolute top-1 whitespace-nowrap tabular-nums ${t === 100 ? "-translate-x-full" : t === 0 ? "" : "-translate-x-1/2"} ${t === 25 || t === 75 ? "hidden sm:inline" : ""}`} style={{ left: `${t}%` }}>
              {t} %
            </span>
          ))}
        </div>
      </div>
      <StatusLegend className="mt-3 flex flex-wrap justify-center gap-4" showRange={rows.some((r) => r.high > r.low)} />
    </div>
  );
});
