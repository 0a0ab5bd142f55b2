import writeXlsxFile, { type Cell, type Sheet } from "write-excel-file/universal";

type WorkbookSheet = Sheet<Blob>;
import { DEFAULT_FORMATS, type XlsxCellType, type XlsxColumn, type XlsxSheet, type XlsxValue, XLSX_MAX_CELL_CHARS } from "./xlsx-sheet";
import { formatInteger } from "../format/format-number";

const MIN_WIDTH = 6;
const DEFAULT_MAX_WIDTH = 60;
const BAD_SHEET_NAME = /[:\\/?*[\]]/;

type AnyColumn = XlsxColumn<unknown>;

function checkSheetNames(sheets: readonly XlsxSheet<unknown>[]): void {
  const seen = new Set<string>();
  for (const { name } of sheets) {
    if (name.length < 1 || name.length > 31 || BAD_SHEET_NAME.test(name) || /^'|'$/.test(name)) {
      throw new Error(`XLSX: sheet name "${name}" breaks Excel's rules (1–31 characters, none of : \\ / ? * [ ], no ' at either end)`);
    }
    // Excel compares sheet names without regard to case.
    if (seen.has(name.toLowerCase())) throw new Error(`XLSX: two sheets are named "${name}"`);
    seen.add(name.toLowerCase());
  }
}

const typeOf = (column: AnyColumn, row: unknown): XlsxCellType => (typeof column.type === "function" ? column.type(row) : column.type);

/** A date-only ISO string as a Date at midnight UTC, which the writer turns into the day's serial number. */
function toDate(value: string, where: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== value) throw new Error(`XLSX: ${where}: "${value.slice(0, 40)}" is not a date written YYYY-MM-DD`);
  return d;
}

type CellStyle = { format?: string; wrap: boolean; align?: "left" | "center" | "right" };

function toCell(value: XlsxValue, type: XlsxCellType, style: CellStyle, where: string): Cell {
  if (value === null) return null;
  const align = style.align ? { align: style.align } : {};
  if (type === "text") {
    const text = String(value);
    const cut = text.length > XLSX_MAX_CELL_CHARS ? `${text.slice(0, XLSX_MAX_CELL_CHARS - 1)}…` : text;
    // Always a String cell (a shared string): a spreadsheet shows it and never evaluates it, whatever it starts with.
    return { type: String, value: cut, ...(style.wrap ? { wrap: true } : {}), ...(style.format ? { format: style.format } : {}), ...align };
  }
  if (type === "date") {
    if (typeof value !== "string") throw new Error(`XLSX: ${where}: a date cell takes "YYYY-MM-DD" text, not ${typeof value}`);
    return { type: Date, value: toDate(value, where), format: style.format ?? DEFAULT_FORMATS.date, ...align };
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`XLSX: ${where}: a ${type} cell takes a finite number, not ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  const f = style.format ?? DEFAULT_FORMATS[type];
  return { type: Number, value, ...(f ? { format: f } : {}), ...align };
}

/** About how many characters a value shows as, to fit the column's width to it. */
function shownLength(value: XlsxValue, type: XlsxCellType): number {
  if (value === null) return 0;
  if (typeof value === "string") return type === "date" ? 10 : Math.max(...value.split("\n").map((l) => l.length));
  switch (type) {
    case "percent":
      return `${(value * 100).toFixed(2)}%`.length;
    case "usd":
      return `$${formatInteger(Math.round(value))}`.length + 3;
    case "integer":
      return formatInteger(Math.round(value)).length;
    default:
      return String(value).length;
  }
}

function fitWidth(column: AnyColumn, rows: readonly unknown[]): number {
  if (column.width !== undefined) return column.width;
  const max = column.maxWidth ?? DEFAULT_MAX_WIDTH;
  let longest = column.header.length;
  for (const row of rows) longest = Math.max(longest, shownLength(column.value(row), typeOf(column, row)));
  return Math.min(max, Math.max(MIN_WIDTH, longest + 2));
}

function toSheet(sheet: XlsxSheet<unknown>): WorkbookSheet {
  const columns = sheet.columns as readonly AnyColumn[];
  const header: Cell[] = columns.map((c) => ({ type: String, value: c.header, fontWeight: "bold", bottomBorderStyle: "thin", alignVertical: "top" }));
  const body = sheet.rows.map((row, r) =>
    columns.map((c) => toCell(c.value(row), typeOf(c, row), { format: c.format, wrap: c.wrap ?? false, align: c.align }, `sheet "${sheet.name}", row ${r + 2}, column "${c.header}"`)),
  );
  return {
    sheet: sheet.name,
    data: [header, ...body],
    columns: columns.map((c) => ({ width: fitWidth(c, sheet.rows) })),
    stickyRowsCount: 1,
    ...(sheet.frozenColumns ? { stickyColumnsCount: sheet.frozenColumns } : {}),
  };
}

/**
 * Writes sheets into one .xlsx workbook (write-excel-file, zipped with fflate): row 1 holds the bold headers and is
 * frozen, numbers are number cells with their format, text is never a formula, columns are as wide as their content
 * (within limits). Works in Node and in browsers. Throws on a bad sheet name or a cell its type cannot hold.
 */
export async function writeXlsx(sheets: readonly XlsxSheet<unknown>[]): Promise<Uint8Array> {
  if (sheets.length === 0) throw new Error("XLSX: a workbook needs at least one sheet");
  checkSheetNames(sheets);
  const blob = await writeXlsxFile(sheets.map(toSheet), { fontFamily: "Calibri", fontSize: 11 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
