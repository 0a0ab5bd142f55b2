"use client";

import { type KeyboardEvent, memo, type ReactNode, useId, useRef, useState } from "react";
import { LinkedText } from "@/components/sources/linked-text";
import { SourceLink, SourceList } from "@/components/sources/source-link";
import { datasetDateFromVersion, formatCitation } from "@/lib/cite/format-citation";
import { DATA_LICENCE } from "@/lib/cite/licence";
import { formatPartialDate } from "@/lib/format/format-date";
import type { Source } from "@/lib/schemas/source";
import { formatSourceLine } from "@/lib/sources/format-source";
import { CAPTION_SOURCE_IDS, type ChartFrameView } from "@/lib/view-models/chart-frame-view";
import { testIds } from "@/lib/test-ids";
import { ChartDataTable } from "./chart-data-table";
import { CopyButton } from "./copy-button";
import { currentHref } from "./current-href";

/** id → the source's line ("Publisher, “Title”, 4 Apr 2025"), or its entry (components/bom, until it takes lines). */
export type SourceLookup = ReadonlyMap<string, string | Pick<Source, "publisher" | "title" | "description" | "date">>;

/** What every chart on a page shares: the dataset, the scenario in words, the source register and the day. */
export type ChartContext = {
  dataset: { name: string; version: string };
  /** The scenario in words; a chart that does not depend on it (scenarioDependent false) leaves it out. */
  scenario: string;
  sources: SourceLookup;
  /** YYYY-MM-DD, for the export date and the citation's access date. */
  today: string;
};

type Tab = "chart" | "table" | "sources";
const TABS: { id: Tab; label: string }[] = [
  { id: "chart", label: "Chart" },
  { id: "table", label: "Table" },
  { id: "sources", label: "Sources" },
];

/**
 * Title, takeaway, method note (source ids in it become links), figures (Table tab, "Download data"), sources and file
 * name: a view model's ChartFrameView, spread.
 */
type ChartFrameProps = Omit<ChartFrameView, "scenarioDependent" | "sourceIds"> & {
  sourceIds: readonly string[];
  scenarioDependent?: boolean;
  context: ChartContext;
  children: ReactNode;
  testId?: string;
  tableTestId?: string;
  rowTestId?: (key: string) => string;
  className?: string;
};

const lineOf = (s: SourceLookup extends ReadonlyMap<string, infer V> ? V | undefined : never) => (s === undefined ? "" : typeof s === "string" ? s : formatSourceLine(s));

const origin = () => (typeof window === "undefined" ? "" : window.location.origin);

/** Up to this many sources, the Sources tab names each; beyond it, it lists the ids. */
const NAMED_SOURCES = 12;

/**
 * A chart that stands alone: title and takeaway; Chart, Table and Sources tabs (the WAI-ARIA tabs pattern); PNG and
 * SVG exports that carry the title, takeaway, scenario, dataset version, sources, link and date; and "Download data",
 * exactly the figures of the Table tab as CSV.
 */
export const ChartFrame = memo(function ChartFrame(props: ChartFrameProps) {
  const { title, takeaway, note, data, sourceIds, context, scenarioDependent = true, fileBase, children, testId, tableTestId, rowTestId, className = "" } = props;
  const [tab, setTab] = useState<Tab>("chart");
  const [busy, setBusy] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ chart: null, table: null, sources: null });
  const base = useId();
  const tabId = (t: Tab) => `${base}-tab-${t}`;
  const panelId = (t: Tab) => `${base}-panel-${t}`;
  const datasetDate = datasetDateFromVersion(context.dataset.version);
  const scenario = scenarioDependent ? context.scenario : null;

  const exportImage = async (kind: "png" | "svg") => {
    // The image is drawn from the chart as laid out: show it first if another tab is open.
    if (tab !== "chart") {
      setTab("chart");
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    const area = chartRef.current;
    if (!area) return;
    setBusy(true);
    try {
      const { downloadPng, downloadSvg } = await import("./chart-export");
      const meta = {
        title,
        takeaway,
        scenario,
        dataset: { ...context.dataset, date: datasetDate },
        sourceIds,
        note,
        url: currentHref(),
        sourcesUrl: `${origin()}/sources`,
        exported: context.today,
        licence: DATA_LICENCE.name,
      };
      if (kind === "svg") downloadSvg(area, meta, `${fileBase}.svg`);
      else await downloadPng(area, meta, `${fileBase}.png`);
    } finally {
      setBusy(false);
    }
  };

  const downloadData = async () => {
    const [{ formatChartCsv }, { saveBlob }] = await Promise.all([import("@/lib/chart-data/chart-csv"), import("./chart-export")]);
    saveBlob(new Blob([formatChartCsv(data)], { type: "text/csv;charset=utf-8" }), `${fileBase}.csv`);
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === "ArrowRight" ? (i + 1) % TABS.length : e.key === "ArrowLeft" ? (i - 1 + TABS.length) % TABS.length : e.key === "Home" ? 0 : e.key === "End" ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const t = TABS[next]!.id;
    setTab(t);
    tabRefs.current[t]?.focus();
  };

  const citation = () =>
    formatCitation({ dataset: context.dataset, figure: title, scenario, url: currentHref(), accessed: context.today });
  const shown = sourceIds.slice(0, CAPTION_SOURCE_IDS);

  return (
    <figure className={`redraw-block min-w-0 rounded-lg border border-border bg-card p-4 ${className}`} data-testid={testId} aria-labelledby={`${base}-title`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${base}-title`} className="text-lg font-semibold">{title}</h2>
        <div className="flex flex-wrap gap-1 text-xs" role="group" aria-label={`Download ${title}`}>
          <button type="button" data-testid={testIds.chartPng} disabled={busy} onClick={() => void exportImage("png")} className="rounded border border-border px-2 py-0.5">
            PNG
          </button>
          <button type="button" data-testid={testIds.chartSvg} disabled={busy} onClick={() => void exportImage("svg")} className="rounded border border-border px-2 py-0.5">
            SVG
          </button>
          <button type="button" data-testid={testIds.chartCsv} onClick={() => void downloadData()} className="rounded border border-border px-2 py-0.5">
            Download data (CSV)
          </button>
        </div>
      </div>
      <p className="mt-1 text-sm text-muted">{takeaway}</p>

      <div role="tablist" aria-label={`${title}: views`} className="mt-3 flex gap-1 border-b border-border text-sm">
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(node) => {
              tabRefs.current[t.id] = node;
            }}
            type="button"
            role="tab"
            id={tabId(t.id)}
            aria-selected={tab === t.id}
            aria-controls={panelId(t.id)}
            tabIndex={tab === t.id ? 0 : -1}
            data-testid={testIds.chartTab(t.id)}
            onClick={() => setTab(t.id)}
            onKeyDown={onTabKey}
            className={`-mb-px rounded-t border px-3 py-1 ${tab === t.id ? "border-border border-b-card bg-card font-semibold" : "border-transparent text-muted hover:text-foreground"}`}
          >
            {t.label}
          </button>
        ))}
      </div>

      <div role="tabpanel" id={panelId("chart")} aria-labelledby={tabId("chart")} hidden={tab !== "chart"} tabIndex={0} className="pt-3" data-testid={testIds.chartPanel("chart")}>
        <div ref={chartRef}>{children}</div>
      </div>
      {/* Focusable so that a keyboard can scroll a wide table (axe: scrollable-region-focusable). */}
      <div role="tabpanel" id={panelId("table")} aria-labelledby={tabId("table")} hidden={tab !== "table"} tabIndex={0} className="overflow-x-auto pt-3" data-testid={testIds.chartPanel("table")}>
        {/* Drawn only when open: a toggle does not redraw a hidden table, and the first paint does not carry one. */}
        {tab === "table" && (
          <ChartDataTable table={data} caption={`${title}: the chart's figures`} testId={tableTestId ?? testIds.chartDataTable} rowTestId={rowTestId} />
        )}
      </div>
      <div role="tabpanel" id={panelId("sources")} aria-labelledby={tabId("sources")} hidden={tab !== "sources"} className="space-y-3 pt-3 text-sm" data-testid={testIds.chartPanel("sources")}>
        {/* Drawn only when open: up to two hundred links per chart would otherwise be redrawn on every toggle. */}
        {tab === "sources" && (
          <>
              <div>
                <h3 className="font-semibold">Sources of these figures ({sourceIds.length})</h3>
                {sourceIds.length <= NAMED_SOURCES ? (
                  <ul className="mt-1 space-y-0.5">
                    {sourceIds.map((id) => (
                      <li key={id}>
                        <SourceLink id={id} sources={context.sources} /> {lineOf(context.sources.get(id))}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-1 leading-relaxed">
                    <SourceList ids={sourceIds} sources={context.sources} />. Each id opens its entry on the{" "}
                    <a href="/sources" className="text-accent underline">sources page</a> (publisher, date, links, confidence).
                  </p>
                )}
              <p className="mt-1 text-muted">
                <LinkedText text={note} known={context.sources} />
              </p>
            </div>
            <div>
              <h3 className="font-semibold">Cite this figure</h3>
              <p className="mt-1">
                Dataset: {context.dataset.name}, version {context.dataset.version}
                {datasetDate && `, ${formatPartialDate(datasetDate)}`}. Data licence:{" "}
                <a href={DATA_LICENCE.url} rel="license noopener noreferrer" className="text-accent underline">{DATA_LICENCE.name}</a>.
              </p>
              <p className="mt-1 rounded border border-border bg-background p-2 text-xs">{citation()}</p>
              <div className="mt-1">
                <CopyButton getText={citation} label="Copy citation" done="Citation copied" className="rounded border border-border px-2 py-0.5 text-xs" />
              </div>
            </div>
          </>
        )}
      </div>

      <figcaption className="mt-3 text-xs text-muted" data-testid={testIds.chartSourceLine}>
        Source: {context.dataset.name} {context.dataset.version}
        {sourceIds.length > 0 && (
          <>
            {" "}
            (<SourceList ids={shown} sources={context.sources} />
            {sourceIds.length > shown.length && ` and ${sourceIds.length - shown.length} more in the Sources tab`})
          </>
        )}
        . <LinkedText text={note} known={context.sources} />
      </figcaption>
    </figure>
  );
});
