import type { Scenario } from "../engine/scenario";
import type { ParamIssue } from "../scenario/scenario-params";
import { scenarioSlug, scenarioToQuery } from "../scenario/scenario-query";
import type { Dataset } from "../schemas/dataset";
import type { ColumnMapping } from "./bom-columns";
import { type BomSummary, summariseParts } from "./bom-summary";
import type { BomError, BomLineCounts } from "./bom-types";
import { determineParts, type PartResult } from "./determine-parts";
import type { BomParseResult } from "./parse-bom";

export const BOM_REPORT_VERSION = "1.0";

/** A checked bill of materials, in every format: the API's JSON answer and the CSV and PDF reports' content. */
export type BomReport = {
  reportVersion: typeof BOM_REPORT_VERSION;
  title: string;
  generatedAt: string;
  datasetVersion: string;
  scenario: Scenario;
  /** Query string that reproduces the scenario on the page, in /api/exposure and in /api/bom. */
  scenarioQuery: string;
  /** Parameters of the request read other than as written, or ignored: the API's `warnings`. */
  warnings: ParamIssue[];
  /**
   * The uploaded file: SHA-256 of its bytes, its size, the data rows read (blank lines not counted), how many of
   * them have an error (rows = valid rows + rowsWithErrors), and where each physical line went (they add up).
   */
  file: { sha256: string; bytes: number; rows: number; rowsWithErrors: number; lines: BomLineCounts; name: string | null };
  /** The header each column was read from. */
  columns: ColumnMapping;
  parts: PartResult[];
  summary: BomSummary;
  errors: BomError[];
  errorCount: number;
  /** Errors counted but not listed (past BOM_MAX_LISTED_ERRORS). */
  errorsOmitted: number;
  /** Parts none of whose rows is valid, so not computed. */
  unprocessedParts: { partId: string; errorRows: number[] }[];
};

/** SHA-256 of bytes as hex, through Web Crypto (Node 20+, browsers and workers). */
export async function sha256HexBytes(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Parses nothing and reads nothing: determines the parsed parts under the scenario and assembles the report. */
export function buildBomReport(
  dataset: Dataset,
  scenario: Scenario,
  parsed: BomParseResult,
  opts: { generatedAt: string; file: { sha256: string; bytes: number; name?: string | null }; warnings?: ParamIssue[] },
): BomReport {
  const parts = determineParts(dataset, scenario, parsed.parts);
  return {
    reportVersion: BOM_REPORT_VERSION,
    title: `Bill of materials under rare-earth export controls: ${scenario.regimeName}`,
    generatedAt: opts.generatedAt,
    datasetVersion: dataset.meta.version,
    scenario,
    scenarioQuery: scenarioToQuery(scenario),
    warnings: opts.warnings ?? [],
    file: {
      sha256: opts.file.sha256,
      bytes: opts.file.bytes,
      rows: parsed.dataRows,
      rowsWithErrors: parsed.rowsWithErrors,
      lines: parsed.lines,
      name: opts.file.name ?? null,
    },
    columns: parsed.mapping,
    parts,
    summary: summariseParts(parts),
    errors: parsed.errors,
    errorCount: parsed.errorCount,
    errorsOmitted: parsed.errorsOmitted,
    unprocessedParts: parsed.unprocessedParts,
  };
}

/** "rare-earth-bom_breakdown_2026-11-25_3f2a9c1b.csv": the scenario, its date and the uploaded file's hash. */
export function bomReportFileName(report: Pick<BomReport, "scenario" | "file">, ext: "csv" | "pdf" | "json"): string {
  return `rare-earth-bom_${scenarioSlug(report.scenario)}_${report.file.sha256.slice(0, 8)}.${ext}`;
}
