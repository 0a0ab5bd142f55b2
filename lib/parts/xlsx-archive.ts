// An .xlsx file is a ZIP archive of XML. Before any spreadsheet library sees one, this module opens the archive
// itself, under caps: it inflates only the XML parts, counting every byte as it goes (so a zip bomb stops at
// XLSX_MAX_INFLATED_BYTES whatever its headers claim), and scans each worksheet's cell references (so a 2 KB file
// whose one cell sits at XFD1048576 cannot make a reader lay out 17 billion cells). The parts are then packed again
// uncompressed for the reader, which therefore never inflates untrusted data and never starts a worker of its own.
import { Inflate, zipSync } from "fflate";
import { HEADER_SCAN_ROWS } from "./find-header-row";
import { findFirstSheetPath, mergedArea, readMergeRefs } from "./xlsx-merges";
import { PARTS_MAX_COLUMNS, PARTS_MAX_ROWS, XLSX_MAX_CELLS, XLSX_MAX_ENTRIES, XLSX_MAX_INFLATED_BYTES } from "./file-limits";
import { formatInteger } from "../format/format-number";

export type XlsxLimits = { maxInflatedBytes: number; maxRows: number; maxColumns: number; maxCells: number; maxEntries: number };

export const XLSX_LIMITS: XlsxLimits = {
  maxInflatedBytes: XLSX_MAX_INFLATED_BYTES,
  maxRows: PARTS_MAX_ROWS,
  maxColumns: PARTS_MAX_COLUMNS,
  maxCells: XLSX_MAX_CELLS,
  maxEntries: XLSX_MAX_ENTRIES,
};

export type XlsxArchiveResult =
  | {
      ok: true;
      stored: Uint8Array;
      sheets: { path: string; maxRow: number; maxColumn: number; cells: number; merges: string[] }[];
      /** The path of the sheet a reader opens first (workbook order), when the workbook says. */
      firstSheet: string | null;
      inflatedBytes: number;
    }
  | { ok: false; message: string; tooLarge?: true };

const u16 = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number) => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

class Refused extends Error {}

/** Inflates raw DEFLATE data in chunks, refusing to produce more than `budget` bytes. */
function inflateBounded(data: Uint8Array, budget: number, name: string, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > budget) throw new Refused(`the workbook's XML inflates to more than ${formatInteger(cap)} bytes (at ${name}); it is not read`);
    chunks.push(chunk);
  });
  const step = 1 << 18;
  for (let i = 0; i < data.length; i += step) inflater.push(data.subarray(i, Math.min(i + step, data.length)), i + step >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Column letters → number: A → 1, XFD → 16384. */
function columnNumber(b: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = b[i] ?? 0;
    const up = c >= 97 ? c - 32 : c;
    if (up < 65 || up > 90) break;
    n = n * 26 + (up - 64);
    if (n > 1e6) break;
  }
  return n;
}

/**
 * Where a worksheet's cells are: the largest row and column any <row>/<c> element names (or implies, where the
 * optional r attribute is left out), and how many cells it holds. One pass over the bytes, no XML parser.
 */
export function scanSheetExtent(xml: Uint8Array): { maxRow: number; maxColumn: number; cells: number } {
  let maxRow = 0;
  let maxColumn = 0;
  let cells = 0;
  let row = 0;
  let col = 0;
  const n = xml.length;
  for (let i = 0; i < n; i += 1) {
    if (xml[i] !== 60 /* < */) continue;
    let j = i + 1;
    // A namespace prefix: <x:row …>.
    let k = j;
    while (k < n && k - j < 16 && (xml[k] ?? 0) !== 58 && (xml[k] ?? 0) > 64) k += 1;
    if (xml[k] === 58 /* : */) j = k + 1;
    const isRow = xml[j] === 114 && xml[j + 1] === 111 && xml[j + 2] === 119 && /[\s>/]/.test(String.fromCharCode(xml[j + 3] ?? 0));
    const isCell = !isRow && xml[j] === 99 && /[\s>/]/.test(String.fromCharCode(xml[j + 1] ?? 0));
    if (!isRow && !isCell) continue;
    // The tag's attributes, up to '>': look for r="…".
    let r: [number, number] | null = null;
    let t = j + (isRow ? 3 : 1);
    while (t < n && xml[t] !== 62 /* > */) {
      if (xml[t] === 114 /* r */ && xml[t + 1] === 61 /* = */ && (xml[t + 2] === 34 || xml[t + 2] === 39) && /\s/.test(String.fromCharCode(xml[t - 1] ?? 0))) {
        const start = t + 3;
        let end = start;
        while (end < n && end - start < 16 && xml[end] !== 34 && xml[end] !== 39) end += 1;
        r = [start, end];
        t = end;
      }
      t += 1;
    }
    i = t;
    if (isRow) {
      let v = row + 1;
      if (r) {
        v = 0;
        for (let q = r[0]; q < r[1]; q += 1) v = v * 10 + ((xml[q] ?? 48) - 48);
      }
      row = v;
      col = 0;
      if (row > maxRow) maxRow = row;
    } else {
      cells += 1;
      let c = col + 1;
      if (r) {
        c = columnNumber(xml, r[0], r[1]);
        let q = r[0];
        while (q < r[1] && (xml[q] ?? 0) > 57) q += 1;
        let v = 0;
        for (; q < r[1]; q += 1) v = v * 10 + ((xml[q] ?? 48) - 48);
        if (v > maxRow) maxRow = v;
      }
      col = c;
      if (col > maxColumn) maxColumn = col;
    }
  }
  return { maxRow, maxColumn, cells };
}

/**
 * Opens an .xlsx archive under the caps of file-limits.ts and returns its XML parts packed again without compression,
 * with the extent of each worksheet. Every refusal says what was too large.
 */
export function openXlsxArchive(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): XlsxArchiveResult {
  const fail = (message: string, tooLarge = false): XlsxArchiveResult => ({ ok: false, message: `The workbook cannot be read: ${message}.`, ...(tooLarge ? { tooLarge: true as const } : {}) });
  // End of central directory: the last 22 bytes, or up to 64 KB before them when the archive has a comment.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i -= 1) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return fail("it is not a ZIP archive (an .xlsx file is one); it may be damaged or an old .xls file");
  const entries = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) return fail("it is a ZIP64 archive, which is not read");
  if (entries > limits.maxEntries) return fail(`it holds ${entries} parts; at most ${limits.maxEntries} are read`, true);
  if (cdOffset + cdSize > eocd) return fail("its table of contents is damaged");

  const files: Record<string, Uint8Array> = {};
  const sheets: { path: string; maxRow: number; maxColumn: number; cells: number; merges: string[] }[] = [];
  let inflated = 0;
  let p = cdOffset;
  try {
    for (let e = 0; e < entries; e += 1) {
      if (u32(bytes, p) !== 0x02014b50) return fail("its table of contents is damaged");
      const method = u16(bytes, p + 10);
      const compressed = u32(bytes, p + 20);
      const nameLength = u16(bytes, p + 28);
      const extraLength = u16(bytes, p + 30);
      const commentLength = u16(bytes, p + 32);
      const local = u32(bytes, p + 42);
      const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
      p += 46 + nameLength + extraLength + commentLength;
      // The parts a reader needs: XML and relationships. Images, printer settings and the like are skipped.
      if (!name.endsWith(".xml") && !name.endsWith(".rels")) continue;
      if (u32(bytes, local) !== 0x04034b50) return fail(`its part ${name} is damaged`);
      const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
      if (start + compressed > bytes.length) return fail(`its part ${name} runs past the end of the file`);
      const data = bytes.subarray(start, start + compressed);
      let xml: Uint8Array;
      if (method === 0) xml = data.slice();
      else if (method === 8) xml = inflateBounded(data, limits.maxInflatedBytes - inflated, name, limits.maxInflatedBytes);
      else return fail(`its part ${name} uses compression method ${method}, which is not read`);
      inflated += xml.length;
      if (inflated > limits.maxInflatedBytes) return fail(`its XML is larger than ${formatInteger(limits.maxInflatedBytes)} bytes`, true);
      files[name] = xml;
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
        const extent = scanSheetExtent(xml);
        const where = `sheet ${name.replace(/^xl\/worksheets\//, "")}`;
        if (extent.maxRow > limits.maxRows + HEADER_SCAN_ROWS + 1) return fail(`${where} has rows up to ${formatInteger(extent.maxRow)}; at most ${formatInteger(limits.maxRows)} data rows are read`, true);
        if (extent.maxColumn > limits.maxColumns) return fail(`${where} has cells out to column ${formatInteger(extent.maxColumn)}; at most ${limits.maxColumns} columns are read`, true);
        if (extent.maxRow * extent.maxColumn > limits.maxCells) return fail(`${where} spans ${formatInteger(extent.maxRow)} rows × ${extent.maxColumn} columns; at most ${formatInteger(limits.maxCells)} cells are read`, true);
        const merges = readMergeRefs(xml);
        // Filling a merged range costs its area: the ranges together may cover no more cells than a sheet may hold.
        const area = mergedArea(merges, extent.maxRow, extent.maxColumn);
        if (area > limits.maxCells) {
          return fail(`${where} has ${formatInteger(merges.length)} merged ranges (${merges.slice(0, 2).join(", ")}${merges.length > 2 ? ", …" : ""}) covering ${formatInteger(area)} cells in all; at most ${formatInteger(limits.maxCells)} merged cells are read`, true);
        }
        sheets.push({ path: name, ...extent, merges });
      }
    }
  } catch (err) {
    if (err instanceof Refused) return fail(err.message, true);
    return fail(`its compressed data is damaged (${err instanceof Error ? err.message.slice(0, 80) : "inflate failed"})`);
  }
  if (!files["[Content_Types].xml"] && !files["xl/workbook.xml"]) return fail("it is a ZIP archive but not an .xlsx workbook (no xl/workbook.xml)");
  const firstSheet = findFirstSheetPath(files["xl/workbook.xml"], files["xl/_rels/workbook.xml.rels"]);
  return { ok: true, stored: zipSync(files, { level: 0 }), sheets, firstSheet, inflatedBytes: inflated };
}
