"use client";

import { useState } from "react";
import type { PartMappingInput } from "@/lib/parts/part-columns";
import { type MappingRow, setColumnChoice, toMappingRows } from "@/lib/parts/parts-view";
import type { SheetPreview } from "@/lib/parts/preview-sheet";
import { testIds } from "@/lib/test-ids";
import { formatInteger } from "@/lib/format/format-number";

type Props = {
  preview: SheetPreview;
  mapping: PartMappingInput;
  fileCurrency: string | null;
  currencies: readonly string[];
  onApply: (mapping: PartMappingInput, fileCurrency: string | null) => void;
};

/** The file's first rows and, for each column the check reads, where its values come from. Renders the view model. */
export function PartsMapping({ preview, mapping, fileCurrency, currencies, onApply }: Props) {
  const [draft, setDraft] = useState<PartMappingInput>(mapping);
  const [currency, setCurrency] = useState<string>(fileCurrency ?? "");
  const rows: MappingRow[] = toMappingRows(preview, draft);
  return (
    <section data-testid={testIds.bomMapping} className="rounded-lg border border-border bg-card p-4" aria-labelledby="mapping-heading">
      <h2 id="mapping-heading" className="text-lg font-semibold">Your file and its columns</h2>
      <p className="mt-1 text-sm text-muted">
        Header on row {preview.headerRow}; {formatInteger(preview.totalRows)} data rows. The first rows as read:
      </p>
      <div className="mt-2 max-h-64 overflow-auto" tabIndex={0} role="region" aria-label="First rows of the file" data-testid={testIds.bomPreview}>
        <table className="w-full text-left text-xs">
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="pr-2">Row</th>
              {preview.headers.map((h, i) => (
                <th key={`${h}-${i}`} scope="col" className="pr-2 whitespace-nowrap">{h || `(column ${i + 1})`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.row} className="border-b border-border align-top">
                <td className="pr-2 tabular-nums text-muted">{r.row}</td>
                {preview.headers.map((_, i) => (
                  <td key={i} className="pr-2">{r.cells[i] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.notes.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-xs text-muted">
          {preview.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <details className="mt-3" open={preview.missing.includes("part_id") && preview.missing.includes("description")}>
        <summary className="cursor-pointer text-sm text-accent">Match the columns, set a value for every row, or mark a value unknown</summary>
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {rows.map((r) => (
            <div key={r.column} className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <label htmlFor={`map-${r.column}`}>{r.label}</label>
              <span className="flex gap-1">
                <select
                  id={`map-${r.column}`}
                  data-testid={testIds.bomMappingSelect(r.column)}
                  className="max-w-[13rem] rounded border border-border bg-card p-1"
                  value={r.selectValue}
                  onChange={(e) => setDraft(setColumnChoice(draft, r.column, e.target.value))}
                >
                  {r.options.map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </select>
                {r.choice.kind === "constant" &&
                  (r.constantChoices ? (
                    <select
                      aria-label={`${r.label}: value for every row`}
                      data-testid={testIds.bomMappingConstant(r.column)}
                      className="rounded border border-border bg-card p-1"
                      value={r.choice.value}
                      onChange={(e) => setDraft(setColumnChoice(draft, r.column, "constant", e.target.value))}
                    >
                      {r.constantChoices.map((c) => (
                        <option key={c} value={c}>{c}</option>
                      ))}
                    </select>
                  ) : (
                    <input
                      aria-label={`${r.label}: value for every row`}
                      data-testid={testIds.bomMappingConstant(r.column)}
                      className="w-24 rounded border border-border bg-card p-1"
                      maxLength={64}
                      value={r.choice.value}
                      onChange={(e) => setDraft(setColumnChoice(draft, r.column, "constant", e.target.value))}
                    />
                  ))}
              </span>
            </div>
          ))}
        </div>
        <label className="mt-3 flex items-center gap-2 text-sm">
          Currency of values that name none
          <select data-testid={testIds.bomCurrency} className="rounded border border-border bg-card p-1" value={currency} onChange={(e) => setCurrency(e.target.value)}>
            <option value="">{preview.headerCurrency ? `From the header: ${preview.headerCurrency}` : "Not set (such values are errors)"}</option>
            {currencies.map((c) => (
              <option key={c} value={c}>{c}</option>
            ))}
          </select>
        </label>
      </details>
      <button
        type="button"
        data-testid={testIds.bomMappingApply}
        className="mt-3 rounded border border-accent px-3 py-1 text-sm text-accent"
        onClick={() => onApply(draft, currency === "" ? null : currency)}
      >
        Check with these columns
      </button>
    </section>
  );
}
