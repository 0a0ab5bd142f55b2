// Merged cells and the workbook's first sheet, read from an .xlsx's XML parts without an XML parser: a sheet's
// <mergeCells> follow its <sheetData>, so only the tail after it is decoded, however large the sheet.

const encoder = new TextEncoder();
const SHEET_DATA_END = encoder.encode("</sheetData>");

/** Index of the last occurrence of `needle` in `hay`, or -1. */
function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  for (let i = hay.length - needle.length; i >= 0; i -= 1) {
    if (hay[i] !== first) continue;
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k += 1;
    if (k === needle.length) return i;
  }
  return -1;
}

/** Most merged ranges read from one sheet; a sheet with more is read without filling the rest. */
export const XLSX_MAX_MERGES = 10_000;

/** The ranges of a sheet's merged cells, as written ("A1:D1"), at most XLSX_MAX_MERGES. */
export function readMergeRefs(sheetXml: Uint8Array): string[] {
  const end = lastIndexOfBytes(sheetXml, SHEET_DATA_END);
  const tail = new TextDecoder().decode(end < 0 ? sheetXml.subarray(Math.max(0, sheetXml.length - 1_000_000)) : sheetXml.subarray(end));
  const refs: string[] = [];
  for (const m of tail.matchAll(/<(?:\w{1,16}:)?mergeCell\s[^>]{0,200}?\bref="([A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7})"/g)) {
    if (refs.length >= XLSX_MAX_MERGES) break;
    if (m[1]) refs.push(m[1]);
  }
  return refs;
}

/** "AB12" → [row 12, column 28], 1-based. */
export function parseCellRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return [Number(ref.slice(i)), col];
}

/** The path of the workbook's first sheet ("xl/worksheets/sheet1.xml"), from workbook.xml and its relationships. */
export function findFirstSheetPath(workbookXml: Uint8Array | undefined, relsXml: Uint8Array | undefined): string | null {
  if (!workbookXml || !relsXml) return null;
  const wb = new TextDecoder().decode(workbookXml.subarray(0, 200_000));
  const id = /<(?:\w{1,16}:)?sheet\s[^>]{0,500}?\br:id="([^"]{1,64})"/.exec(wb)?.[1];
  if (!id) return null;
  const rels = new TextDecoder().decode(relsXml.subarray(0, 200_000));
  for (const m of rels.matchAll(/<Relationship\s[^>]{0,500}>/g)) {
    const tag = m[0];
    if (/\bId="([^"]*)"/.exec(tag)?.[1] !== id) continue;
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1];
    if (!target) return null;
    return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  }
  return null;
}

/**
 * The cells the merged ranges cover, each range cut to the sheet's used `maxRow` × `maxColumn` (what filling them
 * costs), summed over the ranges: ten thousand ranges of B2:I100000 cover 8 billion, which openXlsxArchive refuses
 * before any cell is filled.
 */
export function mergedArea(refs: readonly string[], maxRow: number, maxColumn: number): number {
  let area = 0;
  for (const ref of refs) {
    const [a, b] = ref.split(":") as [string, string];
    const [r1, c1] = parseCellRef(a);
    const [r2, c2] = parseCellRef(b);
    const rows = Math.min(Math.max(r1, r2), maxRow) - Math.min(r1, r2) + 1;
    const columns = Math.min(Math.max(c1, c2), maxColumn) - Math.min(c1, c2) + 1;
    if (rows > 0 && columns > 0) area += rows * columns;
  }
  return area;
}

/**
 * Fills each merged range with its top-left value, as the sheet shows it: a supplier merged over five rows is the
 * supplier of each. `rows` are 0-based from sheet row 1 and column A; ranges past the data are cut to it. A range
 * given twice is filled once; the walk is bounded by mergedArea, which openXlsxArchive caps.
 */
export function fillMerged(rows: string[][], refs: readonly string[]): number {
  let filled = 0;
  for (const ref of new Set(refs)) {
    const [a, b] = ref.split(":") as [string, string];
    const [r1, c1] = parseCellRef(a);
    const [r2, c2] = parseCellRef(b);
    const value = rows[r1 - 1]?.[c1 - 1] ?? "";
    if (value === "") continue;
    for (let r = r1; r <= Math.min(r2, rows.length); r += 1) {
      const row = rows[r - 1];
      if (!row) continue;
      for (let c = c1; c <= Math.min(c2, row.length); c += 1) {
        if (r === r1 && c === c1) continue;
        if ((row[c - 1] ?? "") === "") {
          row[c - 1] = value;
          filled += 1;
        }
      }
    }
  }
  return filled;
}
