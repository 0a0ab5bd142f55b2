import Link from "next/link";
import { preload } from "react-dom";
import { Suspense } from "react";
import { Dashboard } from "@/components/dashboard/dashboard";
import { DashboardSkeleton } from "@/components/dashboard/dashboard-skeleton";
import { ThemeToggle } from "@/components/theme-toggle";
import { DATA_LICENCE } from "@/lib/cite/licence";
import { Providers } from "./providers";

export default function HomePage() {
  // Start fetching the dataset with the HTML, before the dashboard's script asks for it.
  preload("/api/dataset", { as: "fetch", crossOrigin: "anonymous" });
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
          {/* Not prefetched: the BOM page's script (Recharts, IndexedDB) would double what this page loads. */}
          <Link href="/bom" prefetch={false} className="text-accent underline">Check your own parts (BOM)</Link>
          <Link href="/compare" prefetch={false} className="text-accent underline">Compare scenarios</Link>
          <Link href="/methodology" prefetch={false} className="text-accent underline">Methodology</Link>
          <Link href="/sources" prefetch={false} className="text-accent underline">Sources</Link>
          <a href="/api/dataset" className="text-accent underline">Dataset (JSON)</a>
          <Link href="/api-reference" prefetch={false} className="text-accent underline">API</Link>
          <ThemeToggle />
        </nav>
      </header>
      <Providers>
        <Suspense fallback={<DashboardSkeleton />}>
          <Dashboard />
        </Suspense>
      </Providers>
      <footer className="mt-8 border-t border-border pt-3 text-xs text-muted">
        Data licence:{" "}
        <a href={DATA_LICENCE.url} rel="license noopener noreferrer" className="text-accent underline">
          {DATA_LICENCE.title} ({DATA_LICENCE.name})
        </a>
        ; each figure&apos;s sources are on the <Link href="/sources" prefetch={false} className="text-accent underline">sources page</Link>.
        For scripts: the <Link href="/api-reference" prefetch={false} className="text-accent underline">API reference</Link> and its
        OpenAPI contract, <a href="/api/openapi.json" className="text-accent underline">/api/openapi.json</a>.
      </footer>
    </main>
  );
}
