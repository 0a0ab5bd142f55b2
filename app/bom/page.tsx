import type { Metadata } from "next";
import { preload } from "react-dom";
import { Suspense } from "react";
import { BomWorkbench } from "@/components/bom/bom-workbench";
import { PageHeader } from "@/components/ui/page-header";
import { Providers } from "../providers";

export const metadata: Metadata = { title: "Your parts list: what to do about China's rare-earth controls, line by line" };

export default function BomPage() {
  preload("/api/dataset", { as: "fetch", crossOrigin: "anonymous" });
  return (
    <main className="mx-auto max-w-[1440px] p-4 sm:p-6">
      <PageHeader title="Your parts list: what to do, line by line" className="mb-6" links={[{ href: "/", label: "Dashboard" }, { href: "/lookup", label: "Code lookup" }, { href: "/methodology", label: "Methodology" }]}>
            Upload a parts list as your ERP exports it (CSV or XLSX) and run it through the same rules and scenario as the
            dashboard: for each line, hold, apply for a licence, review, clear, or what is missing to decide, and why.
      </PageHeader>
      <Providers>
        <Suspense fallback={<div className="h-96 animate-pulse rounded-lg bg-border/60" />}>
          <BomWorkbench />
        </Suspense>
      </Providers>
    </main>
  );
}
