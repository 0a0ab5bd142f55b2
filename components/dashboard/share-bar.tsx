"use client";

import { useCallback, useId, useRef, useState } from "react";
import { SourceList } from "@/components/sources/source-link";
import type { ChartContext } from "@/components/ui/chart-frame";
import { CopyButton } from "@/components/ui/copy-button";
import { currentHref } from "@/components/ui/current-href";
import { useDismiss } from "@/components/ui/use-dismiss";
import { datasetDateFromVersion, formatCitation } from "@/lib/cite/format-citation";
import { DATA_LICENCE, DATA_LICENCE_TERMS } from "@/lib/cite/licence";
import { formatPartialDate } from "@/lib/format/format-date";
import { testIds } from "@/lib/test-ids";

/**
 * "Copy link" (the URL holds the whole view) and "Cite": the dataset's version and date, the licence, the sources of
 * the figures on screen and a suggested citation with the link and today's date.
 */
export function ShareBar({ context, sourceIds }: { context: ChartContext; sourceIds: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = useCallback((reason: "escape" | "outside") => {
    setOpen(false);
    if (reason === "escape") toggle.current?.focus();
  }, []);
  useDismiss(open, close, root, panel);
  const date = datasetDateFromVersion(context.dataset.version);
  const citation = () => formatCitation({ dataset: context.dataset, figure: null, scenario: context.scenario, url: currentHref(), accessed: context.today });

  return (
    <div ref={root} className="relative flex flex-wrap items-start gap-2">
      <CopyButton
        getText={currentHref}
        label="Copy link"
        done="Link copied"
        testId={testIds.copyLink}
        statusTestId={testIds.copyLinkStatus}
        className="rounded border border-accent px-3 py-1 text-sm font-medium text-accent"
      />
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid={testIds.citeToggle}
        onClick={() => setOpen((o) => !o)}
        className="rounded border border-accent px-3 py-1 text-sm font-medium text-accent"
      >
        Cite
      </button>
      <div
        ref={panel}
        id={panelId}
        hidden={!open}
        role="region"
        aria-label="Cite this view"
        data-testid={testIds.citePanel}
        className="absolute top-full right-0 z-30 mt-1 w-[min(30rem,calc(100vw-1rem))] space-y-2 rounded border border-border bg-card p-3 text-sm shadow-lg"
      >
        {open && (
          <>
            <p>
              <strong>Dataset:</strong> {context.dataset.name}, version {context.dataset.version}
              {date && ` (${formatPartialDate(date)})`}.
            </p>
            <p>
              <strong>Licence:</strong>{" "}
              <a href={DATA_LICENCE.url} rel="license noopener noreferrer" className="text-accent underline">
                {DATA_LICENCE.title} ({DATA_LICENCE.name})
              </a>
              . {DATA_LICENCE_TERMS}
            </p>
            <p className="max-h-28 overflow-y-auto text-xs leading-relaxed" tabIndex={0}>
              <strong>Sources of the figures on screen ({sourceIds.length}):</strong> <SourceList ids={sourceIds} sources={context.sources} />
            </p>
            <p>
              <strong>Suggested citation:</strong>
            </p>
            <p className="rounded border border-border bg-background p-2 text-xs" data-testid={testIds.citeText}>
              {citation()}
            </p>
            <CopyButton getText={citation} label="Copy citation" done="Citation copied" className="rounded border border-border px-2 py-0.5 text-xs" />
          </>
        )}
      </div>
    </div>
  );
}
