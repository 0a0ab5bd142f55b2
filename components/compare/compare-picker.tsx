"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { type FormEvent, useTransition } from "react";
import { testIds } from "@/lib/test-ids";

export type PickerPreset = { id: string; name: string; query: string };
export type PickerSide = { query: string; name: string; regime: string | null; custom: boolean };

const SIDES = [
  { side: "a", label: "Scenario A" },
  { side: "b", label: "Scenario B" },
] as const;

/**
 * Two preset pickers and a Compare button. The comparison lives in the URL (a and b, each a scenario query): with
 * script, Compare sets them through nuqs and the server renders the new comparison; without, the form's GET does.
 */
export function ComparePicker({ presets, sides, swapHref }: { presets: PickerPreset[]; sides: Record<"a" | "b", PickerSide>; swapHref: string }) {
  const [pending, startTransition] = useTransition();
  const [, setParams] = useQueryStates({ a: parseAsString, b: parseAsString }, { shallow: false, history: "push", startTransition });
  const selected = (s: PickerSide) => (s.custom ? s.query : (presets.find((p) => p.id === s.regime)?.query ?? s.query));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void setParams({ a: String(form.get("a") ?? ""), b: String(form.get("b") ?? "") });
  };
  return (
    <form method="get" action="/compare" onSubmit={onSubmit} data-testid={testIds.comparePicker} className="flex flex-wrap items-end gap-3" aria-busy={pending}>
      {SIDES.map(({ side, label }) => (
        <label key={side} className="flex min-w-0 flex-col text-sm">
          <span className="font-medium">{label}</span>
          <select
            name={side}
            defaultValue={selected(sides[side])}
            key={selected(sides[side])}
            data-testid={testIds.compareSelect(side)}
            className="mt-1 w-full max-w-[calc(100vw-2rem)] rounded border border-border bg-card px-2 py-1 sm:w-72"
          >
            {sides[side].custom && <option value={sides[side].query}>{sides[side].name}, as changed on the dashboard</option>}
            {presets.map((p) => (
              <option key={p.id} value={p.query}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" data-testid={testIds.compareSubmit} className="rounded border border-accent px-3 py-1 text-sm font-medium text-accent">
        {pending ? "Comparing…" : "Compare"}
      </button>
      <a href={swapHref} data-testid={testIds.compareSwap} className="px-1 py-1 text-sm text-accent underline">
        Swap A and B
      </a>
    </form>
  );
}
