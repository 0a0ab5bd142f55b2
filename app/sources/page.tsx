import type { Metadata } from "next";
import Link from "next/link";
import { SourceEntry } from "@/components/sources/source-entry";
import { SourceList } from "@/components/sources/source-link";
import { DATA_LICENCE, DATA_LICENCE_TERMS } from "@/lib/cite/licence";
import { datasetDateFromVersion } from "@/lib/cite/format-citation";
import { getDataset } from "@/lib/data/load-dataset";
import { SOURCE_REGISTERS, type SourceRegister } from "@/lib/schemas/source";
import { computeCitedBy, groupCitations } from "@/lib/sources/cited-by";
import { hostOf } from "@/lib/sources/format-source";
import { formatPartialDate } from "@/lib/format/format-date";
import { listPrimaryTexts } from "@/lib/sources/primary-texts";
import { testIds } from "@/lib/test-ids";

export const metadata: Metadata = { title: "Sources: rare-earth exposure dashboard" };

const REGISTER_NAMES: Record<SourceRegister, { title: string; about: string }> = {
  "fact-base": { title: "Fact base", about: "S1–S212, the sources of the fact base (export-control texts, supply shares, prices, uses)." },
  dataset: { title: "Starting data", about: "S213–S255, found while building the starting dataset (volumes, unit values, contents)." },
  routes: { title: "Record and routes", about: "R1–R92 and the exchange-rate sources FX-ECB and FX-FED: the 2025 record, supply routes, destination rules." },
  web: { title: "Found for the dataset", about: "W1 onwards: figures found for model v2 (volumes and unit values made outside China), each with its address and date." },
  "control-codes": { title: "Control codes", about: "R93 onwards: the announcements' item lists, tariff listings and code datasets behind the control-code lookup." },
};

/** Every source with its publisher, date, links (mirrors marked, originals named), confidence and what cites it. */
export default function SourcesPage() {
  const d = getDataset();
  const cited = computeCitedBy(d);
  const sources = d.sources.sources;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const primary = listPrimaryTexts(sources);
  const date = datasetDateFromVersion(d.meta.version);
  const mirrorCount = sources.filter((s) => s.original).length;
  return (
    <main className="mx-auto max-w-4xl p-4 sm:p-8">
      <nav aria-label="Pages" className="flex flex-wrap gap-4 text-sm">
        <Link href="/" prefetch={false} className="text-accent underline">← Dashboard</Link>
        <Link href="/methodology" prefetch={false} className="text-accent underline">Methodology</Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold">Sources</h1>
      <p className="mt-2">
        Every figure on the dashboard, in the API and in the reports cites one or more of these {sources.length} sources
        by id. Each entry gives who published it, when, its links, the confidence the register gives it and, computed
        from the dataset, every element, measure, product, regime and rule that cites it.
      </p>
      <p className="mt-2 text-sm text-muted">
        Dataset version {d.meta.version}
        {date && ` (${formatPartialDate(date)})`}. Confidence marks: H high, M medium, L low (and the ranges M/L, L/M); the
        fact bases grade facts, not sources, so most entries carry the mark the register most often gives the facts they
        support. {mirrorCount} links are copies, reports or translations of another work: they are marked, and the
        original is named, with its official link where one is on record.
      </p>
      <p className="mt-2 text-sm" data-testid={testIds.dataLicence}>
        <strong>Licence.</strong> The dataset and the figures computed from it are offered under{" "}
        <a href={DATA_LICENCE.url} rel="license noopener noreferrer" className="text-accent underline">
          {DATA_LICENCE.title} ({DATA_LICENCE.name})
        </a>
        . {DATA_LICENCE_TERMS}
      </p>

      <nav aria-label="Registers" className="mt-4 rounded-md border border-border bg-card p-3 text-sm">
        <p className="font-semibold">On this page</p>
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a href="#primary-texts" className="text-accent underline">Primary texts ({primary.length})</a>
          </li>
          {SOURCE_REGISTERS.map((r) => (
            <li key={r}>
              <a href={`#register-${r}`} className="text-accent underline">
                {REGISTER_NAMES[r].title} ({sources.filter((s) => s.register === r).length})
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="primary-texts" className="mt-8">
        <h2 id="primary-texts" className="scroll-mt-4 text-xl font-semibold">Primary texts</h2>
        <p className="mt-1 text-sm text-muted">
          The announcements, rules and reports that some sources only copy, report or translate; follow the official
          text where it is linked.
        </p>
        <ul className="mt-2 space-y-2 text-sm" data-testid={testIds.primaryTexts}>
          {primary.map((p) => (
            <li key={`${p.original.publisher}|${p.original.identifier ?? p.original.title}`} className="rounded-md border border-border p-2">
              <span className="font-medium">{p.original.identifier ?? p.original.title}</span>
              {p.original.identifier && p.original.title && <> — {p.original.title}</>}
              <span className="text-muted"> ({p.original.publisher}{p.original.date ? `, ${formatPartialDate(p.original.date)}` : ""})</span>
              <br />
              {p.original.url ? (
                <a href={p.original.url} rel="noopener noreferrer" className="text-accent underline underline-offset-2">
                  Official text at {hostOf(p.original.url)}
                </a>
              ) : (
                <span className="text-muted">No official link on record.</span>
              )}{" "}
              Stood in for by <SourceList ids={p.standIns} sources={byId} />.
            </li>
          ))}
        </ul>
      </section>

      {SOURCE_REGISTERS.map((r) => (
        <section key={r} aria-labelledby={`register-${r}`} className="mt-8">
          <h2 id={`register-${r}`} className="scroll-mt-4 text-xl font-semibold">{REGISTER_NAMES[r].title}</h2>
          <p className="mt-1 text-sm text-muted">{REGISTER_NAMES[r].about}</p>
          <ol className="mt-3 space-y-3" data-testid={testIds.sourcesRegister(r)}>
            {sources
              .filter((s) => s.register === r)
              .map((s) => (
                <SourceEntry key={s.id} source={s} citedBy={groupCitations(cited.get(s.id) ?? [])} />
              ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
