// The rows of a parts-list file as text, whichever format it came in: the one shape the column matcher, the preview
// and the triage read. Plain types, free of any library, so the browser worker and the server share them.

export type CsvDelimiter = "," | ";" | "\t";

/**
 * Where each physical line of a CSV file went (a line ends at a line break; a final line break does not start another):
 * total = aboveHeader + header + rows + blank + inQuotedCells + swallowed, always. `rows` counts the first line of
 * each data row, `inQuotedCells` the further lines of rows whose quoted cells hold line breaks, `swallowed` the
 * further lines of rows with a broken quote (each named in that row's error), `aboveHeader` title lines above it.
 */
export type LineCounts = { total: number; aboveHeader: number; header: number; rows: number; blank: number; inQuotedCells: number; swallowed: number };

/**
 * A problem of one row. `cell` is the 0-based index of the cell at fault, or null for the row as a whole; readPartLines
 * names the column. `swallowed` is set when a quote that is never closed (or not closed properly) ran this row on over
 * later physical lines, which were therefore not read as rows: `peek` holds the first of them, split naively at the
 * delimiter, so that the error can name the parts they begin with.
 */
export type RowIssue = {
  row: number;
  cell: number | null;
  message: string;
  /** The row is not among the sheet's rows (it could not be read, or it is the header): reported on its own. */
  unread?: true;
  swallowed?: { from: number; to: number; how: "never-closed" | "not-closed-properly"; firstLine: number; peek: string[][] };
};

export type SheetRow = { row: number; cells: string[] };

export type SheetRows = {
  format: "csv" | "xlsx";
  headers: string[];
  /** The header's row number in the file (1 unless title rows sit above it). */
  headerRow: number;
  /**
   * Data rows after the header, blank ones and rows that cannot be read (a broken quote) left out; `row` counts
   * records from the top of the file, as a spreadsheet numbers its rows (a quoted cell with line breaks is one row).
   */
  rows: SheetRow[];
  /** Problems of single rows; rowsUnread of them kept the row out of `rows`. */
  rowErrors: RowIssue[];
  /** Rows with an error that could not be read at all (a broken quote or malformed quoting). */
  rowsUnread: number;
  /** Blank rows skipped (counted, so that row numbers stay those of the file). */
  blankRows: number;
  /** Rows above the header (a title, a date line), skipped. */
  rowsAboveHeader: number;
  /** CSV only: where every physical line went. */
  lines: LineCounts | null;
  delimiter: CsvDelimiter | null;
  /** The text encoding a CSV was read in ("utf-8", "windows-1252"…); null for XLSX. */
  encoding: string | null;
  /** The decimal separator the format implies: "." for typed XLSX numbers; null for CSV (read from the cells). */
  decimal: "." | null;
  notes: string[];
};

/** A refusal; `tooLarge` when the file is past a size bound (bytes, rows, columns, inflated XML): HTTP 413 on the API. */
export type RowsResult = { ok: true; value: SheetRows } | { ok: false; message: string; tooLarge?: true };
