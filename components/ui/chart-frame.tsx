"use client";

import { type ReactNode, useRef } from "react";
import { testIds } from "@/lib/test-ids";
import { downloadPng, downloadSvg } from "./chart-export";

type ChartFrameProps = {
  title: string;
  takeaway: string;
  source: ReactNode;
  /** The same numbers as an accessible table, shown on request. */
  table: ReactNode;
  children: ReactNode;
  testId?: string;
  /** File name without extension for PNG/SVG downloads; no download buttons without it. */
  fileBase?: string;
};

/** Title, one-line takeaway, chart, source line, data-table alternative and image downloads: every chart's frame. */
export function ChartFrame({ title, takeaway, source, table, children, testId, fileBase }: ChartFrameProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const exportAs = (kind: "png" | "svg") => {
    const area = chartRef.current;
    if (!area || !fileBase) return;
    if (kind === "svg") downloadSvg(area, title, `${fileBase}.svg`);
    else void downloadPng(area, title, `${fileBase}.png`);
  };
  return (
    <figure className="min-w-0 overflow-hidden rounded-lg border border-border bg-card p-4" data-testid={testId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">{title}</h2>
        {fileBase && (
          <div className="flex gap-1 text-xs" role="group" aria-label={`Download ${title}`}>
            <button type="button" data-testid={testIds.chartPng} onClick={() => exportAs("png")} className="rounded border border-border px-2 py-0.5">
              PNG
            </button>
            <button type="button" data-testid={testIds.chartSvg} onClick={() => exportAs("svg")} className="rounded border border-border px-2 py-0.5">
              SVG
            </button>
          </div>
        )}
      </div>
      <p className="mt-1 text-sm text-muted">{takeaway}</p>
      <div className="mt-3" ref={chartRef}>
        {children}
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-accent">Show the data as a table</summary>
        {/* Focusable so that a keyboard can scroll a wide table (axe: scrollable-region-focusable). */}
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`${title}: data table`}>
          {table}
        </div>
      </details>
      <figcaption className="mt-3 text-xs text-muted">{source}</figcaption>
    </figure>
  );
}
