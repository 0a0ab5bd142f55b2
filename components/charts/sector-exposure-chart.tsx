"use client";

import { memo } from "react";
import type { SectorSeriesRow } from "@/lib/charts/sector-series";
import { testIds } from "@/lib/test-ids";

const SEGMENTS = [
  { key: "license", label: "Licence required", color: "var(--status-license)" },
  { key: "caseByCase", label: "Case-by-case", color: "var(--status-case)" },
  { key: "denied", label: "Denied", color: "var(--status-denied)" },
] as const;

const TICKS = [0, 25, 50, 75, 100];

/**
 * Stacked horizontal bars of precomputed sector rows; computes nothing. Drawn with plain elements rather than
 * Recharts: it is the chart above the fold, and keeping Recharts out of the first load halves the page's script.
 */
export const SectorExposureChart = memo(function SectorExposureChart({ rows }: { rows: SectorSeriesRow[] }) {
  return (
    <div className="text-xs" role="img" aria-label={`Sector exposure: ${rows.map((r) => `${r.name} ${r.total.toFixed(1)} %`).join("; ")}`}>
      <div className="grid grid-cols-[minmax(6rem,38%)_1fr] gap-x-2 sm:grid-cols-[12rem_1fr]">
        {rows.map((r) => (
          <div key={r.sectorId} className="contents" data-testid={testIds.sectorBar(r.sectorId)} data-total={r.total}>
            <div className="flex min-h-9 items-center justify-end py-1 text-right leading-tight text-foreground">{r.name}</div>
            <div className="relative flex items-center border-l border-muted py-1">
              <div
                aria-hidden
                className="pointer-events-none absolute inset-0"
                style={{ backgroundImage: "linear-gradient(to right, var(--border) 1px, transparent 1px)", backgroundSize: "25% 100%" }}
              />
              <div className="relative h-6 flex-1">
                <div className="absolute inset-y-0 left-0 flex" style={{ width: `${r.total}%` }}>
                  {SEGMENTS.map((s) =>
                    r[s.key] > 0 ? (
                      <div
                        key={s.key}
                        data-segment={s.key}
                        title={`${r.name}: ${s.label.toLowerCase()} ${r[s.key].toFixed(2)} %`}
                        className="h-full"
                        style={{ width: `${(r[s.key] / r.total) * 100}%`, minWidth: 2, background: s.color }}
                      />
                    ) : null,
                  )}
                </div>
                {/* The value sits after the bar, or inside its end when the bar nearly fills the track. */}
                <span
                  className={`absolute top-1/2 -translate-y-1/2 whitespace-nowrap tabular-nums ${r.total > 80 ? "-translate-x-full mr-1 rounded bg-card px-1 text-foreground" : "pl-1 text-muted"}`}
                  style={{ left: `${r.total}%` }}
                >
                  {r.total > 0 ? `${r.total < 0.1 ? r.total.toPrecision(2) : r.total.toFixed(1)} %` : "0 %"}
                </span>
              </div>
            </div>
          </div>
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
      <ul className="mt-3 flex flex-wrap justify-center gap-4" aria-label="Legend">
        {SEGMENTS.map((s) => (
          <li key={s.key} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-3 w-3" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
});
