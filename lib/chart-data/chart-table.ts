import { formatInteger, formatPct, formatUsdCompact } from "../format/format-number";
import { formatPartialDate } from "../format/format-date";

/** How a column's values print in the table; the CSV always holds the raw value. */
export type ChartColumnFormat = "text" | "pct" | "usd" | "int" | "date";

export type ChartColumn = {
  /** Stable machine name (snake_case). */
  key: string;
  /** Header as a reader sees it, unit included: "Exposure (%)". */
  label: string;
  format: ChartColumnFormat;
};

/** A number, a text, or null for a gap (never zero). */
export type ChartCell = string | number | null;

/**
 * A chart's figures as a plain table: what its Table tab shows and its "Download data" writes. Computed by a pure
 * function per chart (lib/chart-data), never inside a component.
 */
export type ChartTable = {
  columns: ChartColumn[];
  rows: ChartCell[][];
  /** One stable key per row (a sector id, an element symbol…), for test ids and React keys. */
  rowKeys: string[];
};

/** A cell as the table prints it: "23.45 %", "$1.4B", "4 Apr 2025", "—" for a gap. */
export function formatChartCell(value: ChartCell, format: ChartColumnFormat): string {
  if (value === null || value === "") return "—";
  if (typeof value === "string") return format === "date" ? formatPartialDate(value) : value;
  switch (format) {
    case "pct":
      return formatPct(value);
    case "usd":
      return formatUsdCompact(value);
    case "int":
      return formatInteger(value);
    default:
      return String(value);
  }
}

/** Checks the shape: one key per row, one cell per column. Thrown at build time in tests, never at a reader. */
export function checkChartTable(t: ChartTable): string[] {
  const problems: string[] = [];
  if (t.rowKeys.length !== t.rows.length) problems.push(`${t.rowKeys.length} row keys for ${t.rows.length} rows`);
  if (new Set(t.rowKeys).size !== t.rowKeys.length) problems.push("row keys repeat");
  if (new Set(t.columns.map((c) => c.key)).size !== t.columns.length) problems.push("column keys repeat");
  t.rows.forEach((r, i) => {
    if (r.length !== t.columns.length) problems.push(`row ${i} has ${r.length} cells for ${t.columns.length} columns`);
  });
  return problems;
}
