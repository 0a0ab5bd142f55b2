import Papa from "papaparse";
import { PART_MAX_CELL_CHARS } from "./cell-limits";
import { PARTS_MAX_COLUMNS, PARTS_MAX_ROWS } from "./file-limits";
import { describeHeaderRow, findHeaderRow, HEADER_SCAN_ROWS } from "./find-header-row";
import type { CsvDelimiter, LineCounts, RowIssue, RowsResult, SheetRows } from "./sheet-rows";
import { formatInteger } from "../format/format-number";

export type { CsvDelimiter, RowsResult, SheetRows } from "./sheet-rows";

const CANDIDATES: CsvDelimiter[] = [",", ";", "\t"];

/** Counts of each delimiter outside quotes on each of the first lines (up to 64 KB): linear, and blind to quoted text. */
function countOutsideQuotes(text: string, maxLines: number): Record<CsvDelimiter, number[]> {
  const counts: Record<CsvDelimiter, number[]> = { ",": [0], ";": [0], "\t": [0] };
  let quoted = false;
  let lines = 0;
  const end = Math.min(text.length, 65536);
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 10) {
      lines += 1;
      if (lines >= maxLines) break;
      for (const d of CANDIDATES) counts[d].push(0);
    } else if (!quoted && (c === 44 || c === 59 || c === 9)) {
      const list = counts[c === 44 ? "," : c === 59 ? ";" : "\t"];
      list[list.length - 1] = (list[list.length - 1] ?? 0) + 1;
    }
  }
  return counts;
}

/**
 * Comma, semicolon or tab: the delimiter that splits the most of the first lines into the same number of fields
 * (ties: more fields). A title line above the header, or decimal commas in a semicolon file ("12,50"), do not fool
 * it: those lines disagree with each other, the semicolon lines agree.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = countOutsideQuotes(text, 12);
  let best: CsvDelimiter = ",";
  let bestScore = 0;
  for (const d of CANDIDATES) {
    // The most common non-zero count and how many lines have it; a last line without a break may be cut short.
    const tally = new Map<number, number>();
    for (const n of counts[d]) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [fields, lines] of tally) {
      const score = lines * 1000 + fields;
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
  }
  return best;
}

/** Physical lines of a text with LF line ends: a final line break ends the last line rather than starting another. */
export function countLines(text: string): number {
  return measureLines(text).count;
}

/** The physical lines of a text (as countLines) and the length of the longest, line break included. One pass. */
function measureLines(text: string): { count: number; longest: number } {
  if (text === "") return { count: 0, longest: 0 };
  let n = 0;
  let longest = 0;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    n += 1;
    if (i + 1 - start > longest) longest = i + 1 - start;
    start = i + 1;
  }
  if (text.length - start > longest) longest = text.length - start;
  return { count: n + (text.endsWith("\n") ? 0 : 1), longest };
}

/** True when a cell holds nothing but spaces and tabs (without making a trimmed copy of it). */
function isBlankText(c: string): boolean {
  for (let i = 0; i < c.length; i += 1) {
    const code = c.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 160) return false;
  }
  return true;
}

/** True when the text has CR characters and each one starts a CRLF pair, and every LF ends one. Linear. */
export function isAllCrlf(text: string): boolean {
  let cr = 0;
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return false;
    cr += 1;
  }
  if (cr === 0) return false;
  let lf = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lf += 1;
  return lf === cr;
}

/** Line breaks inside one record's cells: the physical lines it spans, beyond its first. */
function breaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) {
    for (let i = c.indexOf("\n"); i >= 0; i = c.indexOf("\n", i + 1)) n += 1;
  }
  return n;
}

const PEEK_LINES = 3;

/** The first physical lines a broken quote swallowed, split naively at the delimiter, each cut to a few cells' length. */
function peekLines(cell: string, delimiter: string): string[][] {
  const out: string[][] = [];
  let at = cell.indexOf("\n");
  while (at >= 0 && out.length < PEEK_LINES) {
    const next = cell.indexOf("\n", at + 1);
    const line = cell.slice(at + 1, Math.min(next < 0 ? cell.length : next, at + 1 + 4 * PART_MAX_CELL_CHARS));
    out.push(line.split(delimiter).map((c) => c.replace(/^"|"$/g, "").trim().replace(/^"|"$/g, "")));
    at = next;
  }
  return out;
}

/**
 * Reads CSV text into rows of cells with papaparse, in one pass over the parsed records, and accounts for every
 * physical line. The header is the first record naming known columns (title lines above it are skipped). Bounded: at
 * most PARTS_MAX_ROWS data rows and PARTS_MAX_COLUMNS columns (a longer or wider file is refused with a clear message
 * rather than read in part); a cell longer than PART_MAX_CELL_CHARS is emptied, with an error on its row. A quote
 * that is never closed, or not closed properly, makes its row unreadable: the row's error names the physical lines
 * the quote swallowed, which are not read as rows.
 */
export function readCsvRows(input: string, delimiter: CsvDelimiter | null = null): RowsResult {
  // One line ending throughout: papaparse takes the first one it sees for the whole file, so a file joined from CRLF
  // and LF parts would otherwise run rows together.
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // A file of CRLF line ends throughout (Excel's) is parsed as it is; any other use of CR is made LF first.
  const crlf = isAllCrlf(text);
  if (!crlf && text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: false, message: "The file is empty: it holds no rows." };
  const { count: total, longest } = measureLines(text);
  const d = delimiter ?? detectDelimiter(text);
  // After a final line break papaparse hands over one more, empty record that is no line of the file. `preview`
  // stops a file of far too many rows early; a few records are allowed for titles and blank lines.
  const body = crlf ? (text.endsWith("\r\n") ? text.slice(0, -2) : text) : text.endsWith("\n") ? text.slice(0, -1) : text;
  const preview = PARTS_MAX_ROWS + HEADER_SCAN_ROWS + 2;
  const parsed = Papa.parse<string[]>(body, { delimiter: d, newline: crlf ? "\r\n" : "\n", skipEmptyLines: false, preview });
  const records = parsed.data;
  const tooMany = `The file has more than ${formatInteger(PARTS_MAX_ROWS)} data rows; at most ${formatInteger(PARTS_MAX_ROWS)} are read. Split it.`;
  if (records.length >= preview && parsed.meta.truncated) return { ok: false, message: tooMany, tooLarge: true };

  const syntax = new Map<number, Papa.ParseError>();
  for (const e of parsed.errors) if (e.row !== undefined && !syntax.has(e.row)) syntax.set(e.row, e);

  for (let i = 0; i < records.length; i += 1) {
    const width = records[i]?.length ?? 0;
    if (width > PARTS_MAX_COLUMNS) return { ok: false, tooLarge: true, message: `Row ${i + 1} has ${formatInteger(width)} columns; at most ${PARTS_MAX_COLUMNS} are read.` };
  }
  const headerIndex = findHeaderRow(records.slice(0, HEADER_SCAN_ROWS));
  const headerCells = records[headerIndex] ?? [];
  const headers = headerCells.map((h) => (h.length > PART_MAX_CELL_CHARS ? h.slice(0, PART_MAX_CELL_CHARS) : h).trim());

  const lines: LineCounts = { total, aboveHeader: 0, header: 0, rows: 0, blank: 0, inQuotedCells: 0, swallowed: 0 };
  // Every record takes at least one line: as many records as lines means none spans two, and no cell need be searched
  // for line breaks (the common case, and a tenth of the time on a 100,000-row file).
  const multiLine = records.length !== total;
  // A cell of a one-line record is no longer than its line: with no line past the limit, no cell need be measured.
  const cellsFit = !multiLine && longest <= PART_MAX_CELL_CHARS;
  const rows: SheetRows["rows"] = [];
  const rowErrors: RowIssue[] = [];
  let blankRows = 0;
  let rowsUnread = 0;
  let line = 1;
  for (let i = 0; i < records.length; i += 1) {
    const cells = records[i] as string[];
    const row = i + 1;
    const extra = multiLine ? breaksIn(cells) : 0;
    const firstLine = line;
    line += extra + 1;
    const error = syntax.get(i);
    const broken = error !== undefined && (error.code === "MissingQuotes" || error.code === "InvalidQuotes");
    if (i < headerIndex) {
      lines.aboveHeader += extra + 1;
      continue;
    }
    if (i === headerIndex) {
      lines.header += 1;
      lines[broken ? "swallowed" : "inQuotedCells"] += extra;
      if (error) rowErrors.push({ row, cell: null, unread: true, message: `the header row: CSV syntax: ${error.message}` });
      continue;
    }
    let blank = true;
    for (const c of cells) {
      if (!isBlankText(c)) {
        blank = false;
        break;
      }
    }
    if (blank) {
      lines.blank += 1;
      lines[broken ? "swallowed" : "inQuotedCells"] += extra;
      blankRows += 1;
      continue;
    }
    if (rows.length + rowsUnread >= PARTS_MAX_ROWS) {
      return { ok: false, message: tooMany, tooLarge: true };
    }
    lines.rows += 1;
    if (broken) {
      rowsUnread += 1;
      const k = cells.findIndex((c) => c.includes("\n"));
      if (extra > 0 && k >= 0) {
        lines.swallowed += extra;
        const how = error.code === "MissingQuotes" ? "never-closed" : "not-closed-properly";
        rowErrors.push({
          row,
          cell: k,
          unread: true,
          message: "CSV syntax: a quote is not closed",
          swallowed: { from: firstLine + 1, to: firstLine + extra, how, firstLine, peek: peekLines(cells[k] ?? "", d) },
        });
      } else {
        rowErrors.push({ row, cell: null, unread: true, message: `CSV syntax: ${error.message} (a quote mark inside a cell is written twice: "")` });
      }
      continue;
    }
    lines.inQuotedCells += extra;
    if (error) rowErrors.push({ row, cell: null, message: `CSV syntax: ${error.message}` });
    for (let k = 0; !cellsFit && k < cells.length; k += 1) {
      const length = (cells[k] as string).length;
      if (length <= PART_MAX_CELL_CHARS) continue;
      rowErrors.push({ row, cell: k, message: `${formatInteger(length)} characters; a cell holds at most ${PART_MAX_CELL_CHARS}` });
      cells[k] = "";
    }
    rows.push({ row, cells });
  }
  if (headers.every((h) => h === "")) return { ok: false, message: "The file holds no header row." };
  const notes = describeHeaderRow(records, headerIndex);
  return {
    ok: true,
    value: {
      format: "csv",
      headers,
      headerRow: headerIndex + 1,
      rows,
      rowErrors,
      rowsUnread,
      blankRows,
      rowsAboveHeader: headerIndex,
      lines,
      delimiter: d,
      encoding: null,
      decimal: null,
      notes,
    },
  };
}
