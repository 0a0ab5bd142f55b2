import Papa from "papaparse";
import type { CsvDelimiter } from "./report-params";
import type { XlsxColumn, XlsxSheet } from "../xlsx/xlsx-sheet";

/** Text starting with = + - @ tab or CR gets a leading apostrophe, so no spreadsheet runs it (as formatCsvBlock). */
const FORMULA = /^[=+\-@\t\r]/;

const SEPARATOR: Record<CsvDelimiter, string> = { comma: ",", semicolon: ";" };

function cellText(value: string | number | null, delimiter: CsvDelimiter): string {
  if (value === null) return "";
  if (typeof value === "number") {
    const n = String(value);
    // A locale whose list separator is ";" writes decimals with a comma; numbers are never guarded (they are no formula).
    return delimiter === "semicolon" ? n.replace(".", ",") : n;
  }
  return FORMULA.test(value) ? `'${value}` : value;
}

/**
 * A sheet spec (lib/xlsx) as one RFC 4180 table with CRLF line ends: its headers, then each row's values as the
 * columns give them (round them first). `semicolon` separates cells with ";" and writes decimal commas.
 */
export function formatCsvTable(sheet: XlsxSheet<unknown>, delimiter: CsvDelimiter = "comma"): string {
  const columns = sheet.columns as readonly XlsxColumn<unknown>[];
  return Papa.unparse(
    { fields: columns.map((c) => c.header), data: sheet.rows.map((row) => columns.map((c) => cellText(c.value(row), delimiter))) },
    { delimiter: SEPARATOR[delimiter], newline: "\r\n", quotes: false, escapeFormulae: false },
  );
}
