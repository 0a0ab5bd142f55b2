import Link from "next/link";
import type { ReactNode } from "react";
import type { LookupHint } from "@/lib/lookup/lookup-code";
import type { LookupRow } from "@/lib/lookup/lookup-view";
import { testIds } from "@/lib/test-ids";

const STATE_CLASS: Record<string, string> = {
  "in-force": "text-red-700 dark:text-red-400",
  suspended: "text-amber-700 dark:text-amber-400",
  "not-yet-in-force": "text-muted",
  "not-on-record": "text-amber-700 dark:text-amber-400",
};

function SourceLinks({ ids }: { ids: string[] }) {
  return (
    <>
      {ids.map((id, k) => (
        <span key={id}>
          {k > 0 && ", "}
          <Link href={`/methodology#${id}`} className="text-accent underline">
            {id}
          </Link>
        </span>
      ))}
    </>
  );
}

/** A table cell that becomes a labelled line on narrow screens, where eight columns do not fit. */
function Cell({ label, col, className = "", children }: { label: string; col?: string; className?: string; children: ReactNode }) {
  return (
    <td
      data-label={label}
      data-col={col}
      className={`py-1 pr-3 max-md:block max-md:py-0.5 max-md:before:mr-2 max-md:before:font-semibold max-md:before:content-[attr(data-label)':'] ${className}`}
    >
      {children}
    </td>
  );
}

/** The candidates of one lookup, its hints and its note: render only. */
export function LookupResults({ rows, hints, note, caption }: { rows: LookupRow[]; hints: LookupHint[]; note: string; caption: string }) {
  return (
    <section aria-label="Lookup results" className="mt-6">
      <p data-testid={testIds.lookupNote} className="max-w-4xl rounded border border-border bg-card p-3 text-sm">
        {note}
      </p>
      {hints.length > 0 && (
        <ul data-testid={testIds.lookupHints} className="mt-3 list-disc space-y-1 pl-5 text-sm">
          {hints.map((h) => (
            <li key={h.prefix}>
              <strong>{h.heading}.</strong>{" "}
              {h.exclusions.map((x) => (
                <span key={x.id}>
                  {x.faq}: {x.text} (<SourceLinks ids={x.sourceIds} />){" "}
                </span>
              ))}
              <span className="text-muted">
                [<SourceLinks ids={h.sourceIds} />]
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4 md:overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
        <table data-testid={testIds.lookupResults} className="w-full text-left text-sm max-md:block md:min-w-[900px]">
          <caption className="mb-2 text-left font-semibold max-md:block">{caption}</caption>
          <thead className="max-md:hidden">
            <tr className="border-b border-border">
              <th scope="col" className="py-1 pr-3">Control code</th>
              <th scope="col" className="py-1 pr-3">Item</th>
              <th scope="col" className="py-1 pr-3">Elements</th>
              <th scope="col" className="py-1 pr-3">Forms</th>
              <th scope="col" className="py-1 pr-3">Reference code</th>
              <th scope="col" className="py-1 pr-3">Status on the date</th>
              <th scope="col" className="py-1 pr-3">Measure</th>
              <th scope="col" className="py-1">Sources</th>
            </tr>
          </thead>
          <tbody className="max-md:block">
            {rows.map((r) => (
              <tr key={r.id} data-testid={testIds.lookupRow(r.id)} data-state={r.state} className="border-b border-border align-top max-md:block max-md:py-2">
                <Cell label="Control code" className="font-mono whitespace-nowrap">{r.controlCode}</Cell>
                <Cell label="Item">{r.item}</Cell>
                <Cell label="Elements" col="elements">{r.elements}</Cell>
                <Cell label="Forms">{r.forms}</Cell>
                <Cell label="Reference code">
                  <span className="font-mono">{r.code}</span>
                  {r.codeDetail && <span className="mt-1 block text-xs text-muted">{r.codeDetail}</span>}
                </Cell>
                <Cell label="Status" col="status" className={STATE_CLASS[r.state] ?? ""}>{r.status}</Cell>
                <Cell label="Measure">
                  {r.measureTitle} <span className="block font-mono text-xs text-muted">{r.measureId}</span>
                </Cell>
                <Cell label="Sources">
                  <SourceLinks ids={r.sourceIds} />
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
