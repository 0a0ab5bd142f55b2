import type { Scenario } from "../engine/scenario";
import type { ParamIssue } from "../scenario/scenario-params";
import { scenarioSlug, scenarioToQuery } from "../scenario/scenario-query";
import type { Dataset } from "../schemas/dataset";
import { type Coverage, PARTS_COVERAGE } from "./coverage";
import type { ColumnSource, PartColumn } from "./part-columns";
import type { CellError, PartLinesResult } from "./read-part-lines";
import type { LineCounts, SheetRows } from "./sheet-rows";
import { type CheckedPart, type CheckedPartSet, type PartsSummary, summarisePartSet } from "./triage-parts";

export const PARTS_REPORT_VERSION = "2.0";

/** A checked parts list, in every format: the API's JSON answer and the CSV, XLSX and PDF reports' content. */
export type PartsReport = {
  reportVersion: typeof PARTS_REPORT_VERSION;
  title: string;
  generatedAt: string;
  datasetVersion: string;
  scenario: Scenario;
  /** Query string that reproduces the scenario on the page, in /api/exposure and in /api/bom. */
  scenarioQuery: string;
  /** Parameters of the request read other than as written, or ignored; and what the reading of the file noticed. */
  warnings: ParamIssue[];
  file: {
    name: string | null;
    sha256: string;
    bytes: number;
    format: SheetRows["format"];
    encoding: string | null;
    delimiter: string | null;
    headerRow: number;
    /** Data rows read (blank ones not counted): each is a line, part of a line, or has an error that kept it out. */
    rows: number;
    rowsWithErrors: number;
    /** CSV: where every physical line went; they add up. */
    lines: LineCounts | null;
    notes: string[];
  };
  /** Where each column's values came from: a header of the file, a constant, or "unknown". */
  columns: Partial<Record<PartColumn, string>>;
  layout: PartLinesResult["layout"];
  decimal: PartLinesResult["decimal"];
  fileCurrency: PartLinesResult["fileCurrency"];
  /** Each exchange rate used, as stated; the year and series are in each text. */
  ratesUsed: PartLinesResult["ratesUsed"];
  parts: CheckedPart[];
  summary: PartsSummary;
  errors: CellError[];
  errorCount: number;
  /** Errors counted but not listed. */
  errorsOmitted: number;
  coverage: Coverage;
};

/** SHA-256 of bytes as hex, through Web Crypto (Node 20+, browsers and workers). */
export async function sha256HexBytes(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function describeSource(s: ColumnSource): string {
  return s.kind === "header" ? `column "${s.header}"` : s.kind === "constant" ? `every row: ${s.value}` : "unknown";
}

/**
 * Assembles the report from what the pipeline read and decided; reads and decides nothing itself. Its `parts` are left
 * empty, to be filled in place with the set's lines made whole (expandCheckedParts) where they are needed: the API's
 * answer and the report files. The browser's worker sends them packed from the set (packCheckedPartSet) instead.
 */
export function buildPartsReport(
  dataset: Dataset,
  scenario: Scenario,
  sheet: SheetRows,
  read: Omit<PartLinesResult, "lines">,
  checked: CheckedPartSet,
  opts: { generatedAt: string; file: { sha256: string; bytes: number; name?: string | null }; warnings?: ParamIssue[] },
): PartsReport {
  const columns: Partial<Record<PartColumn, string>> = {};
  for (const [c, s] of Object.entries(read.sources) as [PartColumn, ColumnSource][]) columns[c] = describeSource(s);
  return {
    reportVersion: PARTS_REPORT_VERSION,
    title: `Parts list under rare-earth export controls: ${scenario.regimeName}`,
    generatedAt: opts.generatedAt,
    datasetVersion: dataset.meta.version,
    scenario,
    scenarioQuery: scenarioToQuery(scenario),
    warnings: [...(opts.warnings ?? []), ...read.warnings.map((message) => ({ param: "file", message }))],
    file: {
      name: opts.file.name ?? null,
      sha256: opts.file.sha256,
      bytes: opts.file.bytes,
      format: sheet.format,
      encoding: sheet.encoding,
      delimiter: sheet.delimiter,
      headerRow: sheet.headerRow,
      rows: read.dataRows,
      rowsWithErrors: read.rowsWithErrors,
      lines: sheet.lines,
      notes: sheet.notes,
    },
    columns,
    layout: read.layout,
    decimal: read.decimal,
    fileCurrency: read.fileCurrency,
    ratesUsed: read.ratesUsed,
    // Filled in place: an assignment keeps the key's place in the report's JSON.
    parts: [],
    summary: summarisePartSet(checked),
    errors: read.errors,
    errorCount: read.errorCount,
    errorsOmitted: read.errorCount - read.errors.length,
    coverage: PARTS_COVERAGE,
  };
}

/** "rare-earth-parts_breakdown_2026-11-25_3f2a9c1b.csv": the scenario, its date and the uploaded file's hash. */
export function partsReportFileName(report: Pick<PartsReport, "scenario" | "file">, ext: "csv" | "pdf" | "json" | "xlsx"): string {
  return `rare-earth-parts_${scenarioSlug(report.scenario)}_${report.file.sha256.slice(0, 8)}.${ext}`;
}
