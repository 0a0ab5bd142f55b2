import Papa from "papaparse";
import { PARTS_MAX_COLUMNS, PARTS_MAX_ROWS } from "./file-limits";

export type CsvDelimiter = "," | ";" | "\t";

/** The rows of a file as text, whichever format it came in: the one shape the column matcher and triage read. */
export type SheetRows = {
  format: "csv" | "xlsx";
  headers: string[];
  /** Data rows after the header, blank ones left out; `row` counts the header as row 1, as spreadsheets do. */
  rows: { row: number; cells: string[] }[];
  /** Problems of single rows (bad quoting, too many columns): the row is still read where it can be. */
  rowErrors: { row: number; message: string }[];
  /** Blank rows skipped (counted, so that row numbers stay those of the file). */
  blankRows: number;
  delimiter: CsvDelimiter | null;
  /** The text encoding a CSV was read in ("utf-8", "windows-1252"…); null for XLSX. */
  encoding: string | null;
  /** The decimal separator the format implies: "." for typed XLSX numbers; null for CSV (read from the cells). */
  decimal: "." | null;
  notes: string[];
};

export type RowsResult = { ok: true; value: SheetRows } | { ok: false; message: string };

const CANDIDATES: CsvDelimiter[] = [",", ";", "\t"];

/** Counts of each delimiter outside quotes on the first lines (up to 64 KB): linear, and blind to quoted text. */
function countOutsideQuotes(text: string, maxLines: number): Record<CsvDelimiter, number[]> {
  const counts: Record<CsvDelimiter, number[]> = { ",": [0], ";": [0], "\t": [0] };
  let quoted = false;
  let lines = 0;
  const end = Math.min(text.length, 65536);
  for (let i = 0; i < end; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "\n") {
      lines += 1;
      if (lines >= maxLines) break;
      for (const d of CANDIDATES) counts[d].push(0);
    } else if (!quoted && (c === "," || c === ";" || c === "\t")) {
      const list = counts[c];
      list[list.length - 1] = (list[list.length - 1] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Comma, semicolon or tab: the delimiter that splits the header line and splits the next lines into as many
 * fields. A semicolon file with decimal commas ("12,50") keeps its semicolons: the header has no comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = countOutsideQuotes(text, 10);
  let best: CsvDelimiter = ",";
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const [header = 0, ...rest] = counts[d];
    if (header === 0) continue;
    const body = rest.filter((_, i) => i < rest.length - 1 || rest.length === 1);
    const consistent = body.filter((n) => n === header).length;
    const score = consistent * 1000 + header;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * What papaparse reports for a row, in words. Kept in one place: quote handling (a stray quote that would swallow
 * the rest of the file) is being hardened for the BOM parser, and its fix is meant to be carried over here.
 */
function describeParseError(e: Papa.ParseError): string {
  if (e.code === "MissingQuotes") return "a quoted cell is not closed: a stray quote mark runs the rest of the row (or more) together";
  if (e.code === "InvalidQuotes") return "a quote mark inside an unquoted cell";
  if (e.code === "TooManyFields" || e.code === "TooFewFields") return e.message;
  return e.message;
}

/**
 * Reads CSV text into rows of cells with papaparse, one row at a time. Bounded: at most PARTS_MAX_ROWS data rows and
 * PARTS_MAX_COLUMNS columns; a longer file is refused with a clear message rather than read in part.
 */
export function readCsvRows(input: string, delimiter: CsvDelimiter | null = null): RowsResult {
  // One line ending throughout: papaparse takes the first it sees for the whole file;
  // and no empty row after the last line break.
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, "\n").replace(/\n$/, "");
  if (text.trim() === "") return { ok: false, message: "The file holds no rows." };
  const d = delimiter ?? detectDelimiter(text);
  let headers: string[] | null = null;
  const rows: SheetRows["rows"] = [];
  const rowErrors: SheetRows["rowErrors"] = [];
  let blankRows = 0;
  let row = 0;
  let failure: string | null = null;
  Papa.parse<string[]>(text, {
    delimiter: d,
    skipEmptyLines: false,
    step: (result, parser) => {
      row += 1;
      const cells = result.data;
      const errors = result.errors.map(describeParseError);
      if (cells.length > PARTS_MAX_COLUMNS) {
        failure = `Row ${row} has ${cells.length} columns; at most ${PARTS_MAX_COLUMNS} are read.`;
        parser.abort();
        return;
      }
      if (headers === null) {
        headers = cells.map((h) => h.trim());
        for (const e of errors) rowErrors.push({ row, message: `header: ${e}` });
        return;
      }
      if (cells.every((c) => c.trim() === "")) {
        blankRows += 1;
        return;
      }
      if (rows.length >= PARTS_MAX_ROWS) {
        failure = `The file has more than ${PARTS_MAX_ROWS.toLocaleString("en-US")} data rows; at most ${PARTS_MAX_ROWS.toLocaleString("en-US")} are read. Split it.`;
        parser.abort();
        return;
      }
      for (const e of errors) rowErrors.push({ row, message: e });
      rows.push({ row, cells });
    },
  });
  if (failure !== null) return { ok: false, message: failure };
  const h: string[] = headers ?? [];
  if (h.length === 0) return { ok: false, message: "The file holds no header row." };
  return { ok: true, value: { format: "csv", headers: h, rows, rowErrors, blankRows, delimiter: d, encoding: null, decimal: null, notes: [] } };
}
