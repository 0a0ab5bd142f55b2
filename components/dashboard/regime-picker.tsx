"use client";

import type { RegimeSummary } from "@/lib/engine/list-regimes";
import { testIds } from "@/lib/test-ids";

type Props = {
  regimes: RegimeSummary[];
  selected: string | null;
  asOf: string;
  onSelect: (id: string) => void;
  onAsOf: (date: string) => void;
};

const formatDate = (iso: string | null) =>
  iso ? new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }) : null;

export function RegimePicker({ regimes, selected, asOf, onSelect, onAsOf }: Props) {
  const current = regimes.find((r) => r.id === selected);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Control regime</legend>
      <select
        aria-label="Regime preset"
        data-testid={testIds.regimePicker}
        className="w-full rounded border border-border bg-card p-2 text-sm"
        value={selected ?? ""}
        onChange={(e) => e.target.value && onSelect(e.target.value)}
      >
        {selected === null && <option value="">Measures in force on {formatDate(asOf)}</option>}
        <optgroup label="Enacted">
          {regimes.filter((r) => r.kind === "enacted").map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
              {r.effective ? ` (from ${formatDate(r.effective)})` : ""}
            </option>
          ))}
        </optgroup>
        <optgroup label="Scenarios (Kuala Lumpur coverage)">
          {regimes.filter((r) => r.kind === "scenario").map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </optgroup>
      </select>
      {current && <p className="text-xs text-muted" data-testid={testIds.regimeDescription}>{current.description}</p>}
      <label className="flex items-center gap-2 text-sm">
        <span>or as of</span>
        <input
          type="date"
          data-testid={testIds.asOfInput}
          className="rounded border border-border bg-card p-1 text-sm"
          min="2023-01-01"
          max="2030-12-31"
          value={asOf}
          onChange={(e) => e.target.value && onAsOf(e.target.value)}
        />
      </label>
    </fieldset>
  );
}
