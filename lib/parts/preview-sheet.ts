import { matchPartColumns, PART_COLUMNS, type PartColumn } from "./part-columns";
import type { SheetRows } from "./read-csv-rows";

export type SheetPreview = {
  format: SheetRows["format"];
  encoding: string | null;
  delimiter: SheetRows["delimiter"];
  headers: string[];
  /** The first rows, as the file has them, for the mapping step to show. */
  rows: { row: number; cells: string[] }[];
  totalRows: number;
  /** The header each column would take, by the synonyms; the user changes it, sets a constant or "unknown". */
  suggested: Partial<Record<PartColumn, string>>;
  missing: PartColumn[];
  unusedHeaders: string[];
  headerCurrency: string | null;
  notes: string[];
};

/** What the mapping step shows: the first `n` rows and the suggested mapping of the file's headers. */
export function previewSheet(sheet: SheetRows, n = 5): SheetPreview {
  const m = matchPartColumns(sheet.headers);
  const suggested: Partial<Record<PartColumn, string>> = {};
  for (const c of PART_COLUMNS) {
    const s = m.sources[c];
    if (s?.kind === "header") suggested[c] = s.header;
  }
  return {
    format: sheet.format,
    encoding: sheet.encoding,
    delimiter: sheet.delimiter,
    headers: sheet.headers,
    rows: sheet.rows.slice(0, n),
    totalRows: sheet.rows.length,
    suggested,
    missing: PART_COLUMNS.filter((c) => !(c in suggested)),
    unusedHeaders: m.unusedHeaders,
    headerCurrency: m.headerCurrency,
    notes: [...sheet.notes, ...m.warnings],
  };
}
