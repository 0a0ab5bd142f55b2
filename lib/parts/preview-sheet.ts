import { matchPartColumns, PART_COLUMNS, type PartColumn, type PartMappingInput } from "./part-columns";
import type { SheetRows } from "./sheet-rows";

export type SheetPreview = {
  format: SheetRows["format"];
  encoding: string | null;
  delimiter: SheetRows["delimiter"];
  headerRow: number;
  headers: string[];
  /** The first rows, as the file has them, for the mapping step to show. */
  rows: { row: number; cells: string[] }[];
  totalRows: number;
  /** The header each column takes by the synonyms alone: what the mapping step starts from. */
  suggested: Partial<Record<PartColumn, string>>;
  missing: PartColumn[];
  unusedHeaders: string[];
  headerCurrency: string | null;
  notes: string[];
};

/** What the mapping step shows: the first `n` rows and the suggested mapping of the file's headers. */
export function previewSheet(sheet: SheetRows, n = 5, mapping: PartMappingInput = {}): SheetPreview {
  const m = matchPartColumns(sheet.headers, mapping);
  const auto = matchPartColumns(sheet.headers);
  const suggested: Partial<Record<PartColumn, string>> = {};
  for (const c of PART_COLUMNS) {
    const s = auto.sources[c];
    if (s?.kind === "header") suggested[c] = s.header;
  }
  return {
    format: sheet.format,
    encoding: sheet.encoding,
    delimiter: sheet.delimiter,
    headerRow: sheet.headerRow,
    headers: sheet.headers,
    rows: sheet.rows.slice(0, n).map((r) => ({ row: r.row, cells: r.cells.slice(0, 64) })),
    totalRows: sheet.rows.length,
    suggested,
    missing: PART_COLUMNS.filter((c) => !m.sources[c]),
    unusedHeaders: m.unusedHeaders,
    headerCurrency: m.headerCurrency,
    notes: [...sheet.notes, ...m.warnings],
  };
}
