"use client";

import { Fragment, memo } from "react";
import type { RegimeComparisonSector, RegimeComparisonSeries } from "@/lib/charts/regime-comparison-series";
import { testIds } from "@/lib/test-ids";

const TICKS = [0, 50, 100];
const BASIS_LINE: Record<RegimeComparisonSector["basis"], string> = {
  count: "by product count (no volumes known)",
  items: "share of items (border lens)",
  value: "share of output made outside China",
};

/**
 * One sector: a bar per preset and one for the current scenario (accent), the part the record leaves open hatched.
 * Plain elements, not Recharts: the chart follows every toggle, and ten Recharts charts took ~150 ms to redraw.
 */
const SectorMultiple = memo(function SectorMultiple({ sector }: { sector: RegimeComparisonSector }) {
  return (
    <section className="min-w-0 rounded-md border border-border p-3" data-testid={testIds.regimeComparisonSector(sector.sectorId)}>
      <h3 className="text-sm font-semibold leading-tight">{sector.name}</h3>
      <p className="text-xs text-muted">{BASIS_LINE[sector.basis]}</p>
      <div
        className="mt-1 grid grid-cols-[100px_minmax(0,1fr)] pr-12 text-[11px]"
        role="img"
        aria-label={`${sector.name}: ${sector.bars.map((b) => `${b.label} ${b.display}`).join("; ")}`}
      >
        {sector.bars.map((b) => (
          <Fragment key={b.key}>
            <div className={`truncate pr-2 text-right leading-5 ${b.isCurrent ? "font-bold text-accent" : "text-foreground"}`}>{b.shortLabel}</div>
            <div className="relative h-5 border-l border-muted" title={`${b.label}: ${b.display}`}>
              <div aria-hidden className="pointer-events-none absolute inset-0" style={{ backgroundImage: "linear-gradient(to right, var(--border) 1px, transparent 1px)", backgroundSize: "50% 100%" }} />
              <div aria-hidden className="pointer-events-none absolute inset-y-0 right-0 border-r border-border" />
              <div className="absolute inset-y-[3px] left-0" style={{ width: `${b.lowPct}%`, background: b.isCurrent ? "var(--accent)" : "var(--chart-preset)" }} />
              {b.extraPct > 0 && <div className="range-hatch absolute inset-y-[3px] border border-muted" style={{ left: `${b.lowPct}%`, width: `${b.extraPct}%` }} />}
              <span className="absolute top-1/2 -translate-y-1/2 pl-1 whitespace-nowrap text-foreground" style={{ left: `${b.highPct}%` }}>
                {b.display}
              </span>
            </div>
          </Fragment>
        ))}
        <div />
        <div className="relative h-5 border-t border-muted text-muted">
          {TICKS.map((t) => (
            <span key={t} className="absolute top-0 flex -translate-x-1/2 flex-col items-center whitespace-nowrap" style={{ left: `${t}%` }}>
              <span aria-hidden className="h-1.5 border-l border-muted" />
              {t} %
            </span>
          ))}
        </div>
      </div>
    </section>
  );
});

/** Small multiples: one bar chart per sector, one bar per preset and the current scenario highlighted; computes nothing. */
export const RegimeComparisonChart = memo(function RegimeComparisonChart({ series }: { series: RegimeComparisonSeries }) {
  return (
    <div>
      <p className="mb-2 flex items-center gap-3 text-xs text-muted">
        <span className="inline-flex items-center gap-1">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: "var(--chart-preset)" }} /> Presets
        </span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: "var(--accent)" }} />
          {series.currentLabel}
        </span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden className="range-hatch inline-block h-3 w-3 rounded-sm border border-muted" /> Not on record (range)
        </span>
      </p>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
        {/* Keyed by place, not by sector: a toggle that reorders the sectors redraws each place's figures where it
            stands, instead of moving sectors' elements, which made the browser rebuild their layout objects (about
            260 per toggle, the larger part of the charts' frame; issue 13). Nothing in a place keeps state of its own. */}
        {series.sectors.map((s, place) => (
          <SectorMultiple key={place} sector={s} />
        ))}
      </div>
    </div>
  );
});

