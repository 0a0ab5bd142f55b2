// From rows of text to parts-list lines: every cell read by its reader, every bad cell an error naming its row and
// column, every line classified and its content estimated where the record allows. The triage that decides an
// action per line (with the rules kernel) reads these lines; the browser worker and the API share this step.
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import type { ControlItem } from "../schemas/control-codes";
import type { FxRatesFile } from "../schemas/fx-rates";
import type { TypicalCompositionFile } from "../schemas/typical-composition";
import { isUnknownMarker } from "./cell-limits";
import { classifyLine } from "./classify-line";
import { convertToUsd } from "./convert-currency";
import { type ContentEstimate, estimateContent } from "./estimate-content";
import type { LineClassification } from "./line-types";
import { type ColumnSource, matchPartColumns, type PartColumn, type PartMappingInput } from "./part-columns";
import { type CountryReading, readCountry } from "./read-country";
import { readCurrency, readMoney } from "./read-currency";
import { type DecimalSeparator, detectDecimalSeparator, readLocaleNumber, readQuantity, readShare } from "./read-number";
import type { SheetRows } from "./read-csv-rows";

export type PartLine = {
  row: number;
  partId: string;
  description: string;
  hsCode: string | null;
  supplier: string | null;
  supplierCountry: CountryReading | null;
  originCountry: CountryReading | null;
  destination: CountryReading | null;
  unitValue: { amount: number; currency: string; usd: number; rate: string } | null;
  quantity: number | null;
  element: ElementSymbol | null;
  gramsPerUnit: number | null;
  netMassG: number | null;
  chinaOriginShare: number | null;
  endUse: string | null;
  typeColumn: string | null;
  /** Columns whose value is "not known": mapped as unknown, or a cell that says so ("?", "n/a", "unbekannt"). */
  unknown: PartColumn[];
  classification: LineClassification;
  content: ContentEstimate;
};

export type CellError = { row: number; column: PartColumn | null; message: string };

export type PartLinesResult = {
  lines: PartLine[];
  errors: CellError[];
  /** Rows with at least one error: errors are counted by rows as well as listed. */
  rowsWithErrors: number;
  sources: Partial<Record<PartColumn, ColumnSource>>;
  /** The decimal separator numbers were read with, and why. */
  decimal: { separator: DecimalSeparator | null; from: "file-format" | "cells" | "delimiter" | "none" };
  /** Each rate used, as the result states it. */
  ratesUsed: { currency: string; text: string; series: string; sourceIds: string[] }[];
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

const SYMBOLS = new Map<string, ElementSymbol>(ELEMENT_SYMBOLS.map((s) => [s.toLowerCase(), s]));

/** Reads the lines of a sheet; a line is kept when its part id is present, whatever else is wrong with it. */
export function readPartLines(sheet: SheetRows, options: PartLineOptions): PartLinesResult {
  const match = matchPartColumns(sheet.headers, options.mapping);
  const errors: CellError[] = sheet.rowErrors.map((e) => ({ row: e.row, column: null, message: e.message }));
  for (const c of match.unmatched) errors.push({ row: 1, column: c, message: `mapped to "${String(options.mapping?.[c] ?? "")}", which is not a header of the file` });
  const src = match.sources;

  const columnCells = (c: PartColumn) => {
    const s = src[c];
    return s?.kind === "header" ? sheet.rows.map((r) => r.cells[s.index] ?? "") : [];
  };
  // Decimal separator: typed XLSX numbers use "."; in CSV, what the value and quantity cells show; else the
  // delimiter's convention (a semicolon file writes decimal commas).
  let decimal: PartLinesResult["decimal"] = { separator: null, from: "none" };
  if (sheet.decimal) decimal = { separator: sheet.decimal, from: "file-format" };
  else {
    const seen = detectDecimalSeparator([...columnCells("unit_value"), ...columnCells("grams_per_unit"), ...columnCells("quantity"), ...columnCells("net_mass")]);
    if (seen) decimal = { separator: seen, from: "cells" };
    else if (sheet.delimiter === ";") decimal = { separator: ",", from: "delimiter" };
    else if (sheet.delimiter === ",") decimal = { separator: ".", from: "delimiter" };
  }
  const d = decimal.separator;
  const fileCurrency = options.fileCurrency ?? match.headerCurrency;
  const rates = new Map<string, PartLinesResult["ratesUsed"][number]>();
  const lines: PartLine[] = [];
  const rowsWithErrors = new Set<number>(sheet.rowErrors.map((e) => e.row));

  for (const { row, cells } of sheet.rows) {
    const unknown: PartColumn[] = [];
    const fail = (column: PartColumn, message: string) => {
      errors.push({ row, column, message });
      rowsWithErrors.add(row);
    };
    /** The cell's text for a column, a constant, or null when absent or not known. */
    const cell = (c: PartColumn): string | null => {
      const s = src[c];
      if (!s) return null;
      if (s.kind === "unknown") {
        unknown.push(c);
        return null;
      }
      const v = (s.kind === "constant" ? s.value : (cells[s.index] ?? "")).trim();
      if (v === "") return null;
      if (isUnknownMarker(v)) {
        unknown.push(c);
        return null;
      }
      return v;
    };
    const read = <T,>(c: PartColumn, reader: (s: string) => { ok: true; value: T } | { ok: false; error: string }): T | null => {
      const v = cell(c);
      if (v === null) return null;
      const r = reader(v);
      if (!r.ok) {
        fail(c, r.error);
        return null;
      }
      return r.value;
    };

    const partId = cell("part_id");
    if (partId === null) {
      fail("part_id", "empty: every line needs its part number");
      continue;
    }
    const description = cell("description") ?? "";
    const hsCode = cell("hs_code");
    const typeColumn = cell("part_type");

    let currency = fileCurrency;
    const currencyCell = cell("currency");
    if (currencyCell !== null) {
      const cur = readCurrency(currencyCell);
      if (cur.ok) currency = cur.code;
      else fail("currency", cur.error);
    }
    let unitValue: PartLine["unitValue"] = null;
    const valueCell = cell("unit_value");
    if (valueCell !== null) {
      const money = readMoney(valueCell, d, currency);
      if (!money.ok) fail("unit_value", money.error);
      else if (!(money.amount > 0)) fail("unit_value", `"${valueCell}" is not a positive value`);
      else {
        const usd = convertToUsd(money.amount, money.currency, options.fxRates);
        if (!usd.ok) fail("unit_value", usd.error);
        else {
          unitValue = { amount: money.amount, currency: money.currency, usd: usd.usd, rate: usd.rate.text };
          rates.set(money.currency, { currency: money.currency, text: usd.rate.text, series: usd.rate.series, sourceIds: usd.rate.sourceIds });
        }
      }
    }
    const country = (c: PartColumn) => read(c, (s) => {
      const r = readCountry(s);
      return r.ok ? r : { ok: false, error: r.error };
    });
    const number = (c: PartColumn, what: string) => read(c, (s) => {
      const r = readLocaleNumber(s.replace(/\s*(?:g|kg)$/i, ""), d);
      if (r.ok && r.value < 0) return { ok: false as const, error: `"${s}" is negative: ${what} is 0 or more` };
      return r;
    });
    const elementCell = cell("element");
    let element: ElementSymbol | null = null;
    if (elementCell !== null) {
      element = SYMBOLS.get(elementCell.toLowerCase()) ?? null;
      if (!element) fail("element", `"${elementCell.slice(0, 40)}" is not an element symbol; expected one of ${ELEMENT_SYMBOLS.join(", ")}`);
    }
    const gramsPerUnit = number("grams_per_unit", "a mass");
    const massHeader = src.net_mass?.kind === "header" ? src.net_mass.header : "";
    const netMass = number("net_mass", "a mass");
    // A weight column is in grams unless its header says kg ("Gewicht (kg)").
    const netMassG = netMass === null ? null : /\bkg\b/i.test(massHeader) ? netMass * 1000 : netMass;
    const classification = classifyLine({ description, hsCode, typeColumn }, options.controlItems);
    const grams = element && gramsPerUnit !== null ? { [element]: gramsPerUnit } : null;
    lines.push({
      row,
      partId,
      description,
      hsCode,
      supplier: cell("supplier"),
      supplierCountry: country("supplier_country"),
      originCountry: country("origin_country"),
      destination: country("destination"),
      unitValue,
      quantity: read("quantity", (s) => readQuantity(s, d)),
      element,
      gramsPerUnit,
      netMassG,
      chinaOriginShare: read("china_origin_share", (s) => readShare(s, d)),
      endUse: cell("end_use"),
      typeColumn,
      unknown,
      classification,
      content: estimateContent({ classification, unitValueUsd: unitValue?.usd ?? null, netMassG, gramsByElement: grams }, options.composition),
    });
  }
  errors.sort((a, b) => a.row - b.row);
  return { lines, errors, rowsWithErrors: rowsWithErrors.size, sources: src, decimal, ratesUsed: [...rates.values()], warnings: match.warnings };
}
