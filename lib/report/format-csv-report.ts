import { strToU8, type Zippable, zipSync } from "fflate";
import Papa from "papaparse";
import { type CsvDelimiter, REPORT_TABLES, type ReportTable } from "./report-params";
import { type ExposureReport, reportFileName } from "./build-report";
import { formatCsvTable } from "./csv-table";
import { getReportTables } from "./report-tables";

export type CsvReportOptions = { delimiter?: CsvDelimiter; siteUrl?: string | null };

// A byte-order mark makes spreadsheet programs read the file as UTF-8 rather than a legacy code page.
const BOM = "\uFEFF";

/**
 * The report as one RFC 4180 file in five blocks separated by an empty line: report, sectors, products, method,
 * sources (report-tables.ts). Figures rounded to meaningful precision (report-precision.ts).
 */
export function formatCsvReport(r: ExposureReport, opts: CsvReportOptions = {}): string {
  const tables = getReportTables(r, { siteUrl: opts.siteUrl });
  return `${BOM}${REPORT_TABLES.map((t) => formatCsvTable(tables[t], opts.delimiter)).join("\r\n\r\n")}\r\n`;
}

/** One of the report's tables as a CSV file of its own. */
export function formatCsvReportTable(r: ExposureReport, table: ReportTable, opts: CsvReportOptions = {}): string {
  return `${BOM}${formatCsvTable(getReportTables(r, { siteUrl: opts.siteUrl })[table], opts.delimiter)}\r\n`;
}

/**
 * A ZIP archive of the five tables, one CSV file each, named after the report (…_sectors.csv). Each entry carries the
 * report's generation time, so two archives of one report are byte-identical.
 */
export function formatCsvReportZip(r: ExposureReport, opts: CsvReportOptions = {}): Uint8Array {
  const tables = getReportTables(r, { siteUrl: opts.siteUrl });
  const mtime = new Date(r.generatedAt);
  const files: Zippable = {};
  for (const t of REPORT_TABLES) files[reportFileName(r, "csv", t)] = [strToU8(`${BOM}${formatCsvTable(tables[t], opts.delimiter)}\r\n`), { mtime }];
  return zipSync(files, { level: 6 });
}

/** Splits a report CSV back into its blocks, each parsed with its header: for tests and for users' scripts. */
export function parseCsvReport(text: string, delimiter: CsvDelimiter = "comma"): Record<string, string>[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n\r\n/)
    .filter((b) => b.trim() !== "")
    .map((b) => Papa.parse<Record<string, string>>(b, { header: true, skipEmptyLines: true, delimiter: delimiter === "semicolon" ? ";" : "," }).data);
}
