import { decodeText } from "./decode-text";
import { readCsvRows } from "./read-csv-rows";
import type { RowsResult } from "./sheet-rows";
import { readXlsxRows } from "./read-xlsx-rows";
import { XLSX_LIMITS, type XlsxLimits } from "./xlsx-archive";

export { XLSX_CONTENT_TYPE } from "./file-limits";

/** An .xlsx file (any ZIP archive) starts with a local file header. */
export const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export type ReadPartsOptions = { xlsxLimits?: XlsxLimits };

/**
 * A parts-list file as rows of text: an .xlsx workbook (recognised by its ZIP signature, whatever its name) or CSV
 * text in any common encoding, comma, semicolon or tab delimited. One pipeline for the browser worker and the API.
 */
export async function readPartsFile(bytes: Uint8Array, options: ReadPartsOptions = {}): Promise<RowsResult> {
  if (isZip(bytes)) return readXlsxRows(bytes, options.xlsxLimits ?? XLSX_LIMITS);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded.code === "too-large" ? { ok: false, message: decoded.message, tooLarge: true } : { ok: false, message: decoded.message };
  const csv = readCsvRows(decoded.text);
  if (!csv.ok) return csv;
  const sheet = csv.value;
  sheet.encoding = decoded.encoding + (decoded.byteOrderMark ? " (with byte-order mark)" : "");
  if (decoded.note) sheet.notes.unshift(decoded.note);
  return { ok: true, value: sheet };
}
