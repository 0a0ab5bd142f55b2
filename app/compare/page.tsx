import type { Metadata } from "next";
import Link from "next/link";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { CompareChart } from "@/components/compare/compare-chart";
import { ComparePicker } from "@/components/compare/compare-picker";
import { CompareChanges, CompareProducts, CompareSectorTable } from "@/components/compare/compare-tables";
import { ScenarioNotices } from "@/components/dashboard/scenario-notices";
import { PageHeader } from "@/components/ui/page-header";
import { resolveCompareSides } from "@/lib/compare/compare-query";
import { compareResults } from "@/lib/compare/compare-results";
import { readComparePageParams, toCompareView } from "@/lib/compare/compare-view";
import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { formatScenarioParams } from "@/lib/scenario/scenario-query";
import { testIds } from "@/lib/test-ids";

export const metadata: Metadata = { title: "Compare two scenarios: rare-earth exposure dashboard" };

const H2 = "text-lg font-semibold";

/** /compare?a=<scenario query>&b=<scenario query>: rendered on the server, every figure in the first HTML. */
export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const dataset = getDataset();
  const today = todayIso();
  const params = readComparePageParams(await searchParams);
  const sides = resolveCompareSides(dataset, params, today);
  const comparison = compareResults(computeExposure(dataset, sides.a.scenario), computeExposure(dataset, sides.b.scenario));
  const view = toCompareView(sides, comparison);
  const presets = dataset.regimes.regimes.map((r) => ({ id: r.id, name: r.name, query: formatScenarioParams({ regime: r.id }).toString() }));
  const pickerSides = {
    a: { query: view.sides.a.query, name: view.sides.a.name, regime: view.sides.a.regime, custom: view.sides.a.custom },
    b: { query: view.sides.b.query, name: view.sides.b.name, regime: view.sides.b.regime, custom: view.sides.b.custom },
  };

  return (
    <main className="mx-auto max-w-[1440px] space-y-6 p-4 sm:p-6">
      <PageHeader title="Compare two scenarios" links={[{ href: view.sides.a.dashboardHref, label: "Dashboard" }, { href: "/methodology", label: "Methodology" }, { href: "/sources", label: "Sources" }]}>
            Two export-control scenarios side by side on one scale: what changed in the rules, how each sector&apos;s exposure moves,
            and which products change status, and why. The link holds both scenarios.
      </PageHeader>

      <ScenarioNotices notices={[...params.notices, ...view.notices]} warnings={[...params.warnings, ...view.warnings]} />

      <section aria-label="Choose the scenarios" className="rounded-lg border border-border bg-card p-4">
        <NuqsAdapter>
          <ComparePicker presets={presets} sides={pickerSides} swapHref={view.swapHref} />
        </NuqsAdapter>
      </section>

      <section data-testid={testIds.compareSummary} aria-labelledby="compare-headline" className="rounded-lg border border-border bg-card p-4">
        <div className="grid gap-3 sm:grid-cols-2">
          {(["a", "b"] as const).map((k) => (
            <div key={k} data-testid={testIds.compareSide(k)} className="min-w-0 rounded border border-border p-3">
              <p className="text-xs font-semibold tracking-wide text-muted uppercase">Scenario {k.toUpperCase()}</p>
              <p className="font-semibold">{view.sides[k].name}{view.sides[k].custom ? " (changed)" : ""}</p>
              <p className="mt-1 text-sm break-words text-muted">{view.sides[k].description}</p>
              <Link href={view.sides[k].dashboardHref} prefetch={false} className="mt-1 inline-block text-sm text-accent underline">
                Open {k.toUpperCase()} on the dashboard
              </Link>
            </div>
          ))}
        </div>
        <p id="compare-headline" className="mt-4 text-lg font-semibold">{view.headline}</p>
        {view.valueAtRisk && <p className="mt-1 text-sm">{view.valueAtRisk}</p>}
        {view.rangeNotes.map((n) => (
          <p key={n} className="mt-1 text-sm font-medium">{n}</p>
        ))}
        <p className="mt-3 flex flex-wrap gap-3 text-sm">
          <span className="text-muted">Download the comparison:</span>
          {(["csv", "pdf", "json"] as const).map((f) => (
            <a key={f} href={view.downloads[f]} download data-testid={testIds.compareDownload(f)} className="text-accent underline">
              {f === "csv" ? "CSV (spreadsheet)" : f === "pdf" ? "PDF report" : "JSON"}
            </a>
          ))}
        </p>
      </section>

      <section aria-labelledby="compare-changes" className="space-y-2">
        <h2 id="compare-changes" className={H2}>What changed in the scenario</h2>
        <CompareChanges changes={view.changes} />
      </section>

      <section aria-labelledby="compare-chart" className="space-y-2 rounded-lg border border-border bg-card p-4">
        <h2 id="compare-chart" className={H2}>Exposure by sector, A and B on one scale</h2>
        <p className="text-sm text-muted">
          Share of each sector&apos;s output made outside China that depends on a controlled input, by status; A&apos;s bar above B&apos;s.
          Change: B − A in percentage points, the low end with the low end and the high with the high. * No volume known: mean over
          the sector&apos;s final goods. † A and B weigh the sector differently (another lens): not on one scale.
        </p>
        <CompareChart chart={view.chart} />
      </section>

      <section aria-labelledby="compare-sectors" className="space-y-2">
        <h2 id="compare-sectors" className={H2}>Sectors</h2>
        <CompareSectorTable sectors={view.sectors} />
      </section>

      <section aria-labelledby="compare-products" className="space-y-2">
        <h2 id="compare-products" className={H2}>Products whose status changes</h2>
        <CompareProducts products={view.products} unchanged={view.unchangedProducts} />
      </section>
    </main>
  );
}
