// The rows every report of a parts list holds, in one place: the CSV and XLSX reports lay them out as tables, the
// PDF as text. Plain values; each format does its own escaping.
import { scenarioCsvRows } from "../report/csv-block";
import { roundPercentOfValue, roundTo, roundUnitUsd, roundUsd } from "../report/report-precision";
import { ACTION_LABELS, ACTIONS, type Action } from "./actions";
import type { PartsReport } from "./build-parts-report";
import type { CheckedPart } from "./triage-parts";
import { formatCount, formatInteger } from "../format/format-number";

export type Cell = string | number | null;

/** "Dy 0.6–3.22 g": a line's content for a table cell is in its inputs; this is its one-line summary. */
export const inputsText = (p: CheckedPart) => p.inputs.map((i) => `${i.name}${i.estimated ? " (estimated)" : ""}: ${i.value}`).join("; ");

export const PART_COLUMNS_OUT: { header: string; value: (p: CheckedPart) => Cell }[] = [
  { header: "part_id", value: (p) => p.partId },
  { header: "row", value: (p) => p.row },
  { header: "description", value: (p) => p.description },
  { header: "action", value: (p) => p.action },
  { header: "reason", value: (p) => p.reason },
  { header: "estimated", value: (p) => p.estimated.join(", ") },
  { header: "missing", value: (p) => p.missing.join("; ") },
  { header: "status", value: (p) => p.status },
  { header: "drivers", value: (p) => p.drivers.join(" ") },
  { header: "type", value: (p) => p.typeLabel },
  { header: "grade", value: (p) => p.grade },
  { header: "hs_code", value: (p) => p.hsCode },
  { header: "code_candidates", value: (p) => p.codeCandidates.map((c) => `${c.controlCode} ${c.item}`).join("; ") },
  { header: "supplier", value: (p) => p.supplier },
  { header: "supplier_country", value: (p) => p.supplierCountry },
  { header: "origin_country", value: (p) => p.originCountry },
  { header: "unit_value", value: (p) => p.unitValue?.amount ?? null },
  { header: "currency", value: (p) => p.unitValue?.currency ?? null },
  // Rounded as the exposure report's tables round (report-precision.ts); the JSON answer keeps full precision.
  { header: "unit_value_usd", value: (p) => roundUnitUsd(p.unitValue?.usd ?? null) },
  { header: "quantity", value: (p) => p.quantity },
  { header: "content_pct_low", value: (p) => roundPercentOfValue(p.contentPct?.low ?? null) },
  { header: "content_pct_high", value: (p) => roundPercentOfValue(p.contentPct?.high ?? null) },
  { header: "threshold_pct", value: (p) => p.thresholdPct },
  { header: "inputs", value: inputsText },
  { header: "error_rows", value: (p) => p.errorRows.join(" ") },
];

/** The summary by action: lines, their share (%, 2 places), unit value (cents) and purchases (unit value × quantity, whole dollars). */
export type ActionRow = { action: Action; label: string; lines: number; linesPct: number; unitValueUsd: number; annualValueUsd: number };

export function actionRows(r: Pick<PartsReport, "summary">): ActionRow[] {
  const n = r.summary.lines;
  return ACTIONS.map((action) => {
    const b = r.summary.byAction[action];
    return {
      action,
      label: ACTION_LABELS[action],
      lines: b.lines,
      linesPct: n === 0 ? 0 : roundTo((b.lines / n) * 100, 2),
      unitValueUsd: roundUnitUsd(b.unitValueUsd),
      annualValueUsd: roundUsd(b.annualValueUsd),
    };
  });
}

/** "30 lines: 0 hold, 2 apply, 11 review, 9 insufficient data, 8 clear; 0 rows with errors." Never "all clear" when nothing was checked. */
export function partsHeadline(r: Pick<PartsReport, "summary" | "file" | "errorCount">): string {
  const s = r.summary;
  if (s.lines === 0) {
    return r.file.rowsWithErrors > 0
      ? `No line could be checked: ${formatCount(r.file.rowsWithErrors, "row")} with errors.`
      : // A header found below skipped rows may be the file's only part (",,\nA,NdFeB magnet,CN"): say which row it was.
        `No line was checked: the file holds no data rows${r.file.headerRow > 1 ? ` below row ${formatInteger(r.file.headerRow)}, which was taken as the header` : ""}.`;
  }
  const counts = ACTIONS.map((a) => `${formatInteger(s.byAction[a].lines)} ${a === "insufficient-data" ? "insufficient data" : a}`).join(", ");
  const errors = r.file.rowsWithErrors > 0 ? `; ${formatCount(r.file.rowsWithErrors, "row")} with errors` : "";
  return `${formatCount(s.lines, "line")}: ${counts}${errors}.`;
}

/** The report's facts as label/value pairs: the PDF's header and the CSV/XLSX "report" sheet. */
export function reportFacts(r: PartsReport): [string, Cell][] {
  const f = r.file;
  const l = f.lines;
  return [
    ["title", r.title],
    ["generated_at", r.generatedAt],
    ["report_version", r.reportVersion],
    ["dataset_version", r.datasetVersion],
    ["file_name", f.name],
    ["file_sha256", f.sha256],
    ["file_bytes", f.bytes],
    ["file_format", f.format],
    ["file_encoding", f.encoding],
    ["file_delimiter", f.delimiter === "\t" ? "tab" : f.delimiter],
    ["file_header_row", f.headerRow],
    ["file_rows", f.rows],
    ["file_rows_with_errors", f.rowsWithErrors],
    ...(l
      ? ([
          ["file_lines", l.total],
          ["file_lines_above_header", l.aboveHeader],
          ["file_lines_header", l.header],
          ["file_lines_rows", l.rows],
          ["file_lines_blank", l.blank],
          ["file_lines_in_quoted_cells", l.inQuotedCells],
          ["file_lines_swallowed", l.swallowed],
        ] as [string, Cell][])
      : []),
    ["layout", r.layout],
    ["decimal_separator", r.decimal.separator],
    ["file_currency", r.fileCurrency ? `${r.fileCurrency.code} (${r.fileCurrency.from})` : null],
    ...Object.entries(r.columns).map(([c, v]): [string, Cell] => [`column_${c}`, v ?? null]),
    ["lines", r.summary.lines],
    ...ACTIONS.map((a): [string, Cell] => [`lines_${a.replace("-", "_")}`, r.summary.byAction[a].lines]),
    ["lines_estimated", r.summary.estimatedLines],
    ["errors", r.errorCount],
    ["errors_not_listed", r.errorsOmitted],
    ...r.ratesUsed.map((x): [string, Cell] => [`rate_${x.currency}`, `${x.text}; ${x.series}; confidence ${x.confidence}${x.sourceIds.length > 0 ? `; sources ${x.sourceIds.join(" ")}` : ""}`]),
    ["scenario_query", r.scenarioQuery],
    ...scenarioCsvRows(r.scenario, { chinaShare: "not applied: each line's China-origin share is the file's, or both ends when it gives none", warnings: r.warnings }).map(
      ([k, v]): [string, Cell] => [String(k), v ?? null],
    ),
    ...f.notes.map((n): [string, Cell] => ["file_note", n]),
  ];
}

/** The coverage statement as rows: what is modelled, only flagged, not modelled. */
export function coverageRows(r: PartsReport): [string, string][] {
  return [
    ...r.coverage.models.map((t): [string, string] => ["models", t]),
    ...r.coverage.flags.map((t): [string, string] => ["flags only", t]),
    ...r.coverage.doesNotModel.map((t): [string, string] => ["does not model", t]),
  ];
}
