import type { Metadata } from "next";

/** A bare page of the same app, served by the same server: the baseline the dashboard is measured against (bench/). */
export const metadata: Metadata = { title: "Bench baseline", robots: { index: false } };

export default function BenchBarePage() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-bold">Rare-earth export controls: baseline page</h1>
      <p className="mt-2 text-muted">
        A static page with no client code of its own. The benchmarks compare the dashboard&apos;s load against this page
        served by the same production server.
      </p>
    </main>
  );
}
