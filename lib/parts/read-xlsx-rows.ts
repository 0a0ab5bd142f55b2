import { readSheet } from "read-excel-file/universal";
import { PART_MAX_CELL_CHARS } from "./cell-limits";
import { PARTS_MAX_BYTES } from "./file-limits";
import { describeHeaderRow, findHeaderRow, HEADER_SCAN_ROWS } from "./find-header-row";
import type { RowIssue, RowsResult, SheetRows } from "./sheet-rows";
import { openXlsxArchive, XLSX_LIMITS, type XlsxLimits } from "./xlsx-archive";
import { fillMerged } from "./xlsx-merges";
import { formatInteger } from "../format/format-number";

/** A number as the sheet stores it, shown to 15 significant digits as Excel does ("0.30000000000000004" → "0.3"). */
function numberText(raw: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  return String(Number(n.toPrecision(15)));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A number cell, kept as the text the sheet stores, apart from text cells that merely look like numbers ("00123"). */
type StoredNumber = { stored: string };

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "object" && "stored" in v) return numberText((v as StoredNumber).stored);
  if (typeof v === "number") return numberText(String(v));
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return "";
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  }
  return String(v);
}

/**
 * Reads the first sheet of an .xlsx workbook into rows of text, with read-excel-file, after openXlsxArchive has
 * checked the archive under its caps. Numbers come as the sheet stores them (a decimal point, no grouping), dates
 * as YYYY-MM-DD, formulas as their stored results; nothing is evaluated. Merged cells take their range's top-left
 * value; the header is the first row naming known columns (a title row above it, merged across the table, is
 * skipped). Row numbers are the sheet's.
 */
export async function readXlsxRows(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Promise<RowsResult> {
  if (bytes.length > PARTS_MAX_BYTES) {
    return { ok: false, tooLarge: true, message: `The file is ${formatInteger(bytes.length)} bytes; the limit is ${formatInteger(PARTS_MAX_BYTES)} bytes (50 MB).` };
  }
  const archive = openXlsxArchive(bytes, limits);
  if (!archive.ok) return archive;
  let data: unknown[][];
  try {
    const stored = archive.stored;
    const buffer = stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer;
    // Numbers as their stored text: no float is formatted twice, and a text cell "00123" stays text.
    data = (await readSheet<StoredNumber>(buffer, 1, { parseNumber: (stored) => ({ stored }), trim: true })) as unknown[][];
  } catch (err) {
    return { ok: false, message: `The workbook cannot be read: ${err instanceof Error ? err.message.slice(0, 120) : "unknown error"}.` };
  }
  const text = data.map((cells) => cells.map(cellText));
  const sheet = archive.sheets.find((s) => s.path === archive.firstSheet) ?? (archive.sheets.length === 1 ? archive.sheets[0] : undefined);
  const notes: string[] = [];
  if (archive.sheets.length > 1) notes.push(`The workbook has ${archive.sheets.length} sheets; the first is read.`);
  if (sheet && sheet.merges.length > 0) {
    const filled = fillMerged(text, sheet.merges);
    if (filled > 0) notes.push(`${formatInteger(sheet.merges.length)} merged range${sheet.merges.length === 1 ? "" : "s"}: each cell of a range is read as its first cell's value.`);
  }

  const headerIndex = findHeaderRow(text.slice(0, HEADER_SCAN_ROWS));
  const header = text[headerIndex];
  if (!header || header.every((c) => c.trim() === "")) return { ok: false, message: "The first sheet has no header row." };
  notes.push(...describeHeaderRow(text, headerIndex));
  const rows: SheetRows["rows"] = [];
  const rowErrors: RowIssue[] = [];
  let blankRows = 0;
  for (let i = headerIndex + 1; i < text.length; i += 1) {
    const cells = text[i] as string[];
    if (cells.every((c) => c.trim() === "")) {
      blankRows += 1;
      continue;
    }
    if (rows.length >= limits.maxRows) {
      return { ok: false, tooLarge: true, message: `The sheet has more than ${formatInteger(limits.maxRows)} data rows; at most ${formatInteger(limits.maxRows)} are read. Split it.` };
    }
    for (let k = 0; k < cells.length; k += 1) {
      const length = (cells[k] as string).length;
      if (length <= PART_MAX_CELL_CHARS) continue;
      rowErrors.push({ row: i + 1, cell: k, message: `${formatInteger(length)} characters; a cell holds at most ${PART_MAX_CELL_CHARS}` });
      cells[k] = "";
    }
    rows.push({ row: i + 1, cells });
  }
  return {
    ok: true,
    value: {
      format: "xlsx",
      headers: header.map((c) => (c.length > PART_MAX_CELL_CHARS ? c.slice(0, PART_MAX_CELL_CHARS) : c).trim()),
      headerRow: headerIndex + 1,
      rows,
      rowErrors,
      rowsUnread: 0,
      blankRows,
      rowsAboveHeader: headerIndex,
      lines: null,
      delimiter: null,
      encoding: null,
      decimal: ".",
      notes,
    },
  };
}
