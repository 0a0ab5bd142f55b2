// Bounds of POST /api/bom, in one place. The page checks files in the browser under the pipeline's own bounds
// (lib/parts/file-limits.ts); the server adds a line cap, so that the time and memory an upload takes stay bounded.
import { PARTS_MAX_BYTES } from "../parts/file-limits";

/** Largest file accepted, in bytes (50 MB, decimal: what upload dialogs and `ls -h --si` show). */
export const BOM_MAX_BYTES = PARTS_MAX_BYTES;

/**
 * Most lines the server checks in one CSV upload: a header and 100,000 rows (line breaks inside quoted cells and blank
 * lines count). A larger file is refused (413) while it is being received, before any parsing. A workbook is
 * compressed, so its rows are counted as it is opened: at most BOM_SERVER_MAX_ROWS data rows.
 */
export const BOM_SERVER_MAX_LINES = 100_001;
export const BOM_SERVER_MAX_ROWS = 100_000;
