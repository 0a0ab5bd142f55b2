import type { Scenario } from "../engine/scenario";
import type { ParamIssue } from "../scenario/scenario-params";
import type { Dataset } from "../schemas/dataset";
import { buildPartsReport, type PartsReport, sha256HexBytes } from "./build-parts-report";
import type { PartMappingInput } from "./part-columns";
import { createPartsContext } from "./parts-context";
import { lookupTablesOf, type PartsTables } from "./parts-tables";
import { readPartLineSet } from "./read-part-lines";
import { type ReadPartsOptions, readPartsFile } from "./read-parts-file";
import type { SheetRows } from "./sheet-rows";
import { type CheckedPartSet, expandCheckedParts, triagePartLineSet } from "./triage-parts";

export type CheckOptions = {
  mapping?: PartMappingInput;
  fileCurrency?: string | null;
  generatedAt: string;
  fileName?: string | null;
  warnings?: ParamIssue[];
  read?: ReadPartsOptions;
  /** Called as the check goes: a percentage and what is being done. */
  onProgress?: (pct: number, stage: string) => void;
};

/** Milliseconds each stage took: for the benchmark, and the page's "checked in". */
export type CheckTimings = { readMs: number; linesMs: number; triageMs: number; reportMs: number; totalMs: number };

export type CheckResult = { ok: true; report: PartsReport; sheet: SheetRows; timings: CheckTimings } | { ok: false; message: string; tooLarge?: true };

/** As CheckResult, with the report's `parts` left empty and the checked lines as a set (CheckedPartSet). */
export type CheckSetResult = { ok: true; report: PartsReport; checked: CheckedPartSet; sheet: SheetRows; timings: CheckTimings } | { ok: false; message: string; tooLarge?: true };

/**
 * The one parts-list pipeline, for the browser worker and the API alike: bytes → rows (CSV or XLSX) → lines (columns
 * matched, cells read, values converted, lines classified, content estimated) → an action per line by the rules
 * kernel → the report, its every line listed in `parts`.
 */
export async function checkPartsFile(bytes: Uint8Array, dataset: Dataset, tables: PartsTables, scenario: Scenario, options: CheckOptions): Promise<CheckResult> {
  const result = await checkPartsFileSet(bytes, dataset, tables, scenario, options);
  if (!result.ok) return result;
  const t = performance.now();
  const { report, checked, sheet, timings } = result;
  report.parts = expandCheckedParts(checked);
  const ms = performance.now() - t;
  return { ok: true, report, sheet, timings: { ...timings, reportMs: timings.reportMs + ms, totalMs: timings.totalMs + ms } };
}

/**
 * checkPartsFile with the checked lines kept as a set: a line that repeats an earlier one in every cell but its part
 * number is kept as that line's checked line, its row and number, not as an object of its own (the browser's worker
 * packs them for the page from the set; the report's `parts` are empty).
 */
export async function checkPartsFileSet(bytes: Uint8Array, dataset: Dataset, tables: PartsTables, scenario: Scenario, options: CheckOptions): Promise<CheckSetResult> {
  const progress = options.onProgress ?? (() => undefined);
  const t0 = performance.now();
  progress(5, "Reading the file");
  // The file's hash for the report, started first: Node hashes on its thread pool while the file is read (Chromium's
  // worker hashes at the call, so there it costs the same either way). A refused file leaves the promise unawaited:
  // its failure is caught here, and met again where it is awaited.
  const hashing = sha256HexBytes(bytes);
  hashing.catch(() => undefined);
  const sheet = await readPartsFile(bytes, options.read);
  if (!sheet.ok) return sheet;
  const t1 = performance.now();
  progress(35, "Reading every row");
  const read = readPartLineSet(sheet.value, {
    mapping: options.mapping,
    fileCurrency: options.fileCurrency ?? null,
    controlItems: tables.controlCodes.items,
    fxRates: tables.fxRates,
    composition: tables.composition,
  });
  const t2 = performance.now();
  progress(65, "Deciding each line");
  const ctx = createPartsContext(dataset, scenario, lookupTablesOf(dataset, tables));
  const n = read.read.length;
  const checked = triagePartLineSet(read, ctx, (done) => progress(65 + Math.round((25 * done) / Math.max(1, n)), "Deciding each line"));
  const t3 = performance.now();
  progress(92, "Preparing the report");
  const sha256 = await hashing;
  const report = buildPartsReport(dataset, scenario, sheet.value, read, checked, {
    generatedAt: options.generatedAt,
    file: { sha256, bytes: bytes.length, name: options.fileName ?? null },
    warnings: options.warnings,
  });
  const t4 = performance.now();
  return { ok: true, report, checked, sheet: sheet.value, timings: { readMs: t1 - t0, linesMs: t2 - t1, triageMs: t3 - t2, reportMs: t4 - t3, totalMs: t4 - t0 } };
}
