"use client";

import { useState } from "react";

type Props = {
  label: string;
  value: number | null;
  min: number;
  max: number;
  step: number;
  placeholder?: string;
  testId?: string;
  /** Called with a valid number, or null to clear; only on Enter or when focus leaves. */
  onCommit: (value: number | null) => void;
};

/** A number field that commits on Enter or blur, so typing "0.25" does not push four history entries. */
export function CommitNumberInput({ label, value, min, max, step, placeholder, testId, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (value === null ? "" : String(value));
  const n = Number(shown);
  const invalid = shown.trim() !== "" && (!Number.isFinite(n) || n < min || n > max);
  const commit = () => {
    if (draft === null) return;
    if (draft.trim() === "") onCommit(null);
    else if (!invalid) onCommit(n);
    setDraft(null);
  };
  return (
    <label className="flex items-center gap-2 text-sm">
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        data-testid={testId}
        className="w-24 rounded border border-border bg-card p-1 aria-[invalid=true]:border-status-denied"
        min={min}
        max={max}
        step={step}
        placeholder={placeholder}
        value={shown}
        aria-invalid={invalid}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === "Enter" && commit()}
      />
      {invalid && <span className="text-xs text-status-denied">{min}–{max}</span>}
    </label>
  );
}
