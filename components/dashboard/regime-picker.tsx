"use client";

import { memo, useMemo } from "react";
import { testIds } from "@/lib/test-ids";
import { type RegimeLike, type RegimePickerView, samePicker, toRegimePickerView } from "@/lib/view-models/controls-view";

type Handlers = { onSelect: (id: string) => void; onAsOf: (date: string) => void };
/** @deprecated components/bom's form, until it passes a RegimePickerView. */
type LegacyProps = Handlers & { regimes: readonly RegimeLike[]; selected: string | null; asOf: string };
type Props = (Handlers & { picker: RegimePickerView }) | LegacyProps;

/** Redrawn only when what it shows changes: the dashboard rebuilds its view on every toggle. */
const sameProps = (a: Props, b: Props) =>
  a.onSelect === b.onSelect && a.onAsOf === b.onAsOf && ("picker" in a && "picker" in b ? samePicker(a.picker, b.picker) : a === b);

export const RegimePicker = memo(function RegimePicker(props: Props) {
  const { onSelect, onAsOf } = props;
  const given = "picker" in props ? props.picker : null;
  const [regimes, selected, asOf] = "picker" in props ? [null, null, ""] : [props.regimes, props.selected, props.asOf];
  const picker = useMemo(() => given ?? toRegimePickerView(regimes ?? [], selected, asOf), [given, regimes, selected, asOf]);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Control regime</legend>
      <select
        aria-label="Regime preset"
        data-testid={testIds.regimePicker}
        className="w-full rounded border border-border bg-card p-2 text-sm"
        value={picker.selected ?? ""}
        onChange={(e) => e.target.value && onSelect(e.target.value)}
      >
        {picker.asOfLabel !== null && <option value="">{picker.asOfLabel}</option>}
        <optgroup label="Enacted">
          {picker.enacted.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Scenarios (Kuala Lumpur coverage)">
          {picker.scenarios.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </optgroup>
      </select>
      {picker.description && <p className="text-xs text-muted" data-testid={testIds.regimeDescription}>{picker.description}</p>}
      <label className="flex items-center gap-2 text-sm">
        <span>or as of</span>
        <input
          type="date"
          data-testid={testIds.asOfInput}
          className="rounded border border-border bg-card p-1 text-sm"
          min="2023-01-01"
          max="2030-12-31"
          value={picker.asOf}
          onChange={(e) => e.target.value && onAsOf(e.target.value)}
        />
      </label>
    </fieldset>
  );
}, sameProps);
