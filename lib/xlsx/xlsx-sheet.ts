/**
 * A sheet described as a table: a name, typed columns and rows. writeXlsx (write-xlsx.ts) turns a list of them into a
 * workbook. Plain data, no I/O: the same specs run on the server and in a browser worker.
 *
 * Cell types and the number format each gets unless the column gives its own `format` (Excel format codes):
 *   text     a text cell, never a formula (however it starts: "=1+1" stays the text "=1+1")
 *   integer  a number, "#,##0"
 *   number   a number, General (as many digits as it has)
 *   percent  a fraction shown as a percentage, "0.00%" (0.1143 shows 11.43%)
 *   usd      US dollars, "$"#,##0 (give `format: USD_CENTS` for cents)
 *   date     "YYYY-MM-DD" text written as a date cell, "yyyy-mm-dd"
 * A null value is an empty cell; a number that is not finite, or a date that is not YYYY-MM-DD, is an error (thrown):
 * a report never holds a cell it cannot stand behind.
 */

export type XlsxCellType = "text" | "integer" | "number" | "percent" | "usd" | "date";
export type XlsxValue = string | number | null;

export type XlsxColumn<Row> = {
  /** The header cell (row 1, bold, frozen). */
  header: string;
  /** The cell type, for the whole column or per row (a field/value sheet whose values differ in kind). */
  type: XlsxCellType | ((row: Row) => XlsxCellType);
  value: (row: Row) => XlsxValue;
  /** An Excel number format code, replacing the type's default. */
  format?: string;
  /** Width in characters; by default fitted to the header and the longest value, between 6 and `maxWidth`. */
  width?: number;
  /** Widest a fitted column gets (default 60); longer text wraps when `wrap` is set. */
  maxWidth?: number;
  /** Wrap long text within the column's width. */
  wrap?: boolean;
  /** Horizontal alignment; by default Excel's (text left, numbers right). */
  align?: "left" | "center" | "right";
};

export type XlsxSheet<Row = never> = {
  /** 1–31 characters, none of : \ / ? * [ ] (Excel's rules); unique in a workbook. */
  name: string;
  columns: readonly XlsxColumn<Row>[];
  rows: readonly Row[];
  /** Columns kept in view when scrolling sideways (the header row is always frozen). Default 0. */
  frozenColumns?: number;
};

/** The media type of an .xlsx file. */
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const USD_WHOLE = '"$"#,##0';
export const USD_CENTS = '"$"#,##0.00';

export const DEFAULT_FORMATS: Record<XlsxCellType, string | undefined> = {
  text: undefined,
  integer: "#,##0",
  number: undefined,
  percent: "0.00%",
  usd: USD_WHOLE,
  date: "yyyy-mm-dd",
};

/** Longest text a cell holds (Excel's limit); longer text is cut and ends in "…". */
export const XLSX_MAX_CELL_CHARS = 32_767;

/**
 * Declares a sheet with its row type inferred from `rows`, so each column's `value` is checked against it; the result
 * goes into the list writeXlsx takes, whatever its row type.
 */
export function defineSheet<Row>(sheet: XlsxSheet<Row>): XlsxSheet<unknown> {
  return sheet as unknown as XlsxSheet<unknown>;
}
