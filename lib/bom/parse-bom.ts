import Papa from "papaparse";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import {
  BOM_COLUMNS,
  BOM_END_USES,
  BOM_FORMS,
  BOM_MADE_IN,
  BOM_MAX_CELL_CHARS,
  BOM_MAX_LISTED_ERRORS,
  BOM_REQUIRED_COLUMNS,
  type BomColumn,
  type BomEndUse,
  type BomForm,
  type BomMadeIn,
  type ColumnMapping,
  matchColumns,
  normaliseHeader,
} from "./bom-columns";
import type { BomElement, BomError, BomFileError, BomLineCounts, BomPart, BomRow } from "./bom-types";
import { isDecimalComma, isPlainDecimal, isThousandsGrouped, stripGrams, stripUsd } from "./read-number";

export type BomParseResult = {
  /** Set when the file as a whole cannot be read; rows, parts and row errors are then empty. */
  fileError: BomFileError | null;
  /** The header row as written (trimmed, byte-order mark removed). */
  headers: string[];
  /** The header each column was read from. */
  mapping: ColumnMapping;
  missingColumns: BomColumn[];
  delimiter: string;
  /** Data rows read: records after the header that are not blank. Each is either valid (in `rows`) or has an error. */
  dataRows: number;
  /** Data rows with at least one error: dataRows = rows.length + rowsWithErrors. */
  rowsWithErrors: number;
  /** Where every physical line of the file went; the parts add up to the total. */
  lines: BomLineCounts;
  /** The valid rows, in file order. */
  rows: BomRow[];
  /** Parts with at least one valid row, in order of first appearance. */
  parts: BomPart[];
  /** Row errors in file order, at most BOM_MAX_LISTED_ERRORS of them. */
  errors: BomError[];
  errorCount: number;
  errorsOmitted: number;
  /** Parts none of whose rows is valid: not computed, listed so that no part disappears unannounced. */
  unprocessedParts: { partId: string; errorRows: number[] }[];
};

// ---- cell readers: each returns the value, or a Bad holding the reason (allocated only for a bad cell) ----

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

class Bad {
  constructor(readonly message: string) {}
}

/** A plain decimal number; the slow path forgives a currency sign, a unit and thousands separators. Linear: see read-number. */
function readNumber(s: string, unit: "usd" | "g"): number | Bad {
  if (isPlainDecimal(s)) return Number(s);
  let t = unit === "usd" ? stripUsd(s) : stripGrams(s);
  if (isThousandsGrouped(t)) t = t.replaceAll(",", "");
  if (isPlainDecimal(t)) return Number(t);
  if (isDecimalComma(t)) return new Bad(`"${clip(s)}" has a decimal comma; write ${t.replace(",", ".")}`);
  return new Bad(`"${clip(s)}" is not a number`);
}

function readShare(s: string): number | Bad {
  if (s.endsWith("%")) {
    const t = s.slice(0, -1).trim();
    if (!isPlainDecimal(t)) return new Bad(`"${clip(s)}" is not a percentage`);
    const pct = Number(t);
    if (pct < 0 || pct > 100) return new Bad(`"${clip(s)}" is outside 0–100 %`);
    return pct / 100;
  }
  if (!isPlainDecimal(s)) {
    return new Bad(isDecimalComma(s) ? `"${clip(s)}" has a decimal comma; write ${s.replace(",", ".")}` : `"${clip(s)}" is not a share (0–1, or a percentage such as 85%)`);
  }
  const v = Number(s);
  if (v < 0) return new Bad(`"${clip(s)}" is below 0`);
  if (v > 1) return new Bad(`"${clip(s)}" is above 1: write a share as a fraction (0.85) or with a percent sign (85%)`);
  return v;
}

function readUnitValue(s: string): number | Bad {
  const n = readNumber(s, "usd");
  if (typeof n === "number" && !(n > 0 && Number.isFinite(n))) return new Bad(`"${clip(s)}" is not a positive value in US$`);
  return n;
}

function enumReader<T extends string>(allowed: readonly T[], what: string) {
  const byName = new Map<string, T>(allowed.map((v) => [v, v]));
  return (s: string): T | Bad => {
    // Exact spelling first: the common case costs one lookup and no new string.
    const hit = byName.get(s) ?? byName.get(s.toLowerCase()) ?? byName.get(s.toLowerCase().replace(/[\s-]+/g, "_"));
    return hit ?? new Bad(`"${clip(s)}" is not ${what}; expected one of ${allowed.join(", ")}`);
  };
}

const readForm = enumReader<BomForm>(BOM_FORMS, "a form");
const readEndUse = enumReader<BomEndUse>(BOM_END_USES, "an end use");
const readMadeIn = enumReader<BomMadeIn>(BOM_MADE_IN, "a place of manufacture");
const readText = (s: string): string => s;
const SYMBOL = new Map<string, ElementSymbol>(ELEMENT_SYMBOLS.flatMap((s) => [[s, s], [s.toLowerCase(), s]]));

function readSymbol(s: string): ElementSymbol | Bad {
  return SYMBOL.get(s) ?? SYMBOL.get(s.toLowerCase()) ?? new Bad(`"${clip(s)}" is not a rare-earth element symbol; expected one of ${ELEMENT_SYMBOLS.join(", ")}`);
}

// ---- the file ----

/** Comma unless the header line has more semicolons or tabs (spreadsheets in many locales save with ";"). */
function detectDelimiter(text: string): string {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  // The header line, or its first 64 KB: a file without line breaks is not scanned whole.
  const end = Math.min(text.length, 65536);
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 44) commas += 1;
    else if (c === 59) semicolons += 1;
    else if (c === 9) tabs += 1;
  }
  if (semicolons > commas && semicolons >= tabs) return ";";
  if (tabs > commas && tabs > semicolons) return "\t";
  return ",";
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const cleanHeader = (h: string) => stripBom(h).trim();

/** The header row alone, for the mapping step: parses only the first record of the text. */
export function readBomHeaders(text: string): string[] {
  const t = stripBom(text);
  const first = Papa.parse<string[]>(t, { header: false, delimiter: detectDelimiter(t), preview: 1 }).data[0] ?? [];
  return first.map(cleanHeader);
}

const NO_LINES: BomLineCounts = { total: 0, header: 0, rows: 0, blank: 0, inQuotedCells: 0, swallowed: 0 };

function emptyResult(fileError: BomFileError | null, partial: Partial<BomParseResult> = {}): BomParseResult {
  return {
    fileError,
    headers: [],
    mapping: {},
    missingColumns: [],
    delimiter: ",",
    dataRows: 0,
    rowsWithErrors: 0,
    lines: NO_LINES,
    rows: [],
    parts: [],
    errors: [],
    errorCount: 0,
    errorsOmitted: 0,
    unprocessedParts: [],
    ...partial,
  };
}

type Def<T> = { value: T; row: number };

type PartState = {
  partId: string;
  description?: Def<string>;
  unitValueUsd?: Def<number>;
  form?: Def<BomForm>;
  endUse?: Def<BomEndUse>;
  madeIn?: Def<BomMadeIn>;
  elements: BomElement[];
  rows: number[];
  errorRows: number[];
  /** Element → the first row that named it, for duplicates. */
  seen: Partial<Record<ElementSymbol, number>>;
};

/** Row errors in file order: all counted, the first BOM_MAX_LISTED_ERRORS kept. */
class ErrorSink {
  readonly errors: BomError[] = [];
  count = 0;
  add(row: number, column: BomColumn | null, message: string, swallowedLines?: BomError["swallowedLines"]): void {
    this.count += 1;
    if (this.errors.length < BOM_MAX_LISTED_ERRORS) this.errors.push(swallowedLines ? { row, column, message, swallowedLines } : { row, column, message });
  }
}

/** A cell, trimmed; null when it is longer than BOM_MAX_CELL_CHARS (its error is already reported). */
const cell = (cells: readonly string[], i: number, long: ReadonlySet<number> | null): string | null =>
  i < 0 ? "" : long?.has(i) ? null : (cells[i] ?? "").trim();

/** Line breaks (LF) in text[start, end): one indexOf per break, so a whole file costs one pass. */
function countLineBreaks(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", start); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) n += 1;
  return n;
}

/** Physical lines of a text: a final line break ends the last line rather than starting an empty one. */
export function countLines(text: string): number {
  if (text === "") return 0;
  return countLineBreaks(text, 0, text.length) + (text.endsWith("\n") ? 0 : 1);
}

/** "lines 5–7", "line 5". */
const lineRange = (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from}–${to}`);

/** Blank lines (and rows of empty cells, as spreadsheets write them) carry nothing and are skipped. */
function isBlank(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== "") return false;
  return true;
}

type PartKey = "description" | "unitValueUsd" | "form" | "endUse" | "madeIn";

/**
 * A part column: read the cell when given; the first valid value defines the part's, later rows must agree; a
 * blank cell takes the part's value (an empty description is allowed throughout).
 */
function partField<T extends string | number>(
  sink: ErrorSink,
  row: number,
  state: PartState | undefined,
  column: BomColumn,
  raw: string | null,
  read: (s: string) => T | Bad,
  key: PartKey,
): T | undefined {
  if (raw === null) return undefined;
  const def = state?.[key] as Def<T> | undefined;
  if (raw === "") {
    if (def) return def.value;
    if (column !== "description") {
      const earlier = state !== undefined && state.rows.length + state.errorRows.length > 0;
      sink.add(row, column, earlier && state ? `empty, and no earlier row of part ${clip(state.partId)} gives it` : "empty");
    }
    return undefined;
  }
  const v = read(raw);
  if (v instanceof Bad) {
    sink.add(row, column, v.message);
    return undefined;
  }
  if (def) {
    if (def.value !== v && state) sink.add(row, column, `"${clip(raw)}" differs from "${clip(String(def.value))}" on row ${def.row} for part ${clip(state.partId)}`);
  } else if (state) {
    (state as Record<PartKey, Def<T> | undefined>)[key] = { value: v, row };
  }
  return v;
}

/**
 * Reads a bill of materials: one row per part and element. Headers are matched case-insensitively, ignoring
 * spaces, punctuation and a byte-order mark, with common synonyms (see suggestColumnMapping); `mapping`
 * ({canonicalColumn: headerInFile}) overrides the match column by column. Comma, semicolon or tab delimited.
 *
 * Rows: every bad cell is an error naming its row (header = row 1, first data row = row 2), column and reason, and
 * a row with any error is left out; every other row is kept. A part is built from its valid rows; when some of its
 * rows were rejected it is still computed, flagged `incomplete`, with those rows in `errorRows` (so its status may
 * understate what the missing element rows would add). A part none of whose rows is valid is listed in
 * `unprocessedParts`. Blank lines are skipped but counted, so row numbers match the spreadsheet's.
 *
 * A part's columns (description, unit_value_usd, form, end_use, made_in) describe the part, not the element: a
 * later row may leave them blank and takes the part's value; a later row that gives a different value is a
 * conflict, reported on that later row. china_origin_share is per element (the Dy in a magnet may be Chinese and
 * the Nd not), so it may differ between a part's rows; it may be left blank for a part made in China, whose direct
 * route does not depend on it. The same part_id and element on two rows is a duplicate, reported on the later row.
 */
export function parseBom(input: string, mapping: ColumnMapping = {}): BomParseResult {
  // One line ending throughout: papaparse takes the first one it sees for the whole file, so a file joined from
  // CRLF and LF parts would otherwise run rows together.
  const text = stripBom(input).replace(/\r\n?/g, "\n");
  if (text.trim() === "") return emptyResult({ code: "empty", message: "The file is empty." });
  if (text.includes("\u0000")) {
    return emptyResult({ code: "binary", message: "The file is not a CSV text file (it holds binary data, e.g. an .xlsx workbook). Save it as CSV UTF-8." });
  }
  if (text.includes("\uFFFD")) {
    return emptyResult({
      code: "not-utf8",
      message: "The file holds U+FFFD replacement characters: it was probably not saved as UTF-8 and has been decoded with losses. Save it as CSV UTF-8.",
    });
  }

  const delimiter = detectDelimiter(text);
  const headers = readBomHeaders(text);

  const { index, unmatched } = matchColumns(headers, mapping);
  const resolved: ColumnMapping = {};
  for (const [c, i] of index) resolved[c] = headers[i];
  const missingColumns = BOM_REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missingColumns.length > 0 || unmatched.length > 0) {
    const notFound = unmatched.map((c) => `${c} is mapped to "${clip(mapping[c] ?? "")}", which is not a header of the file`);
    const missing = missingColumns.filter((c) => !unmatched.includes(c));
    const parts = [
      ...(missing.length > 0 ? [`missing required column${missing.length === 1 ? "" : "s"}: ${missing.join(", ")}`] : []),
      ...notFound,
    ];
    const found = headers.length === 0 ? "no header row" : `the header row has ${headers.slice(0, 12).map((h) => `"${clip(h)}"`).join(", ")}${headers.length > 12 ? ", …" : ""}`;
    const hint =
      headers.length <= 1
        ? " It has a single column: is it a comma-separated file with a header row?"
        : " Rename the headers or map them to the columns.";
    return emptyResult(
      { code: "missing-columns", message: `The file cannot be read: ${parts.join("; ")} (${found}).${hint} Expected columns: ${BOM_COLUMNS.join(", ")}.` },
      { headers, mapping: resolved, missingColumns: [...new Set([...missingColumns, ...unmatched])], delimiter },
    );
  }

  const sink = new ErrorSink();

  // Two headers that both read as one column: the first is used, and the file says so.
  for (const [c, i] of index) {
    const name = normaliseHeader(headers[i] ?? "");
    const j = headers.findIndex((h, k) => k !== i && normaliseHeader(h) === name);
    if (j > i) sink.add(1, c, `the header "${clip(headers[i] ?? "")}" appears twice (columns ${i + 1} and ${j + 1}); column ${i + 1} is read`);
  }

  const at = (c: BomColumn) => index.get(c) ?? -1;
  const iPart = at("part_id");
  const iDesc = at("description");
  const iValue = at("unit_value_usd");
  const iElement = at("element");
  const iGrams = at("grams_per_unit");
  const iForm = at("form");
  const iShare = at("china_origin_share");
  const iEndUse = at("end_use");
  const iMadeIn = at("made_in");

  const columnOf = new Map<number, BomColumn>([...index].map(([c, i]) => [i, c]));
  const states = new Map<string, PartState>();
  const rows: BomRow[] = [];
  let dataRows = 0;
  let rowsWithErrors = 0;
  let row = 0;
  const lines: BomLineCounts = { total: countLines(text), header: 0, rows: 0, blank: 0, inQuotedCells: 0, swallowed: 0 };

  /** The part a row belongs to, created on its first row; undefined when the part id is empty or too long. */
  const partOf = (partId: string | null): PartState | undefined => {
    if (partId === null || partId === "") return undefined;
    let state = states.get(partId);
    if (!state) {
      // A plain object rather than a Map per part: tens of thousands of parts make Maps the main garbage.
      state = { partId, elements: [], rows: [], errorRows: [], seen: {} };
      states.set(partId, state);
    }
    return state;
  };

  /**
   * A row whose quote is never closed (or not closed properly) and so ran on over later lines: one error naming the
   * lines it swallowed and the parts those lines begin with, so none of them vanishes unannounced. Its cells after
   * the quote are not read: they are the swallowed lines, not this row's values.
   */
  const reportSwallowed = (cells: readonly string[], codes: readonly string[], start: number, firstLine: number, lastLine: number) => {
    // The cell the quote opened: the one that holds the swallowed line breaks.
    const k = cells.findIndex((c) => c.includes("\n"));
    const column = columnOf.get(k) ?? null;
    const where = column ?? (k >= 0 ? `column ${k + 1}` : "");
    // The part ids the swallowed lines start with, read naively (split at the delimiter), the first few only.
    const named: string[] = [];
    let at = text.indexOf("\n", start);
    for (let n = 0; n < 3 && at >= 0 && firstLine + n < lastLine; n += 1) {
      const next = text.indexOf("\n", at + 1);
      const line = text.slice(at + 1, Math.min(next < 0 ? text.length : next, at + 1 + 4 * BOM_MAX_CELL_CHARS));
      const id = (line.split(delimiter)[Math.max(iPart, 0)] ?? "").replace(/^"|"$/g, "").trim();
      if (id !== "") named.push(clip(id));
      at = next;
    }
    const swallowed = lastLine - firstLine;
    const one = swallowed === 1;
    const parts = named.length === 0 ? "" : `, which begin${one ? "s" : ""} with ${named.join(", ")}${swallowed > named.length ? ", …" : ""}`;
    const how = codes.includes("MissingQuotes") ? "is never closed" : "is not closed properly (a quote inside a quoted cell is written twice: \"\")";
    const message =
      `CSV syntax: the quoted ${where}${where ? " " : ""}cell that opens on line ${firstLine} ${how}, so ${lineRange(firstLine + 1, lastLine)} ` +
      `(${swallowed.toLocaleString("en-US")} line${one ? "" : "s"}${parts}) ${one ? "was" : "were"} read into it and not checked. ` +
      `Remove the stray quote or close it.`;
    sink.add(row, column, message, { from: firstLine + 1, to: lastLine });
    lines.swallowed += swallowed;
    if (iPart >= 0 && iPart < k) {
      const id = cell(cells, iPart, null) ?? "";
      if (id.length <= BOM_MAX_CELL_CHARS) partOf(id)?.errorRows.push(row);
    }
  };

  /**
   * One record, as papaparse hands it over, with the physical lines it spans. Rows are taken one at a time
   * (papaparse's step mode) rather than as one array of arrays, so each row's cells die young: with 100,000 rows
   * that halves the time spent collecting garbage.
   */
  const readRow = (cells: readonly string[], syntax: readonly Papa.ParseError[], start: number, firstLine: number, lastLine: number) => {
    row += 1;
    const broken = syntax.length > 0 && lastLine > firstLine;
    if (row === 1) {
      lines.header += 1;
      lines[broken ? "swallowed" : "inQuotedCells"] += lastLine - firstLine;
      if (syntax[0]) sink.add(1, null, `CSV syntax: ${syntax[0].message}`);
      return;
    }
    if (isBlank(cells)) {
      lines.blank += 1;
      lines[broken ? "swallowed" : "inQuotedCells"] += lastLine - firstLine;
      return;
    }
    dataRows += 1;
    lines.rows += 1;
    if (broken) {
      rowsWithErrors += 1;
      reportSwallowed(cells, syntax.map((e) => e.code), start, firstLine, lastLine);
      return;
    }
    lines.inQuotedCells += lastLine - firstLine;
    const errorsBefore = sink.count;
    if (syntax[0]) sink.add(row, null, `CSV syntax: ${syntax[0].message}`);

    // Cells past the limit are errors of their own and are not read further.
    let long: Set<number> | null = null;
    for (let i = 0; i < cells.length; i += 1) {
      const length = cells[i]?.length ?? 0;
      if (length <= BOM_MAX_CELL_CHARS) continue;
      (long ??= new Set()).add(i);
      const column = columnOf.get(i) ?? null;
      sink.add(row, column, `${column === null ? `column ${i + 1} holds ` : ""}${length.toLocaleString("en-US")} characters; a cell holds at most ${BOM_MAX_CELL_CHARS}`);
    }

    const partId = cell(cells, iPart, long);
    if (partId === "") sink.add(row, "part_id", "empty: every row needs the part it belongs to");
    const state = partOf(partId);

    const description = partField(sink, row, state, "description", cell(cells, iDesc, long), readText, "description");
    const unitValueUsd = partField(sink, row, state, "unit_value_usd", cell(cells, iValue, long), readUnitValue, "unitValueUsd");
    const form = partField(sink, row, state, "form", cell(cells, iForm, long), readForm, "form");
    const endUse = partField(sink, row, state, "end_use", cell(cells, iEndUse, long), readEndUse, "endUse");
    const madeIn = partField(sink, row, state, "made_in", cell(cells, iMadeIn, long), readMadeIn, "madeIn");

    let symbol: ElementSymbol | undefined;
    const rawSymbol = cell(cells, iElement, long);
    if (rawSymbol === "") sink.add(row, "element", "empty: give the rare-earth element's symbol (e.g. Dy)");
    else if (rawSymbol !== null) {
      const v = readSymbol(rawSymbol);
      if (v instanceof Bad) sink.add(row, "element", v.message);
      else symbol = v;
    }

    let grams: number | undefined;
    const rawGrams = cell(cells, iGrams, long);
    if (rawGrams === "") sink.add(row, "grams_per_unit", `empty: give the grams of ${symbol ?? "the element"} per unit (0 if none)`);
    else if (rawGrams !== null) {
      const v = readNumber(rawGrams, "g");
      if (v instanceof Bad) sink.add(row, "grams_per_unit", v.message);
      else if (!(v >= 0 && Number.isFinite(v))) sink.add(row, "grams_per_unit", `"${clip(rawGrams)}" is negative`);
      else grams = v;
    }

    let share: number | null | undefined;
    const rawShare = cell(cells, iShare, long);
    if (rawShare === "") {
      if (madeIn === "china") share = null;
      else if (madeIn === "abroad") {
        sink.add(row, "china_origin_share", "empty: a part made abroad needs the China-origin share of its element (0–1, or a percentage such as 85%)");
      }
    } else if (rawShare !== null) {
      const v = readShare(rawShare);
      if (v instanceof Bad) sink.add(row, "china_origin_share", v.message);
      else share = v;
    }

    if (state && symbol) {
      const first = state.seen[symbol];
      if (first !== undefined) sink.add(row, "element", `duplicate: part ${clip(state.partId)} already has a ${symbol} row (row ${first})`);
      else state.seen[symbol] = row;
    }

    if (
      sink.count !== errorsBefore || !state || symbol === undefined || grams === undefined || share === undefined ||
      unitValueUsd === undefined || form === undefined || endUse === undefined || madeIn === undefined
    ) {
      rowsWithErrors += 1;
      state?.errorRows.push(row);
      return;
    }
    state.elements.push({ symbol, grams, chinaOriginShare: share });
    state.rows.push(row);
    rows.push({ row, partId: state.partId, description: description ?? "", unitValueUsd, symbol, grams, form, chinaOriginShare: share, endUse, madeIn });
  };

  // Each record spans text[start, cursor): papaparse reports where it ended, so its lines are counted from there.
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const start = cursor;
      cursor = result.meta.cursor;
      // After a final line break papaparse hands over one more, empty record that is no line of the file.
      if (start >= text.length) return;
      const breaks = countLineBreaks(text, start, cursor);
      const inside = text.charCodeAt(cursor - 1) === 10 ? breaks - 1 : breaks;
      readRow(result.data, result.errors, start, line, line + inside);
      line += breaks;
    },
  });

  if (dataRows === 0) {
    return emptyResult(
      { code: "no-rows", message: "The file has a header row but no data rows." },
      { headers, mapping: resolved, delimiter, lines },
    );
  }

  const parts: BomPart[] = [];
  const unprocessedParts: BomParseResult["unprocessedParts"] = [];
  for (const s of states.values()) {
    if (s.elements.length === 0) {
      unprocessedParts.push({ partId: s.partId, errorRows: s.errorRows });
      continue;
    }
    // A part with a valid row has every required part column defined: the row could not be valid otherwise.
    parts.push({
      partId: s.partId,
      description: s.description?.value ?? "",
      unitValueUsd: s.unitValueUsd?.value ?? Number.NaN,
      form: s.form?.value ?? "other",
      endUse: s.endUse?.value ?? "civil",
      madeIn: s.madeIn?.value ?? "china",
      elements: s.elements,
      rows: s.rows,
      incomplete: s.errorRows.length > 0,
      errorRows: s.errorRows,
    });
  }

  return {
    fileError: null,
    headers,
    mapping: resolved,
    missingColumns: [],
    delimiter,
    dataRows,
    rowsWithErrors,
    lines,
    rows,
    parts,
    errors: sink.errors,
    errorCount: sink.count,
    errorsOmitted: sink.count - sink.errors.length,
    unprocessedParts,
  };
}
