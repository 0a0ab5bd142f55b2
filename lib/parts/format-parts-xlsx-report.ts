import { writeXlsx } from "../xlsx/write-xlsx";
import { defineSheet, type XlsxCellType, type XlsxSheet } from "../xlsx/xlsx-sheet";
import { ACTION_MEANINGS } from "./actions";
import type { PartsReport } from "./build-parts-report";
import { actionRows, type Cell, coverageRows, PART_COLUMNS_OUT, reportFacts } from "./parts-report-rows";

/** A number is a number cell, anything else text (never a formula: the writer sees to that). */
const typeOf = (v: Cell): XlsxCellType => (typeof v === "number" ? "number" : "text");

/** A table of plain cells as a sheet; `wide` names the columns of long text (wrapped at that width). */
function table(name: string, header: readonly string[], rows: readonly Cell[][], wide: Record<string, number> = {}): XlsxSheet<unknown> {
  return defineSheet<readonly Cell[]>({
    name,
    rows,
    frozenColumns: name === "lines" ? 1 : 0,
    columns: header.map((h, i) => ({
      header: h,
      type: (r: readonly Cell[]) => typeOf(r[i] ?? null),
      value: (r: readonly Cell[]) => r[i] ?? null,
      ...(wide[h] ? { maxWidth: wide[h], wrap: true } : {}),
    })),
  });
}

/**
 * The report as a workbook, through the one XLSX writer (lib/xlsx): report, summary, lines, errors, rates and coverage,
 * one sheet each, header rows frozen; figures rounded as in the CSV report (parts-report-rows.ts).
 */
export async function formatPartsXlsxReport(r: PartsReport): Promise<Uint8Array> {
  return writeXlsx([
    table("report", ["field", "value"], reportFacts(r), { value: 90 }),
    table(
      "summary",
      ["action", "label", "meaning", "lines", "lines_pct", "unit_value_usd", "annual_value_usd"],
      actionRows(r).map((a): Cell[] => [a.action, a.label, ACTION_MEANINGS[a.action], a.lines, a.linesPct, a.unitValueUsd, a.annualValueUsd]),
      { meaning: 80 },
    ),
    table(
      "lines",
      PART_COLUMNS_OUT.map((c) => c.header),
      r.parts.map((p) => PART_COLUMNS_OUT.map((c) => c.value(p))),
      { reason: 90, description: 40, inputs: 90, missing: 40, code_candidates: 60 },
    ),
    table(
      "errors",
      ["row", "column", "message"],
      [...r.errors.map((e): Cell[] => [e.row, e.column, e.message]), ...(r.errorsOmitted > 0 ? [[null, null, `${r.errorsOmitted} further errors not listed`] as Cell[]] : [])],
      { message: 100 },
    ),
    table("rates", ["currency", "rate", "series", "confidence", "sources"], r.ratesUsed.map((x): Cell[] => [x.currency, x.text, x.series, x.confidence, x.sourceIds.join(" ")]), { series: 70 }),
    table("coverage", ["coverage", "statement"], coverageRows(r), { statement: 120 }),
  ]);
}
