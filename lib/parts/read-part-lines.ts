// From rows of text to parts-list lines: every cell read by its reader, every bad cell an error naming its row and
// column, every line classified and its content estimated where the record allows. The triage (triage-parts.ts)
// decides an action per line with the rules kernel; the browser worker and the API share this step.
//
// Speed: a 100,000-row list is read in the browser. Cells repeat (countries, currencies, descriptions, codes), so
// every reader is memoised on the raw text, and a line's classification and content estimate on what decides them.
import type { ElementSymbol } from "../schemas/constants";
import type { ControlItem } from "../schemas/control-codes";
import type { FxRatesFile } from "../schemas/fx-rates";
import type { TypicalCompositionFile } from "../schemas/typical-composition";
import { isUnknownMarker } from "./cell-limits";
import { classifyLine } from "./classify-line";
import { convertToUsd } from "./convert-currency";
import { type ContentEstimate, estimateContent } from "./estimate-content";
import type { LineClassification } from "./line-types";
import { type ColumnSource, matchPartColumns, PART_COLUMNS, type PartColumn, type PartMappingInput } from "./part-columns";
import { type CountryReading, readCountry } from "./read-country";
import { readCurrency, readMoney } from "./read-currency";
import { readElement } from "./read-element";
import { type EndUse, readEndUse } from "./read-end-use";
import { type DecimalSeparator, detectDecimalSeparator, readLocaleNumber, readQuantity, readShare } from "./read-number";
import type { RowIssue, SheetRows } from "./sheet-rows";
import { formatInteger } from "../format/format-number";

export type Money = { amount: number; currency: string; usd: number; rate: string };

export type GivenElement = { element: ElementSymbol; grams: number | null; row: number };

export type PartLine = {
  /** The line's first row (the sheet's row number); a part given as several element rows has them all in `rows`. */
  row: number;
  rows: number[];
  partId: string;
  /** True when the file gives no part number for the line: "row 12" stands in. */
  partIdFromRow: boolean;
  description: string;
  hsCode: string | null;
  supplier: string | null;
  supplierCountry: CountryReading | null;
  originCountry: CountryReading | null;
  destination: CountryReading | null;
  unitValue: Money | null;
  quantity: number | null;
  /** Elements the file names for the part (one row per part and element), with grams per unit where given. */
  givenElements: GivenElement[];
  netMassG: number | null;
  chinaOriginShare: number | null;
  endUse: EndUse | null;
  typeColumn: string | null;
  /** Columns whose value is "not known": mapped as unknown, or a cell that says so ("?", "n/a", "unbekannt"). */
  unknown: PartColumn[];
  /** Columns whose cell could not be read on this line (each one an error): their value is not known either. */
  invalid: PartColumn[];
  /** Rows of this line with an error (of its own rows, or a broken row that began with its part number). */
  errorRows: number[];
  /** Where the rows of one part disagree on a part column ("description: row 2 "Steel bolt", row 3 "NdFeB magnet""). */
  rowConflicts: string[];
  classification: LineClassification;
  content: ContentEstimate;
};

export type CellError = {
  row: number;
  column: PartColumn | null;
  message: string;
  /** Physical lines a broken quote on this row ran over, which were not read as rows (CSV only). */
  swallowedLines?: { from: number; to: number };
};

export type PartLinesResult = {
  lines: PartLine[];
  /** In row order, at most MAX_LISTED_ERRORS; errorCount counts them all. */
  errors: CellError[];
  errorCount: number;
  /** Data rows with at least one error: errors are counted by rows as well as listed. */
  rowsWithErrors: number;
  /** Data rows read (blank ones not counted), including rows that could not be read. */
  dataRows: number;
  sources: Partial<Record<PartColumn, ColumnSource>>;
  /** The decimal separator numbers were read with, and why. */
  decimal: { separator: DecimalSeparator | null; from: "file-format" | "cells" | "delimiter" | "none" };
  /** The file's currency for values that name none, and where it came from. */
  fileCurrency: { code: string; from: "mapping" | "header" } | null;
  /** Each rate used, as the result states it. */
  ratesUsed: { currency: string; text: string; series: string; confidence: string; sourceIds: string[] }[];
  /** One row per part and element (grouped by part number), or one row per part. */
  layout: "part-per-row" | "element-per-row";
  warnings: string[];
};

export type PartLineOptions = {
  mapping?: PartMappingInput;
  /** The file's currency, for values that name none (the mapping step's choice). */
  fileCurrency?: string | null;
  controlItems: readonly Pick<ControlItem, "codes" | "elements">[];
  fxRates: Pick<FxRatesFile, "rates" | "meta">;
  composition: Pick<TypicalCompositionFile, "compositions" | "magnetPrices" | "magnetMasses" | "meta">;
};

/** Errors listed in full; the rest are counted. A file of garbage would otherwise produce millions of them. */
export const MAX_LISTED_ERRORS = 1000;
/** Distinct raw values a memoised reader remembers; past it, values are read each time (still correct). */
const MEMO_LIMIT = 50_000;

/** Rows the row memo remembers at most, and rows of one fingerprint (bounded, so that no file makes it quadratic). */
const ROW_MEMO_LIMIT = 20_000;
const ROW_BUCKET = 8;

/** A row read without an error, and the index of its line among the lines read in full. */
type RememberedRow = { cells: readonly string[]; line: number };

/**
 * The lines of a sheet as read: the lines read cell by cell, and the later rows that repeat one of them in every read
 * cell but the part number (a long list holds a few hundred kinds of part), each kept as the line it repeats, its row
 * and its part number rather than as a line object of its own. A 100,000-row list is then a few hundred line objects,
 * not 100,000 (their allocation and garbage collection were most of reading the lines in the browser's worker).
 */
export type PartLineSet = Omit<PartLinesResult, "lines"> & {
  /** The lines read cell by cell, in row order. */
  read: PartLine[];
  /** Every line in row order: k ≥ 0 is read[k]; k < 0 is copy ~k (the bitwise not). */
  order: Int32Array;
  /** Copy c repeats read[of[c]] on row row[c] with part number partId[c]. */
  copies: { of: Int32Array; row: Int32Array; partId: string[] };
};

/**
 * A cheap fingerprint of a row's key cells (length, first, middle and last character of each): equal cells give equal
 * prints, and rows of one print are told apart by comparing their cells. Hashing every cell's text instead cost
 * more than reading it. Kept to 30 bits, a small integer for the map.
 */
function fingerprintCells(cells: readonly string[], keys: readonly number[]): number {
  let h = keys.length;
  for (const k of keys) {
    const c = cells[k] ?? "";
    const n = c.length;
    h = (Math.imul(h, 31) + n) | 0;
    if (n > 0) h = (Math.imul(h, 65599) + c.charCodeAt(0) * 961 + c.charCodeAt(n >> 1) * 31 + c.charCodeAt(n - 1)) | 0;
  }
  return h & 0x3fffffff;
}

function sameCells(a: readonly string[], b: readonly string[], keys: readonly number[]): boolean {
  for (const k of keys) if ((a[k] ?? "") !== (b[k] ?? "")) return false;
  return true;
}

type Read<T> = { ok: true; value: T } | { ok: false; error: string };

function memo<T>(read: (s: string) => Read<T>): (s: string) => Read<T> {
  const seen = new Map<string, Read<T>>();
  return (s) => {
    let r = seen.get(s);
    if (r === undefined) {
      r = read(s);
      if (seen.size < MEMO_LIMIT) seen.set(s, r);
    }
    return r;
  };
}

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);
const lineRange = (from: number, to: number) => (from === to ? `line ${from}` : `lines ${from}–${to}`);

/** Part-level columns: on a part given as several element rows, later rows may leave them blank, and must agree. */
const PART_FIELDS = ["description", "hs_code", "supplier", "supplier_country", "origin_country", "unit_value", "currency", "quantity", "part_type", "net_mass", "end_use", "destination"] as const;

/** Shared empty lists for the lines that have nothing in them: replaced, never pushed to. */
const NONE_COLUMNS: PartColumn[] = Object.freeze([]) as unknown as PartColumn[];
const NONE_GIVEN: GivenElement[] = Object.freeze([]) as unknown as GivenElement[];
const NONE_ROWS: number[] = Object.freeze([]) as unknown as number[];
const NONE_STRINGS: string[] = Object.freeze([]) as unknown as string[];

/** Reads the cells of one row at a time: what a column says, whether it is "not known", and its errors. */
class RowReader {
  row = 0;
  cells: readonly string[] = [];
  unknown: PartColumn[] = NONE_COLUMNS;
  invalid: PartColumn[] = NONE_COLUMNS;
  hasError = false;

  constructor(
    private readonly src: Partial<Record<PartColumn, ColumnSource>>,
    private readonly errors: Errors,
  ) {}

  start(row: number, cells: readonly string[]): void {
    this.row = row;
    this.cells = cells;
    this.unknown = NONE_COLUMNS;
    this.invalid = NONE_COLUMNS;
    this.hasError = false;
  }

  fail(column: PartColumn | null, message: string): void {
    this.errors.add({ row: this.row, column, message });
    this.hasError = true;
    if (column !== null && !this.invalid.includes(column)) this.invalid = [...this.invalid, column];
  }

  /** The cell's text for a column, a constant, or null when absent or not known. */
  cell(c: PartColumn): string | null {
    const s = this.src[c];
    if (!s) return null;
    if (s.kind === "unknown") {
      this.unknown = [...this.unknown, c];
      return null;
    }
    const raw = s.kind === "constant" ? s.value : (this.cells[s.index] ?? "");
    if (raw === "") return null;
    // Trimmed only when it needs to be: most cells do not, and trim() would copy each one.
    const first = raw.charCodeAt(0);
    const last = raw.charCodeAt(raw.length - 1);
    const v = first <= 32 || last <= 32 || first === 160 || last === 160 ? raw.trim() : raw;
    if (v === "") return null;
    if (isUnknownMarker(v)) {
      this.unknown = [...this.unknown, c];
      return null;
    }
    return v;
  }

  read<T>(c: PartColumn, reader: (s: string) => Read<T>): T | null {
    const v = this.cell(c);
    if (v === null) return null;
    const r = reader(v);
    if (!r.ok) {
      this.fail(c, r.error);
      return null;
    }
    return r.value;
  }
}

class Errors {
  readonly list: CellError[] = [];
  count = 0;
  readonly rows = new Set<number>();
  add(e: CellError): void {
    this.count += 1;
    this.rows.add(e.row);
    if (this.list.length < MAX_LISTED_ERRORS) this.list.push(e);
  }
}

/**
 * Reads the lines of a sheet. One row per part (elements optional), or one row per part and element when an element
 * column is mapped: then the rows of a part number make one line, its elements with their grams. A cell that cannot
 * be read is an error naming its row and column, and its value is not known on the line (listed in `invalid`): the
 * line is still checked with what is known, never dropped. A line without a part number is named after its row.
 */
export function readPartLines(sheet: SheetRows, options: PartLineOptions): PartLinesResult {
  const { read, order, copies, ...rest } = readPartLineSet(sheet, options);
  return { ...rest, lines: expandPartLines({ read, order, copies }) };
}

/** Every line of a set in row order, a copy as a line of its own: the first line's readings, its own row and number. */
export function expandPartLines({ read, order, copies }: Pick<PartLineSet, "read" | "order" | "copies">): PartLine[] {
  const lines: PartLine[] = new Array(order.length);
  for (let i = 0; i < order.length; i += 1) {
    const k = order[i] as number;
    if (k >= 0) {
      lines[i] = read[k] as PartLine;
      continue;
    }
    const first = read[copies.of[~k] as number] as PartLine;
    const row = copies.row[~k] as number;
    lines[i] = {
      row,
      rows: [row],
      partId: copies.partId[~k] as string,
      partIdFromRow: false,
      description: first.description,
      hsCode: first.hsCode,
      supplier: first.supplier,
      supplierCountry: first.supplierCountry,
      originCountry: first.originCountry,
      destination: first.destination,
      unitValue: first.unitValue,
      quantity: first.quantity,
      givenElements: NONE_GIVEN,
      netMassG: first.netMassG,
      chinaOriginShare: first.chinaOriginShare,
      endUse: first.endUse,
      typeColumn: first.typeColumn,
      unknown: first.unknown,
      invalid: NONE_COLUMNS,
      errorRows: NONE_ROWS,
      rowConflicts: NONE_STRINGS,
      classification: first.classification,
      content: first.content,
    };
  }
  return lines;
}

/** As readPartLines, with the rows that repeat an earlier line kept as copies of it (PartLineSet). */
export function readPartLineSet(sheet: SheetRows, options: PartLineOptions): PartLineSet {
  const match = matchPartColumns(sheet.headers, options.mapping);
  const errors = new Errors();
  const warnings = [...match.warnings];
  for (const c of match.unmatched) errors.add({ row: sheet.headerRow, column: c, message: `mapped to "${clip(String(options.mapping?.[c] ?? ""))}", which is not a header of the file` });
  const src = match.sources;
  const columnOfCell = new Map<number, PartColumn>();
  for (const c of PART_COLUMNS) {
    const s = src[c];
    if (s?.kind === "header") columnOfCell.set(s.index, c);
  }
  const headerName = (k: number) => sheet.headers[k] ?? "";

  // Decimal separator: typed XLSX numbers use "."; in CSV, what the number cells show; else the delimiter's convention
  // (a semicolon file writes decimal commas).
  let decimal: PartLinesResult["decimal"] = { separator: null, from: "none" };
  if (sheet.decimal) decimal = { separator: sheet.decimal, from: "file-format" };
  else {
    const numeric = (["unit_value", "grams_per_unit", "quantity", "net_mass"] as const).flatMap((c) => {
      const s = src[c];
      return s?.kind === "header" ? [s.index] : [];
    });
    function* cells() {
      for (let i = 0; i < sheet.rows.length && i < 2000; i += 1) for (const k of numeric) yield sheet.rows[i]?.cells[k] ?? "";
    }
    const seen = detectDecimalSeparator(cells());
    if (seen) decimal = { separator: seen, from: "cells" };
    else if (sheet.delimiter === ";") decimal = { separator: ",", from: "delimiter" };
    else if (sheet.delimiter === ",") decimal = { separator: ".", from: "delimiter" };
  }
  const d = decimal.separator;
  const mappedCurrency = options.fileCurrency ? readCurrency(options.fileCurrency) : null;
  if (mappedCurrency && !mappedCurrency.ok) errors.add({ row: sheet.headerRow, column: "currency", message: `the file's currency: ${mappedCurrency.error}` });
  const fileCurrency: PartLinesResult["fileCurrency"] =
    mappedCurrency?.ok ? { code: mappedCurrency.code, from: "mapping" } : match.headerCurrency ? { code: match.headerCurrency, from: "header" } : null;

  const rates = new Map<string, PartLinesResult["ratesUsed"][number]>();
  const readCountryMemo = memo((s) => readCountry(s));
  const readCurrencyMemo = memo((s): Read<string> => {
    const r = readCurrency(s);
    return r.ok ? { ok: true, value: r.code } : r;
  });
  const moneyReaders = new Map<string | null, (s: string) => Read<Money>>();
  const moneyReader = (currency: string | null) => {
    let r = moneyReaders.get(currency);
    if (!r) {
      r = memo((s): Read<Money> => {
        const money = readMoney(s, d, currency);
        if (!money.ok) return { ok: false, error: money.error };
        if (!(money.amount > 0)) return { ok: false, error: `"${clip(s)}" is not a positive value` };
        const usd = convertToUsd(money.amount, money.currency, options.fxRates);
        if (!usd.ok) return { ok: false, error: usd.error };
        if (!rates.has(money.currency)) {
          rates.set(money.currency, { currency: money.currency, text: usd.rate.text, series: usd.rate.series, confidence: usd.rate.confidence, sourceIds: usd.rate.sourceIds });
        }
        return { ok: true, value: { amount: money.amount, currency: money.currency, usd: usd.usd, rate: usd.rate.text } };
      });
      moneyReaders.set(currency, r);
    }
    return r;
  };
  const massInKg = (c: PartColumn) => {
    const s = src[c];
    return s?.kind === "header" && /\bkg\b/i.test(s.header);
  };
  const readMass = (what: string, kg: boolean) =>
    memo((s): Read<number> => {
      const unit = /\s*(kg|g)$/i.exec(s);
      const r = readLocaleNumber(unit ? s.slice(0, unit.index) : s, d);
      if (!r.ok) return r;
      if (r.value < 0) return { ok: false, error: `"${clip(s)}" is negative: ${what} is 0 or more` };
      const inKg = unit ? unit[1]?.toLowerCase() === "kg" : kg;
      return { ok: true, value: inKg ? r.value * 1000 : r.value };
    });
  const readGrams = readMass("a mass", massInKg("grams_per_unit"));
  const readNetMass = readMass("a mass", massInKg("net_mass"));
  const readQuantityMemo = memo((s) => readQuantity(s, d));
  const readShareMemo = memo((s) => readShare(s, d));
  const readElementMemo = memo(readElement);
  const readEndUseMemo = memo(readEndUse);

  const grouped = src.element !== undefined && src.element.kind !== "unknown";
  const lines: PartLine[] = [];
  const byPart = new Map<string, PartLine>();
  /** For a grouped part: the raw cell each part column took first, and its row, to report disagreements. */
  const firstRaw = new Map<PartLine, Partial<Record<PartColumn, { raw: string; row: number }>>>();

  const issuesByRow = new Map<number, RowIssue[]>();
  for (const issue of sheet.rowErrors) {
    if (issue.unread) continue;
    const list = issuesByRow.get(issue.row);
    if (list) list.push(issue);
    else issuesByRow.set(issue.row, [issue]);
  }

  // One reader for every row, its state reset per row: no closures or arrays are made for a row that has nothing to
  // report (100,000 rows made millions of short-lived objects).
  const rr = new RowReader(src, errors);
  // Rows that repeat every read cell but the part number (a long list holds a few hundred kinds of part) are read
  // once: a later row with the same cells takes the first one's readings (identical: every reader is pure), and its
  // classification, content estimate and decision. Only rows that read without an error are remembered, so a row taken
  // from one has no error to report. The key is the raw text of every cell a column reads; a part given as several
  // element rows is read row by row.
  const keyCells = grouped ? [] : [...new Set(PART_COLUMNS.flatMap((c) => (c !== "part_id" && src[c]?.kind === "header" ? [(src[c] as { index: number }).index] : [])))];
  const remembered = new Map<number, RememberedRow[]>();
  let rememberedCount = 0;
  // Sized for the most lines the sheet can give: one per row.
  const order = new Int32Array(sheet.rows.length);
  const copyOf = new Int32Array(sheet.rows.length);
  const copyRow = new Int32Array(sheet.rows.length);
  const copyPartId: string[] = [];
  let count = 0;
  for (const { row, cells } of sheet.rows) {
    rr.start(row, cells);
    const issues = issuesByRow.get(row);
    if (issues) {
      for (const issue of issues) {
        const column = issue.cell === null ? null : (columnOfCell.get(issue.cell) ?? null);
        const where = issue.cell !== null && column === null ? `column ${issue.cell + 1}${headerName(issue.cell) ? ` ("${clip(headerName(issue.cell))}")` : ""}: ` : "";
        rr.fail(column, `${where}${issue.message}`);
      }
    }
    let partId = rr.cell("part_id");
    const partIdFromRow = partId === null;
    if (partId === null) {
      if (src.part_id && src.part_id.kind === "header" && !rr.unknown.includes("part_id")) rr.fail("part_id", `empty: no part number; the line is named "row ${row}"`);
      partId = `row ${row}`;
    }
    // Rows with this row's fingerprint, and the first line read from the same cells, if any.
    let print = -1;
    let first: number | undefined;
    if (!grouped && issues === undefined && !partIdFromRow && rr.unknown.length === 0) {
      print = fingerprintCells(cells, keyCells);
      const bucket = remembered.get(print);
      if (bucket) {
        for (const r of bucket) {
          if (sameCells(r.cells, cells, keyCells)) {
            first = r.line;
            break;
          }
        }
      }
      if (first !== undefined) {
        order[count] = ~copyPartId.length;
        copyOf[copyPartId.length] = first;
        copyRow[copyPartId.length] = row;
        copyPartId.push(partId);
        count += 1;
        continue;
      }
    }
    let currency = fileCurrency?.code ?? null;
    const currencyCode = rr.read("currency", readCurrencyMemo);
    if (currencyCode !== null) currency = currencyCode;
    const unitValue = rr.read("unit_value", moneyReader(currency));

    let element: ElementSymbol | null = null;
    let grams: number | null = null;
    if (grouped) {
      element = rr.read("element", readElementMemo);
      grams = rr.read("grams_per_unit", readGrams);
      if (grams !== null && element === null && !rr.invalid.includes("element")) rr.fail("grams_per_unit", "grams without an element: name the element on the same row");
    }

    const description = rr.cell("description") ?? "";
    const hsCode = rr.cell("hs_code");
    const supplier = rr.cell("supplier");
    const supplierCountry = rr.read("supplier_country", readCountryMemo);
    const originCountry = rr.read("origin_country", readCountryMemo);
    const destination = rr.read("destination", readCountryMemo);
    const quantity = rr.read("quantity", readQuantityMemo);
    const netMassG = rr.read("net_mass", readNetMass);
    const chinaOriginShare = rr.read("china_origin_share", readShareMemo);
    const endUse = rr.read("end_use", readEndUseMemo);
    const typeColumn = rr.cell("part_type");

    const existing = grouped && !partIdFromRow ? byPart.get(partId) : undefined;
    if (existing) {
      // A further row of a part: part columns left blank take the part's value; a different value is reported here.
      const first = firstRaw.get(existing) ?? {};
      for (const c of PART_FIELDS) {
        const s = src[c];
        if (s?.kind !== "header") continue;
        const raw = (cells[s.index] ?? "").trim();
        const had = first[c];
        if (raw === "" || rr.invalid.includes(c)) continue;
        if (!had) first[c] = { raw, row };
        else if (had.raw !== raw) {
          rr.fail(c, `"${clip(raw)}" differs from "${clip(had.raw)}" on row ${had.row} for part ${clip(partId)}; row ${had.row}'s is used`);
          existing.rowConflicts = [...existing.rowConflicts, `${c.replaceAll("_", " ")}: row ${had.row} "${clip(had.raw)}", row ${row} "${clip(raw)}"`];
        }
      }
      firstRaw.set(existing, first);
      existing.rows = [...existing.rows, row];
      if (element !== null) {
        const dup = existing.givenElements.find((g) => g.element === element);
        if (dup) rr.fail("element", `duplicate: part ${clip(partId)} already has a ${element} row (row ${dup.row})`);
        else existing.givenElements = [...existing.givenElements, { element, grams, row }];
      }
      // What the first row did not know, a later row may give.
      if (existing.unitValue === null && unitValue !== null) existing.unitValue = unitValue;
      if (rr.invalid.length > 0) existing.invalid = [...new Set([...existing.invalid, ...rr.invalid])];
      if (rr.hasError) existing.errorRows = [...existing.errorRows, row];
      continue;
    }

    const line: PartLine = {
      row,
      rows: [row],
      partId,
      partIdFromRow,
      description,
      hsCode,
      supplier,
      supplierCountry,
      originCountry,
      destination,
      unitValue,
      quantity,
      givenElements: element !== null ? [{ element, grams, row }] : NONE_GIVEN,
      netMassG,
      chinaOriginShare,
      endUse,
      typeColumn,
      unknown: rr.unknown,
      invalid: rr.invalid,
      errorRows: rr.hasError ? [row] : NONE_ROWS,
      rowConflicts: NONE_STRINGS,
      // Filled in below, once the part's rows are all read.
      classification: undefined as unknown as LineClassification,
      content: undefined as unknown as ContentEstimate,
    };
    const index = lines.length;
    lines.push(line);
    order[count] = index;
    count += 1;
    if (print >= 0 && !rr.hasError && rememberedCount < ROW_MEMO_LIMIT) {
      // Counted when stored: rows turned away by a full bucket do not use up the memo's limit.
      const bucket = remembered.get(print);
      if (!bucket) {
        remembered.set(print, [{ cells, line: index }]);
        rememberedCount += 1;
      } else if (bucket.length < ROW_BUCKET) {
        bucket.push({ cells, line: index });
        rememberedCount += 1;
      }
    }
    if (grouped && !partIdFromRow) {
      byPart.set(partId, line);
      const first: Partial<Record<PartColumn, { raw: string; row: number }>> = {};
      for (const c of PART_FIELDS) {
        const s = src[c];
        if (s?.kind !== "header") continue;
        const raw = (cells[s.index] ?? "").trim();
        if (raw !== "" && !rr.invalid.includes(c)) first[c] = { raw, row };
      }
      firstRaw.set(line, first);
    }
  }
  if (!grouped && src.grams_per_unit && src.grams_per_unit.kind !== "unknown") {
    warnings.push("A grams column without an element column is not read: grams are per element. Map the element column, or leave grams out.");
  }

  // Classification and content estimate: memoised on what decides them, in nested maps (no key string per line).
  const classified = new Map<string, Map<string, Map<string, LineClassification>>>();
  const estimated = new Map<LineClassification, Map<string | number, ContentEstimate>>();
  let memoised = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as PartLine;
    let byHs = classified.get(line.description);
    if (!byHs) {
      byHs = new Map();
      classified.set(line.description, byHs);
    }
    let byType = byHs.get(line.hsCode ?? "");
    if (!byType) {
      byType = new Map();
      byHs.set(line.hsCode ?? "", byType);
    }
    let c = byType.get(line.typeColumn ?? "");
    if (!c) {
      c = classifyLine({ description: line.description, hsCode: line.hsCode, typeColumn: line.typeColumn }, options.controlItems);
      if (memoised < MEMO_LIMIT) {
        byType.set(line.typeColumn ?? "", c);
        memoised += 1;
      }
    }
    line.classification = c;
    // The content depends on the classification, the value (magnet mass from value), the net mass and given grams.
    const given = line.givenElements.length === 0 ? null : line.givenElements.filter((g) => g.grams !== null);
    const usd = line.unitValue?.usd ?? null;
    const contentKey: string | number =
      line.netMassG === null && (given === null || given.length === 0) ? (usd ?? -1) : `${usd}|${line.netMassG}|${given?.map((g) => `${g.element}${g.grams}`).join(",") ?? ""}`;
    let byContent = estimated.get(c);
    if (!byContent) {
      byContent = new Map();
      estimated.set(c, byContent);
    }
    let e = byContent.get(contentKey);
    if (!e) {
      const gramsByElement = given && given.length > 0 ? Object.fromEntries(given.map((g) => [g.element, g.grams as number])) : null;
      e = estimateContent({ classification: c, unitValueUsd: usd, netMassG: line.netMassG, gramsByElement }, options.composition);
      if (memoised < MEMO_LIMIT * 2) {
        byContent.set(contentKey, e);
        memoised += 1;
      }
    }
    line.content = e;
  }

  // Rows a broken quote made unreadable: one error each, naming the lines swallowed and the parts they begin with.
  const idColumn = src.part_id?.kind === "header" ? src.part_id.index : -1;
  for (const issue of sheet.rowErrors) {
    const sw = issue.swallowed;
    if (!sw) continue;
    const column = issue.cell === null ? null : (columnOfCell.get(issue.cell) ?? null);
    const where = column ?? (issue.cell !== null ? `column ${issue.cell + 1}` : "");
    const named = idColumn >= 0 ? sw.peek.map((cells) => clip(cells[idColumn] ?? "")).filter((id) => id !== "") : [];
    const count = sw.to - sw.from + 1;
    const one = count === 1;
    const parts = named.length === 0 ? "" : `, which begin${one ? "s" : ""} with ${named.join(", ")}${count > named.length ? ", …" : ""}`;
    const how = sw.how === "never-closed" ? "is never closed" : 'is not closed properly (a quote inside a quoted cell is written twice: "")';
    errors.add({
      row: issue.row,
      column,
      message:
        `CSV syntax: the quoted ${where}${where ? " " : ""}cell that opens on line ${sw.firstLine} ${how}, so ${lineRange(sw.from, sw.to)} ` +
        `(${formatInteger(count)} line${one ? "" : "s"}${parts}) ${one ? "was" : "were"} read into it and not checked. Remove the stray quote or close it.`,
      swallowedLines: { from: sw.from, to: sw.to },
    });
  }
  for (const issue of sheet.rowErrors) {
    // A row unreadable for malformed quoting without swallowing lines, or a problem of the header: reported as it is.
    if (issue.unread && !issue.swallowed) errors.add({ row: issue.row, column: null, message: issue.message });
  }

  errors.list.sort((a, b) => a.row - b.row);
  return {
    read: lines,
    order: order.subarray(0, count),
    copies: { of: copyOf.subarray(0, copyPartId.length), row: copyRow.subarray(0, copyPartId.length), partId: copyPartId },
    errors: errors.list,
    errorCount: errors.count,
    rowsWithErrors: errors.rows.size - (errors.rows.has(sheet.headerRow) ? 1 : 0),
    dataRows: sheet.rows.length + sheet.rowsUnread,
    sources: src,
    decimal,
    fileCurrency,
    ratesUsed: [...rates.values()],
    layout: grouped ? "element-per-row" : "part-per-row",
    warnings,
  };
}
