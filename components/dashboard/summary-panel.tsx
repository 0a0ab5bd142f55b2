"use client";

import { memo } from "react";
import type { ChartContext } from "@/components/ui/chart-frame";
import type { CompareOption } from "@/lib/compare/compare-options";
import { testIds } from "@/lib/test-ids";
import type { SummaryView } from "@/lib/view-models/dashboard-view";
import { CompareMenu } from "./compare-menu";
import { DownloadMenu } from "./download-menu";
import { ShareBar } from "./share-bar";

type Props = {
  summary: SummaryView;
  /** The canonical scenario query, for the report downloads. */
  query: string;
  context: ChartContext;
  sourceIds: readonly string[];
  /** The "Compare with…" choices for the scenario on screen, asked for when the menu opens. */
  getCompareOptions: () => readonly CompareOption[];
};

/** The answer first, on every screen: the scenario in brief, the headline, the value at risk, and the ways to take it away. */
export const SummaryPanel = memo(function SummaryPanel({ summary, query, context, sourceIds, getCompareOptions }: Props) {
  return (
    // relative z-10: the menus open over the controls and the chart below, which are blocks of their own (.redraw-block).
    <section className="redraw-block relative z-10 rounded-lg border border-border bg-card p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-sm text-muted">{summary.context}</p>
        <div className="flex flex-wrap items-start gap-2">
          <ShareBar context={context} sourceIds={sourceIds} />
          <DownloadMenu query={query} />
          <CompareMenu getOptions={getCompareOptions} />
        </div>
      </div>
      <div data-testid={testIds.summary} aria-live="polite">
        <p className="mt-1 text-lg font-semibold">{summary.headline}</p>
        <p className="mt-1 text-sm">{summary.valueAtRisk}</p>
        {summary.rangeNote && <p className="mt-1 text-sm font-medium">{summary.rangeNote}</p>}
        {summary.caveats.map((c) => (
          <p key={c} className="mt-2 text-sm text-status-case">{c}</p>
        ))}
      </div>
    </section>
  );
});
