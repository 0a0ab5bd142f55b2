import { readSheet } from "read-excel-file/universal";
import { PARTS_MAX_BYTES } from "./file-limits";
import type { RowsResult, SheetRows } from "./read-csv-rows";
import { openXlsxArchive } from "./xlsx-archive";

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
 * as YYYY-MM-DD, formulas as their stored results; nothing is evaluated.
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<RowsResult> {
  if (bytes.length > PARTS_MAX_BYTES) {
    return { ok: false, message: `The file is ${bytes.length.toLocaleString("en-US")} bytes; the limit is ${PARTS_MAX_BYTES.toLocaleString("en-US")} bytes (50 MB).` };
  }
  const archive = openXlsxArchive(bytes);
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
  const [header, ...body] = data;
  if (!header || header.every((c) => cellText(c).trim() === "")) return { ok: false, message: "The first sheet has no header row." };
  const rows: SheetRows["rows"] = [];
  let blankRows = 0;
  body.forEach((cells, i) => {
    const text = cells.map(cellText);
    if (text.every((c) => c.trim() === "")) blankRows += 1;
    else rows.push({ row: i + 2, cells: text });
  });
  return {
    ok: true,
    value: {
      format: "xlsx",
      headers: header.map((c) => cellText(c).trim()),
      rows,
      rowErrors: [],
      blankRows,
      delimiter: null,
      encoding: null,
      decimal: ".",
      notes: archive.sheets.length > 1 ? [`The workbook has ${archive.sheets.length} sheets; the first is read.`] : [],
    },
  };
}
