import Papa from "papaparse";

export type CsvCell = string | number | null;

/**
 * Cells starting with = + - @ tab or CR get a leading apostrophe so no spreadsheet runs them. papaparse's own
 * pattern ends in `.*$` without the s flag, which lets a cell holding a line break through: hence this one.
 */
const FORMULA = /^[=+\-@\t\r]/;

/** One RFC 4180 table with CRLF line ends; numbers stay numbers (only text is guarded). */
export function formatCsvBlock(header: string[], rows: CsvCell[][]): string {
  return Papa.unparse({ fields: header, data: rows.map((r) => r.map((c) => (c === null ? "" : c))) }, {
    escapeFormulae: FORMULA,
    newline: "\r\n",
    quotes: false,
  });
}
