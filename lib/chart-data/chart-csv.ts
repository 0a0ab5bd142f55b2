import { formatCsvBlock } from "../report/csv-block";
import type { ChartTable } from "./chart-table";

/**
 * The chart's figures as an RFC 4180 CSV, UTF-8 with a byte-order mark (so a spreadsheet reads the accents), headed
 * by the column labels; numbers at full precision, gaps empty, and no cell that a spreadsheet would run as a formula.
 */
export function formatChartCsv(table: ChartTable): string {
  return `\uFEFF${formatCsvBlock(table.columns.map((c) => c.label), table.rows)}\r\n`;
}
