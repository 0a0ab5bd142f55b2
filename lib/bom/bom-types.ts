import type { ElementSymbol } from "../schemas/constants";
import type { BomColumn, BomEndUse, BomForm, BomMadeIn } from "./bom-columns";

/** Why a whole file cannot be read. `too-large` becomes HTTP 413, the others 400. */
export type BomFileErrorCode = "too-large" | "empty" | "not-utf8" | "binary" | "missing-columns" | "no-rows";
export type BomFileError = { code: BomFileErrorCode; message: string };

/**
 * A problem with one row. `row` is the 1-based record number with the header as row 1, so the first data row is
 * row 2: the number a spreadsheet shows beside it (a quoted cell holding a line break stays one row).
 * `column` is the canonical column, or null when the problem is the row as a whole (e.g. a broken quote).
 */
export type BomError = {
  row: number;
  column: BomColumn | null;
  message: string;
  /**
   * Set when a quote that is never closed (or not closed properly) ran this row on over later lines: the physical
   * lines, after the row's own first line, that were read into one of its cells and so were not checked as rows.
   */
  swallowedLines?: { from: number; to: number };
};

/**
 * Where each physical line of a file went (a line ends at a line break; a final line break does not start another).
 * total = header + rows + blank + inQuotedCells + swallowed, always: `rows` counts the first line of each data row,
 * `inQuotedCells` the further lines of rows whose quoted cells hold line breaks, `swallowed` the further lines of rows
 * with a broken quote (each named in that row's error).
 */
export type BomLineCounts = { total: number; header: number; rows: number; blank: number; inQuotedCells: number; swallowed: number };

/** A valid row, with the part's columns resolved (a blank part column on a later row takes the part's value). */
export type BomRow = {
  row: number;
  partId: string;
  description: string;
  unitValueUsd: number;
  symbol: ElementSymbol;
  grams: number;
  form: BomForm;
  /** 0..1; null when left blank on a part made in China, where the direct route does not need it. */
  chinaOriginShare: number | null;
  endUse: BomEndUse;
  madeIn: BomMadeIn;
};

export type BomElement = { symbol: ElementSymbol; grams: number; chinaOriginShare: number | null };

/** A part assembled from its valid rows; `incomplete` when some of its rows were rejected (listed in errorRows). */
export type BomPart = {
  partId: string;
  description: string;
  unitValueUsd: number;
  form: BomForm;
  endUse: BomEndUse;
  madeIn: BomMadeIn;
  elements: BomElement[];
  /** The rows the part was built from. */
  rows: number[];
  incomplete: boolean;
  errorRows: number[];
};
