"use client";

import { reportHref } from "@/lib/scenario/scenario-query";
import { testIds } from "@/lib/test-ids";

const FORMATS = [
  { format: "csv", label: "CSV (spreadsheet)" },
  { format: "json", label: "JSON (versioned schema)" },
  { format: "pdf", label: "PDF report" },
] as const;

/** Links to /api/report for the scenario on screen: the server builds each file from the same engine result. */
export function DownloadMenu({ query }: { query: string }) {
  return (
    <details className="relative" data-testid={testIds.downloadMenu}>
      <summary className="cursor-pointer list-none rounded border border-accent px-3 py-1 text-sm font-medium text-accent">
        Download report ▾
      </summary>
      <ul className="absolute right-0 z-30 mt-1 w-52 rounded border border-border bg-card p-1 text-sm shadow-lg">
        {FORMATS.map((f) => (
          <li key={f.format}>
            <a
              href={reportHref(query, f.format)}
              download
              data-testid={testIds.downloadReport(f.format)}
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
