import type { Metadata } from "next";
import { LookupResults } from "@/components/lookup/lookup-results";
import { PageHeader } from "@/components/ui/page-header";
import { getDataset } from "@/lib/data/load-dataset";
import { formatDay } from "@/lib/format/format-date";
import { getLookupTables } from "@/lib/lookup/get-lookup-tables";
import { lookupCode } from "@/lib/lookup/lookup-code";
import { toLookupRows } from "@/lib/lookup/lookup-view";
import { parseLookupParams } from "@/lib/lookup/parse-lookup-params";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { testIds } from "@/lib/test-ids";

export const metadata: Metadata = { title: "Look up a customs code or control code: China's rare-earth controls" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A plain GET form answered on the server: the page works without JavaScript. */
export default async function LookupPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const today = todayIso();
  const code = first(sp.code);
  const asOfRaw = first(sp.asOf);
  const parsed = code === undefined ? null : parseLookupParams((name) => (name === "code" ? code : asOfRaw), today);
  const answer = parsed?.ok ? lookupCode(parsed.value.query, parsed.value.asOf, getLookupTables()) : null;
  const rules = new Map(getDataset().controlRules.rules.map((r) => [r.form, r.label]));
  const formLabel = (f: string) => rules.get(f as never) ?? f.replaceAll("_", " ");
  const dateValue = parsed?.ok ? parsed.value.asOf : asOfRaw && /^\d{4}-\d{2}-\d{2}$/.test(asOfRaw) ? asOfRaw : today;

  return (
    <main className="mx-auto max-w-[1440px] p-4 sm:p-6">
      <PageHeader title="Look up a code" className="mb-6" links={[{ href: "/", label: "Dashboard" }, { href: "/bom", label: "Your parts" }, { href: "/methodology", label: "Methodology" }]}>
            Type a China customs code (10 digits, an 8-digit tariff line, or a heading such as 8505.11) or a control code
            (1C902–1C914, e.g. 1C905.a). The answer lists every control item the code may stand for, with the status of
            its measure on the date you choose. The item description governs, never the code.
      </PageHeader>

      <form method="get" action="/lookup" data-testid={testIds.lookupForm} className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col text-sm">
          <span className="font-medium">Customs code or control code</span>
          <input
            name="code"
            defaultValue={code ?? ""}
            maxLength={32}
            required
            placeholder="2805301910, 8505.11 or 1C905.a"
            data-testid={testIds.lookupCodeInput}
            className="mt-1 w-72 rounded border border-border bg-card px-2 py-1 font-mono"
          />
        </label>
        <label className="flex flex-col text-sm">
          <span className="font-medium">As of</span>
          <input
            type="date"
            name="asOf"
            defaultValue={dateValue}
            data-testid={testIds.lookupAsOfInput}
            className="mt-1 rounded border border-border bg-card px-2 py-1"
          />
        </label>
        <button type="submit" data-testid={testIds.lookupSubmit} className="rounded border border-accent px-4 py-1 font-medium text-accent">
          Look up
        </button>
      </form>

      {parsed && !parsed.ok && (
        <p role="alert" data-testid={testIds.lookupError} className="mt-4 text-red-700 dark:text-red-400">
          {parsed.error.param === "asOf" ? "The date" : "The code"} {parsed.error.message}.
        </p>
      )}
      {answer && (
        <LookupResults
          rows={toLookupRows(answer, formLabel)}
          hints={answer.hints}
          note={answer.note}
          caption={`${answer.candidates.length} candidate${answer.candidates.length === 1 ? "" : "s"} for ${code?.trim()} as of ${formatDay(answer.asOf)}`}
        />
      )}
    </main>
  );
}
