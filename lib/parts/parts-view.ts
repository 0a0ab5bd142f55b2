// View models of the /bom page: every string and number the page shows, computed here, so that the components only
// render. Pure; unit-tested beside.
import { formatCount, formatInteger } from "../format/format-number";
import type { LookupAnswer } from "../lookup/lookup-code";
import { toLookupRows } from "../lookup/lookup-view";
import { ACTION_LABELS, ACTIONS, type Action } from "./actions";
import type { PartsReport } from "./build-parts-report";
import { PART_COLUMN_LABELS, PART_COLUMNS, type PartColumn, type PartMappingInput } from "./part-columns";
import { actionRows, partsHeadline } from "./parts-report-rows";
import type { SheetPreview } from "./preview-sheet";
import type { CheckedPart } from "./triage-parts";

export const PARTS_PAGE_SIZE = 100;

/** The currencies data/fx-rates.json holds a 2025 reference rate for (a unit test checks that they agree). */
export const FILE_CURRENCIES = ["EUR", "USD", "JPY", "CNY", "KRW", "GBP"] as const;

export { PART_COLUMN_LABELS } from "./part-columns";

/** Constants the mapping step offers as a list (others are typed). */
export const CONSTANT_CHOICES: Partial<Record<PartColumn, readonly string[]>> = {
  end_use: ["civil", "dual", "military", "advanced_semiconductor"],
  origin_country: ["CN", "abroad", "DE", "JP", "US", "KR", "TW"],
  supplier_country: ["CN", "DE", "JP", "US", "KR", "TW"],
  destination: ["US", "JP", "DE", "FR", "IT", "KR", "GB"],
};

/** One column's choice on the mapping step. */
export type ColumnChoice =
  | { kind: "auto" }
  | { kind: "header"; header: string }
  | { kind: "constant"; value: string }
  | { kind: "unknown" }
  | { kind: "none" };

export type MappingRow = {
  column: PartColumn;
  label: string;
  choice: ColumnChoice;
  /** The value the select shows: "auto", "h:Header", "constant", "unknown", "none". */
  selectValue: string;
  /** The header the synonyms would take, for the "automatic" option's text. */
  suggested: string | null;
  options: { value: string; label: string }[];
  constantChoices: readonly string[] | null;
};

/** The choice a mapping input records for a column (absent = automatic). */
export function choiceOf(mapping: PartMappingInput, column: PartColumn): ColumnChoice {
  const m = mapping[column];
  if (m === undefined) return { kind: "auto" };
  if (typeof m === "string") return m === "" ? { kind: "none" } : { kind: "header", header: m };
  return "unknown" in m ? { kind: "unknown" } : { kind: "constant", value: m.constant };
}

const selectValueOf = (c: ColumnChoice) => (c.kind === "header" ? `h:${c.header}` : c.kind);

/** The mapping step's rows: each column, its current choice and the options (every header, a constant, unknown). */
export function toMappingRows(preview: SheetPreview, mapping: PartMappingInput): MappingRow[] {
  return PART_COLUMNS.map((column) => {
    const choice = choiceOf(mapping, column);
    const suggested = preview.suggested[column] ?? null;
    return {
      column,
      label: PART_COLUMN_LABELS[column],
      choice,
      selectValue: selectValueOf(choice),
      suggested,
      options: [
        { value: "auto", label: suggested ? `Automatic: "${suggested}"` : "Automatic: not found" },
        ...preview.headers.filter((h) => h !== "").map((h) => ({ value: `h:${h}`, label: `Column "${h}"` })),
        { value: "constant", label: "Every row: …" },
        { value: "unknown", label: "Unknown" },
        { value: "none", label: "Not in this file" },
      ],
      constantChoices: CONSTANT_CHOICES[column] ?? null,
    };
  });
}

/** A mapping with one column's choice changed, from the select's value (and a constant's text). */
export function setColumnChoice(mapping: PartMappingInput, column: PartColumn, selectValue: string, constant = ""): PartMappingInput {
  const next: PartMappingInput = { ...mapping };
  if (selectValue === "auto") delete next[column];
  else if (selectValue === "unknown") next[column] = { unknown: true };
  else if (selectValue === "none") next[column] = "";
  else if (selectValue === "constant") next[column] = { constant: constant || (CONSTANT_CHOICES[column]?.[0] ?? "") };
  else if (selectValue.startsWith("h:")) next[column] = selectValue.slice(2);
  return next;
}

/** Columns mapped to nothing: a part of the mapping the server must read the same way, so "none" is sent as a choice. */
export function mappingParam(mapping: PartMappingInput): string | null {
  return Object.keys(mapping).length === 0 ? null : JSON.stringify(mapping);
}

/** The POST that makes the PDF report on the server: the page's scenario, the columns and the file's currency. */
export function pdfRequestUrl(scenarioQuery: string, mapping: PartMappingInput, fileCurrency: string | null): string {
  const p = new URLSearchParams(scenarioQuery);
  p.set("format", "pdf");
  const m = mappingParam(mapping);
  if (m) p.set("mapping", m);
  if (fileCurrency) p.set("currency", fileCurrency);
  return `/api/bom?${p.toString()}`;
}

export type SummaryView = {
  headline: string;
  fileLine: string;
  rates: string[];
  takeaway: string;
  actions: { action: Action; label: string; lines: number }[];
};

/**
 * What the chart says in one sentence. An empty or failed check, or one that leaves lines undecided, never reads as
 * all clear.
 */
export function chartTakeaway(r: Pick<PartsReport, "summary" | "file">): string {
  const s = r.summary;
  const b = s.byAction;
  const errors = r.file.rowsWithErrors;
  if (s.lines === 0) return errors > 0 ? `No line could be checked (${formatCount(errors, "row")} with errors): this is not an all-clear.` : "No line was checked: this is not an all-clear.";
  const restricted = b.hold.lines + b.apply.lines + b.review.lines;
  const undecided = b["insufficient-data"].lines;
  const gaps = [
    undecided > 0 ? `${formatCount(undecided, "line")} ${undecided === 1 ? "lacks" : "lack"} the data to decide` : "",
    errors > 0 ? `${formatCount(errors, "row")} ${errors === 1 ? "has" : "have"} errors` : "",
  ].filter((x) => x !== "");
  if (restricted > 0) {
    const via = s.drivers.slice(0, 3).map((d) => d.symbol);
    return `${formatCount(restricted, "line")} of ${formatInteger(s.lines)} need action (hold, licence or review)${via.length > 0 ? `, mostly through ${via.join(", ")}` : ""}${gaps.length > 0 ? `; ${gaps.join(" and ")}` : ""}.`;
  }
  if (gaps.length > 0) return `No checked line needs a licence or a review, but ${gaps.join(" and ")}: this is not an all-clear.`;
  return `All ${formatCount(s.lines, "line")} are clear under this scenario, within what the check models (see Coverage).`;
}

export function toSummaryView(r: PartsReport, ms: number | null): SummaryView {
  const f = r.file;
  const fileLine = [
    f.name ?? "file",
    f.format === "xlsx" ? "XLSX" : `CSV (${f.encoding ?? "?"}, ${f.delimiter === "\t" ? "tab" : `"${f.delimiter}"`})`,
    formatCount(f.rows, "data row"),
    `SHA-256 ${f.sha256.slice(0, 12)}…`,
    `${r.scenario.regimeName} as of ${r.scenario.asOf}`,
    `${r.scenario.lens} lens`,
    ms === null ? "" : `checked in ${formatInteger(Math.round(ms))} ms`,
  ].filter((x) => x !== "");
  return {
    headline: partsHeadline(r),
    fileLine: fileLine.join(" · "),
    rates: r.ratesUsed.map((x) => x.text),
    takeaway: chartTakeaway(r),
    actions: ACTIONS.map((action) => ({ action, label: ACTION_LABELS[action], lines: r.summary.byAction[action].lines })),
  };
}

export type PartRowView = {
  key: string;
  partId: string;
  rowText: string;
  description: string;
  action: Action;
  actionLabel: string;
  reason: string;
  estimatedText: string | null;
  missingText: string | null;
  typeText: string;
  drivers: string;
  hsCode: string | null;
  inputs: { name: string; value: string; estimated: boolean }[];
};

export function toPartRowView(p: CheckedPart): PartRowView {
  return {
    key: `${p.row}-${p.partId}`,
    partId: p.partId,
    rowText: p.rows.length > 1 ? `rows ${p.rows[0]}–${p.rows[p.rows.length - 1]}` : `row ${p.row}`,
    description: p.description,
    action: p.action,
    actionLabel: ACTION_LABELS[p.action],
    reason: p.reason,
    estimatedText: p.estimated.length > 0 ? `Estimated or assumed: ${p.estimated.join(", ")}` : null,
    missingText: p.missing.length > 0 ? `Missing: ${p.missing.join("; ")}` : null,
    typeText: `${p.typeLabel}${p.grade ? ` ${p.grade}` : ""}`,
    drivers: p.drivers.join(", ") || "—",
    hsCode: p.hsCode,
    inputs: p.inputs,
  };
}

export type PartsFilter = { action: Action | ""; query: string; page: number };

/** The lines the table shows: by action and a search of part number, description or code; one page of them. */
export function filterParts(parts: readonly CheckedPart[], f: PartsFilter): { rows: PartRowView[]; matching: number; pages: number; page: number } {
  const q = f.query.trim().toLowerCase();
  const matching = parts.filter(
    (p) => (f.action === "" || p.action === f.action) && (q === "" || p.partId.toLowerCase().includes(q) || p.description.toLowerCase().includes(q) || (p.hsCode ?? "").includes(q)),
  );
  const pages = Math.max(1, Math.ceil(matching.length / PARTS_PAGE_SIZE));
  const page = Math.min(Math.max(0, f.page), pages - 1);
  return { rows: matching.slice(page * PARTS_PAGE_SIZE, (page + 1) * PARTS_PAGE_SIZE).map(toPartRowView), matching: matching.length, pages, page };
}

export { actionRows };

/** A line's code looked up: the lookup page's rows, hints and note, with the dataset's names for the forms. */
export function toLineLookupView(answer: LookupAnswer, formLabels: ReadonlyMap<string, string>) {
  return {
    rows: toLookupRows(answer, (f) => formLabels.get(f) ?? f.replaceAll("_", " ")),
    hints: answer.hints,
    note: answer.note,
    caption: `Candidates for ${answer.query.kind === "customs-code" ? answer.query.digits : answer.query.code} as of ${answer.asOf}`,
  };
}
