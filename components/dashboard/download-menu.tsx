"use client";

import { reportHref } from "@/lib/scenario/scenario-query";
import { useCallback, useRef, useState } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { testIds } from "@/lib/test-ids";

const FORMATS = [
  { format: "csv", label: "CSV (spreadsheet)" },
  { format: "json", label: "JSON (versioned schema)" },
  { format: "pdf", label: "PDF report" },
] as const;

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
      <ul ref={menu} className="absolute right-0 z-30 mt-1 w-52 rounded border border-border bg-card p-1 text-sm shadow-lg">
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
