"use client";

import { reportHref } from "@/lib/scenario/scenario-query";
import { useCallback, useRef, useState } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { testIds } from "@/lib/test-ids";

type Entry = { id: string; label: string; href: (query: string) => string };

// Spreadsheets first: what most people forward. Each id is the entry's test id suffix (download-report-<id>).
const ENTRIES: readonly Entry[] = [
  { id: "xlsx", label: "Excel workbook (XLSX), a sheet per table", href: (q) => reportHref(q, "xlsx") },
  { id: "zip", label: "CSV files, one per table (ZIP)", href: (q) => reportHref(q, "zip") },
  { id: "csv-sectors", label: "CSV: sectors", href: (q) => reportHref(q, "csv", { table: "sectors" }) },
  { id: "csv-products", label: "CSV: products", href: (q) => reportHref(q, "csv", { table: "products" }) },
  { id: "csv", label: "CSV: all tables in one file", href: (q) => reportHref(q, "csv") },
  { id: "zip-semicolon", label: "CSV for Excel in German, French… (; and decimal commas, ZIP)", href: (q) => reportHref(q, "zip", { delimiter: "semicolon" }) },
  { id: "json", label: "JSON (versioned schema)", href: (q) => reportHref(q, "json") },
  { id: "pdf", label: "PDF report", href: (q) => reportHref(q, "pdf") },
];

/**
 * Links to /api/report for the scenario on screen: the server builds each file from the same engine result. The menu
 * stays on screen on a phone and closes on Escape (focus back on its button) or on a click or tap outside it.
 */
export function DownloadMenu({ query }: { query: string }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDetailsElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const close = useCallback((reason: "escape" | "outside") => {
    setOpen(false);
    if (reason === "escape") root.current?.querySelector("summary")?.focus();
  }, []);
  useDismiss(open, close, root, menu);
  return (
    <details ref={root} className="relative" data-testid={testIds.downloadMenu} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer list-none rounded border border-accent px-3 py-1 text-sm font-medium text-accent">
        Download report ▾
      </summary>
      <ul ref={menu} className="absolute right-0 z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded border border-border bg-card p-1 text-sm shadow-lg">
        {ENTRIES.map((f) => (
          <li key={f.id}>
            <a
              href={f.href(query)}
              download
              data-testid={testIds.downloadReport(f.id)}
              className="block rounded px-2 py-1 hover:bg-background"
            >
              {f.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
