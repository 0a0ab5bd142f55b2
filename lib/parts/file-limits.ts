// Bounds on a parts-list file, so that a hostile file gets a clear answer rather than a stalled worker or server.

/** Largest upload, in bytes (50 MB, as the BOM check). */
export const PARTS_MAX_BYTES = 50_000_000;
/** Data rows read from one file: twice the 100,000-line benchmark. */
export const PARTS_MAX_ROWS = 200_000;
/** Columns read from one sheet or CSV. */
export const PARTS_MAX_COLUMNS = 256;
/** Cells a sheet may declare (rows × columns as the reader lays them out). */
export const XLSX_MAX_CELLS = 12_000_000;
/** XML an XLSX may inflate to, in all, in bytes: a zip bomb stops here. */
export const XLSX_MAX_INFLATED_BYTES = 300_000_000;
/** Entries in the archive. */
export const XLSX_MAX_ENTRIES = 5_000;

/** The media type of an .xlsx workbook, as browsers and POST /api/bom name it. */
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
