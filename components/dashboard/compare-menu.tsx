"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import type { CompareOption } from "@/lib/compare/compare-options";
import { testIds } from "@/lib/test-ids";

const GROUPS = [
  { group: "preset", title: "Another preset" },
  { group: "variant", title: "This scenario, one thing changed" },
] as const;

/**
 * "Compare with…": links to /compare with the scenario on screen as A and the chosen one as B (lib/compare's options,
 * worked out when the menu opens).
 * Like the download menu, it stays on screen on a phone and closes on Escape or on a click or tap outside it.
 */
export function CompareMenu({ getOptions }: { getOptions: () => readonly CompareOption[] }) {
  const [open, setOpen] = useState(false);
  const options = useMemo(() => (open ? getOptions() : []), [open, getOptions]);
  const root = useRef<HTMLDetailsElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const close = useCallback((reason: "escape" | "outside") => {
    setOpen(false);
    if (reason === "escape") root.current?.querySelector("summary")?.focus();
  }, []);
  useDismiss(open, close, root, menu);
  return (
    <details ref={root} className="relative" data-testid={testIds.compareMenu} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer list-none rounded border border-accent px-3 py-1 text-sm font-medium text-accent">Compare with… ▾</summary>
      <div ref={menu} className="absolute right-0 z-30 mt-1 max-h-[70vh] w-80 max-w-[calc(100vw-1rem)] overflow-y-auto rounded border border-border bg-card p-1 text-sm shadow-lg">
        {GROUPS.map(({ group, title }) => {
          const items = options.filter((o) => o.group === group);
          if (items.length === 0) return null;
          return (
            <div key={group} role="group" aria-label={title}>
              <p aria-hidden className="px-2 pt-1 text-xs font-medium text-muted">{title}</p>
              <ul>
                {items.map((o) => (
                  <li key={o.id}>
                    <a href={o.href} data-testid={testIds.compareOption(o.id)} className="block rounded px-2 py-1 hover:bg-background">
                      {o.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </details>
  );
}
