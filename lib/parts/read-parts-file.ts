import { PART_MAX_CELL_CHARS } from "./cell-limits";
import { decodeText } from "./decode-text";
import { type RowsResult, readCsvRows, type SheetRows } from "./read-csv-rows";
import { readXlsxRows } from "./read-xlsx-rows";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Cells longer than PART_MAX_CELL_CHARS are emptied, each an error on its row naming the column. */
function boundCells(sheet: SheetRows): SheetRows {
  for (const r of sheet.rows) {
    for (let i = 0; i < r.cells.length; i += 1) {
      const c = r.cells[i] ?? "";
      if (c.length > PART_MAX_CELL_CHARS) {
        const header = sheet.headers[i] ? ` ("${sheet.headers[i]?.slice(0, 40)}")` : "";
        sheet.rowErrors.push({ row: r.row, message: `column ${i + 1}${header}: the cell is ${c.length.toLocaleString("en-US")} characters long; at most ${PART_MAX_CELL_CHARS} are read` });
        r.cells[i] = "";
      }
    }
  }
  sheet.headers = sheet.headers.map((h) => (h.length > PART_MAX_CELL_CHARS ? h.slice(0, PART_MAX_CELL_CHARS) : h));
  sheet.rowErrors.sort((a, b) => a.row - b.row);
  return sheet;
}

/**
 * A parts-list file as rows of text: an .xlsx workbook (recognised by its ZIP signature, whatever its name) or CSV
 * text in any common encoding, comma, semicolon or tab delimited. One pipeline for the browser worker and the API.
 */
export async function readPartsFile(bytes: Uint8Array): Promise<RowsResult> {
  if (isZip(bytes)) {
    const x = await readXlsxRows(bytes);
    return x.ok ? { ok: true, value: boundCells(x.value) } : x;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const csv = readCsvRows(decoded.text);
  if (!csv.ok) return csv;
  const sheet = csv.value;
  sheet.encoding = decoded.encoding + (decoded.byteOrderMark ? " (with byte-order mark)" : "");
  if (decoded.note) sheet.notes.push(decoded.note);
  return { ok: true, value: boundCells(sheet) };
}
