import { REPORT_TABLES } from "./report-params";
import { writeXlsx } from "../xlsx/write-xlsx";
import type { ExposureReport } from "./build-report";
import { getReportTables } from "./report-tables";

/**
 * The report as an Excel workbook, one sheet per table (report, sectors, products, method, sources): the same columns
 * and figures as the CSV (report-tables.ts), numbers as number cells with percent and dollar formats, the header row
 * frozen. About 50–150 ms of CPU: the server makes it in the heavy-job pool.
 */
export function formatXlsxReport(r: ExposureReport, opts: { siteUrl?: string | null } = {}): Promise<Uint8Array> {
  const tables = getReportTables(r, opts);
  return writeXlsx(REPORT_TABLES.map((t) => tables[t]));
}
