import type { Metadata } from "next";
import Link from "next/link";
import { preload } from "react-dom";
import { Suspense } from "react";
import { BomWorkbench } from "@/components/bom/bom-workbench";
import { ThemeToggle } from "@/components/theme-toggle";
import { Providers } from "../providers";

export const metadata: Metadata = { title: "Your parts list: what to do about China's rare-earth controls, line by line" };

export default function BomPage() {
  preload("/api/dataset", { as: "fetch", crossOrigin: "anonymous" });
  return (
    <main className="mx-auto max-w-[1440px] p-4 sm:p-6">
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-bold">Your parts list: what to do, line by line</h1>
          <p className="mt-2 text-muted">
            Upload a parts list as your ERP exports it (CSV or XLSX) and run it through the same rules and scenario as the
            dashboard: for each line, hold, apply for a licence, review, clear, or what is missing to decide, and why.
          </p>
        </div>
        <nav aria-label="Pages" className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/" className="text-accent underline">Dashboard</Link>
          <Link href="/lookup" className="text-accent underline">Code lookup</Link>
          <Link href="/methodology" className="text-accent underline">Methodology</Link>
          <ThemeToggle />
        </nav>
      </header>
      <Providers>
        <Suspense fallback={<div className="h-96 animate-pulse rounded-lg bg-border/60" />}>
          <BomWorkbench />
        </Suspense>
      </Providers>
    </main>
  );
}
