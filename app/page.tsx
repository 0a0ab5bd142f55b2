import { Dashboard } from "@/components/dashboard/dashboard";
import { ThemeToggle } from "@/components/theme-toggle";
import { DATA_LICENCE } from "@/lib/cite/licence";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { type SearchParamsRecord, searchOf } from "@/lib/view-models/dashboard-url";
import { firstDashboardView } from "@/server/first-view";

/**
 * The answer, the controls and the sector chart are rendered here, on the server, for the link's scenario: the first
 * paint needs no script and no dataset. The browser fetches the dataset after it has drawn the page.
 */
export default async function HomePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const search = searchOf(await searchParams);
  const initial = firstDashboardView(search, todayIso());
  return (
    <main className="mx-auto max-w-[1440px] p-4 sm:p-6">
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-bold">Rare-earth export controls: which industries are exposed</h1>
          <p className="mt-2 text-muted">
            Choose a Chinese export-control regime, toggle which of the 17 rare earths are controlled, and see which
            sectors and products need a licence, face case-by-case review or are denied, through which elements, and
            how much value is at risk. Every figure is sourced.
          </p>
        </div>
        <nav aria-label="Pages" className="flex flex-wrap items-center gap-4 text-sm">
          {/* Plain links, not next/link: the other pages share no state with this one, and the client router's link
              code is 4 KB of this page's script (issue 13: ≤ 1.3× a bare page). */}
          <a href="/bom" className="text-accent underline">Check your own parts (BOM)</a>
          <a href="/compare" className="text-accent underline">Compare scenarios</a>
          <a href="/methodology" className="text-accent underline">Methodology</a>
          <a href="/sources" className="text-accent underline">Sources</a>
          <a href="/api/dataset" className="text-accent underline">Dataset (JSON)</a>
          <a href="/api-reference" className="text-accent underline">API</a>
          <ThemeToggle />
        </nav>
      </header>
      <Dashboard initial={initial} search={search} />
      <footer className="mt-8 border-t border-border pt-3 text-xs text-muted">
        Data licence:{" "}
        <a href={DATA_LICENCE.url} rel="license noopener noreferrer" className="text-accent underline">
          {DATA_LICENCE.title} ({DATA_LICENCE.name})
        </a>
        ; each figure&apos;s sources are on the <a href="/sources" className="text-accent underline">sources page</a>.
        For scripts: the <a href="/api-reference" className="text-accent underline">API reference</a> and its
        OpenAPI contract, <a href="/api/openapi.json" className="text-accent underline">/api/openapi.json</a>.
      </footer>
    </main>
  );
}
