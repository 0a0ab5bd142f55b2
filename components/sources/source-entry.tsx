import { Fragment } from "react";
import type { Source } from "@/lib/schemas/source";
import { type CitedByGroup } from "@/lib/sources/cited-by";
import { CONFIDENCE_WORDS, hostOf, sourceHref } from "@/lib/sources/format-source";
import { formatPartialDate } from "@/lib/format/format-date";

const RELATION_WORDS = {
  mirror: "a copy of",
  restatement: "another outlet's report of",
  translation: "a third party's reproduction or translation of",
} as const;

/** Where a citing record can be seen: a product opens on the dashboard, a regime loads there. */
function citedByHref(g: CitedByGroup): string | null {
  if (g.entity.kind === "product") return `/?product=${encodeURIComponent(g.entity.id)}`;
  if (g.entity.kind === "regime") return `/?regime=${encodeURIComponent(g.entity.id)}`;
  return null;
}

const KIND_WORDS: Record<CitedByGroup["entity"]["kind"], string> = {
  element: "Element",
  measure: "Measure",
  "measure-part": "Measure part",
  "end-user-rule": "End-user rule",
  exclusion: "FAQ exclusion",
  product: "Product",
  component: "Component",
  regime: "Regime",
  "control-rule": "Control rule",
  setting: "Rule",
};

/** One source: who, what, when, where (mirrors marked, with the original named), how sure, and what cites it. */
export function SourceEntry({ source: s, citedBy }: { source: Source; citedBy: CitedByGroup[] }) {
  const mirrors = new Set(s.mirrorUrls ?? []);
  return (
    // Link and label styles are set once here, not on each of the page's thousands of links: the page stays light.
    <li id={s.id} className="scroll-mt-4 rounded-md border border-border bg-card p-3 target:ring-2 target:ring-accent [&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2">
      <h3 className="text-base font-semibold">
        <a href={sourceHref(s.id)}>
          {s.id}
        </a>{" "}
        <span>{s.sameAs ? <>same source as <a href={sourceHref(s.sameAs)}>{s.sameAs}</a></> : s.publisher}</span>
      </h3>
      <p className="mt-1 text-sm">
        {s.title && <cite className="not-italic">“{s.title}”</cite>}
        {s.title && s.description && " — "}
        {s.description}
        {(s.title || s.description) && " · "}
        {s.date ? formatPartialDate(s.date) : "undated"} · confidence{" "}
        {s.confidence ? (
          <>
            {s.confidence} ({CONFIDENCE_WORDS[s.confidence] ?? s.confidence}
            {s.confidenceBasis === "facts" ? ", of the facts it supports" : ", the register's grade of the source"})
          </>
        ) : (
          "not graded in the register"
        )}
      </p>
      <dl className="mt-2 grid grid-cols-1 gap-x-3 text-sm sm:grid-cols-[max-content_minmax(0,1fr)] sm:gap-y-1 [&_dd]:wrap-anywhere [&_dt]:mt-1 [&_dt]:text-muted sm:[&_dt]:mt-0">
        <dt>Links</dt>
        <dd>
          {s.urls.length === 0 ? (
            "none"
          ) : (
            <ul className="space-y-0.5">
              {s.urls.map((u) => (
                <li key={u}>
                  <a href={u} rel="noopener noreferrer">
                    {hostOf(u)}
                  </a>
                  {mirrors.has(u) && <span className="ml-1 rounded bg-background px-1 text-xs font-semibold">{s.original?.relation ?? "mirror"}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        {s.original && (
          <>
            <dt>Original</dt>
            <dd>
              The link{mirrors.size > 1 ? "s are" : " is"} {RELATION_WORDS[s.original.relation]}: {s.original.publisher}
              {s.original.title && <>, “{s.original.title}”</>}
              {s.original.identifier && <> ({s.original.identifier})</>}
              {s.original.date && <>, {formatPartialDate(s.original.date)}</>}.{" "}
              {s.original.url ? (
                <a href={s.original.url} rel="noopener noreferrer">
                  Original at {hostOf(s.original.url)}
                </a>
              ) : (
                <span className="text-muted">No official link on record.</span>
              )}
              {s.original.note && <span className="block text-muted">{s.original.note}</span>}
            </dd>
          </>
        )}
        <dt>Cited by</dt>
        <dd>
          {citedBy.length === 0 ? (
            <span className="text-muted">no figure in the dataset (kept for the register)</span>
          ) : (
            // One paragraph, not a list: the page holds 347 entries and stays light for browsers and checkers.
            citedBy.map((g, i) => {
              const href = citedByHref(g);
              return (
                <Fragment key={`${g.entity.kind}:${g.entity.id}`}>
                  {i > 0 && "; "}
                  {KIND_WORDS[g.entity.kind]} {href ? <a href={href}>{g.entity.label}</a> : g.entity.label}
                  {g.places.length > 0 && ` (${g.places.join("; ")})`}
                </Fragment>
              );
            })
          )}
        </dd>
        {s.supports && (
          <>
            <dt>Supports</dt>
            <dd>{s.supports} <span className="text-muted">(as the starting data records it)</span></dd>
          </>
        )}
        {s.note && (
          <>
            <dt>Note</dt>
            <dd>{s.note}</dd>
          </>
        )}
      </dl>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer text-accent">Register line</summary>
        <p className="mt-1 text-muted wrap-anywhere">{s.citation}</p>
      </details>
    </li>
  );
}
