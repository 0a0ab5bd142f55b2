"use client";

import { Fragment, useState } from "react";
import { LookupResults } from "@/components/lookup/lookup-results";
import { ACTION_LABELS, ACTIONS, type Action } from "@/lib/parts/actions";
import type { LookupAnswer } from "@/lib/lookup/lookup-code";
import { filterParts, toLineLookupView } from "@/lib/parts/parts-view";
import type { CheckedPart } from "@/lib/parts/triage-parts";
import { testIds } from "@/lib/test-ids";
import { ActionBadge } from "./action-badge";
import { formatInteger } from "@/lib/format/format-number";

type Props = {
  parts: CheckedPart[];
  formLabels: ReadonlyMap<string, string>;
  onLookup: (code: string) => Promise<{ answer: LookupAnswer | null; message: string | null }>;
};

/** The lines with their actions: filter, search, pages, and a line's customs code looked up in place. */
export function PartsTable({ parts, formLabels, onLookup }: Props) {
  const [action, setAction] = useState<Action | "">("");
  const [query, setQuery] = useState("");
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<{ key: string; answer: LookupAnswer | null; message: string | null } | null>(null);
  const view = filterParts(parts, { action, query, page });
  return (
    <section className="rounded-lg border border-border bg-card p-4" aria-labelledby="bom-parts-heading">
      <h2 id="bom-parts-heading" className="text-lg font-semibold">Lines and actions</h2>
      <div className="mt-2 flex flex-wrap gap-3 text-sm">
        <label className="flex items-center gap-1">
          Action
          <select
            data-testid={testIds.bomActionFilter}
            className="rounded border border-border bg-card p-1"
            value={action}
            onChange={(e) => {
              setAction(e.target.value as Action | "");
              setPage(0);
            }}
          >
            <option value="">All</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>{ACTION_LABELS[a]}</option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          Search
          <input
            type="search"
            data-testid={testIds.bomSearch}
            className="rounded border border-border bg-card p-1"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(0);
            }}
          />
        </label>
        <span className="self-center text-muted" aria-live="polite">{formatInteger(view.matching)} of {formatInteger(parts.length)} lines</span>
      </div>
      <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Lines table">
        {/* Below md each line is a small card (part and action, type and drivers, then why): five columns at 390 px
            left the reason off screen and each row a screen tall. */}
        <table className="w-full text-left text-sm max-md:block" data-testid={testIds.bomPartsTable}>
          <thead className="border-b border-border max-md:sr-only">
            <tr>
              <th scope="col" className="py-2 pr-3">Part</th>
              <th scope="col" className="py-2 pr-3">Action</th>
              <th scope="col" className="py-2 pr-3">Type · code</th>
              <th scope="col" className="py-2 pr-3">Drivers</th>
              <th scope="col" className="py-2 pr-3">Why</th>
            </tr>
          </thead>
          <tbody className="max-md:block">
            {view.rows.map((r) => (
              <Fragment key={r.key}>
                <tr data-testid={testIds.bomPartRow(r.partId)} data-action={r.action} className="border-b border-border align-top max-md:grid max-md:grid-cols-[minmax(0,1fr)_auto] max-md:gap-x-3 max-md:py-2">
                  <td className="py-2 pr-3 max-md:py-1">
                    <span className="font-medium break-words">{r.partId}</span>
                    <span className="block text-xs text-muted">{r.rowText} · {r.description}</span>
                  </td>
                  <td className="py-2 pr-3 max-md:py-1 max-md:pr-0"><ActionBadge action={r.action} /></td>
                  <td className="py-2 pr-3 text-xs max-md:py-1">
                    {r.typeText}
                    {r.hsCode && (
                      <button
                        type="button"
                        data-testid={testIds.bomLookupButton(r.partId)}
                        className="mt-1 block text-left text-accent underline"
                        aria-expanded={open?.key === r.key}
                        onClick={async () => {
                          if (open?.key === r.key) return setOpen(null);
                          setOpen({ key: r.key, answer: null, message: "Looking up…" });
                          const result = await onLookup(r.hsCode ?? "");
                          setOpen({ key: r.key, ...result });
                        }}
                      >
                        Look up {r.hsCode}
                      </button>
                    )}
                  </td>
                  <td className="py-2 pr-3 max-md:py-1 max-md:pr-0 max-md:text-xs">
                    <span className="text-muted md:hidden">Drivers: </span>
                    {r.drivers}
                  </td>
                  <td className="py-2 pr-3 text-xs max-md:col-span-2 max-md:py-1 max-md:pr-0">
                    {r.reason}
                    {r.estimatedText && <span className="mt-1 block text-muted">{r.estimatedText}</span>}
                    {r.missingText && <span className="mt-1 block font-medium">{r.missingText}</span>}
                    <details className="mt-1">
                      <summary className="cursor-pointer text-accent">Inputs used</summary>
                      <ul className="list-disc pl-4">
                        {r.inputs.map((i) => (
                          <li key={i.name}>
                            <span className="font-medium">{i.name}</span>
                            {i.estimated && <span className="text-muted"> (estimated)</span>}: {i.value}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </td>
                </tr>
                {open?.key === r.key && (
                  <tr className="max-md:block">
                    <td colSpan={5} data-testid={testIds.bomLookupResult} className="pb-4 max-md:block">
                      {open.answer ? <LookupResults {...toLineLookupView(open.answer, formLabels)} /> : <p className="text-sm">{open.message}</p>}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {view.pages > 1 && (
        <div className="mt-2 flex items-center gap-2 text-sm">
          <button type="button" disabled={view.page === 0} onClick={() => setPage(view.page - 1)} className="rounded border border-border px-2 disabled:opacity-40">Previous</button>
          <span>Page {view.page + 1} of {view.pages}</span>
          <button type="button" disabled={view.page + 1 >= view.pages} onClick={() => setPage(view.page + 1)} className="rounded border border-border px-2 disabled:opacity-40">Next</button>
        </div>
      )}
    </section>
  );
}
