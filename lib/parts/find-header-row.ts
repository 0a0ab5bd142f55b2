import { columnForHeader } from "./part-columns";

/** Records looked at for the header: a title, a date and a blank line above it are common; twenty is plenty. */
export const HEADER_SCAN_ROWS = 20;

/**
 * Which of the first records is the header row: the one naming the most known columns (at least two: "Teilenummer",
 * "HS code", "Qty"…), the first of equals; when none names two, the first record with as many filled cells as the
 * widest record (a title line above a header of unknown names has one). Exports with a title, a date or a company
 * name above the table are read from the table's header on.
 */
export function findHeaderRow(records: readonly (readonly string[])[]): number {
  const n = Math.min(records.length, HEADER_SCAN_ROWS);
  let best = -1;
  let bestScore = 1;
  let widest = 0;
  const filled: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const cells = records[i] ?? [];
    const seen = new Set<string>();
    let count = 0;
    for (const c of cells) {
      const t = c.trim();
      if (t === "") continue;
      count += 1;
      if (t.length > 64) continue;
      const column = columnForHeader(t);
      if (column) seen.add(column);
    }
    filled.push(count);
    widest = Math.max(widest, count);
    if (seen.size > bestScore) {
      best = i;
      bestScore = seen.size;
    }
  }
  if (best >= 0) return best;
  const first = filled.findIndex((c) => c === widest && c > 0);
  return first < 0 ? 0 : first;
}

/** How many known columns a record names ("Teilenummer" and "Qty": 2). */
function countKnownColumns(cells: readonly string[]): number {
  const seen = new Set<string>();
  for (const c of cells) {
    const t = c.trim();
    if (t === "" || t.length > 64) continue;
    const column = columnForHeader(t);
    if (column) seen.add(column);
  }
  return seen.size;
}

/**
 * What the reader says about the header it took: the rows skipped above it, and, when rows were skipped to reach a
 * header that names fewer than two known columns, that it may be a first data row (",,\nA,NdFeB magnet,CN" has no
 * header at all), with its cells, so that "no data rows" is never the only word on such a file.
 */
export function describeHeaderRow(records: readonly (readonly string[])[], headerIndex: number): string[] {
  if (headerIndex <= 0) return [];
  const notes = [`The header is on row ${headerIndex + 1}; the ${headerIndex === 1 ? "row" : `${headerIndex} rows`} above it ${headerIndex === 1 ? "was" : "were"} skipped.`];
  const cells = (records[headerIndex] ?? []).map((c) => c.trim()).filter((c) => c !== "");
  const known = countKnownColumns(cells);
  if (known < 2) {
    const shown = cells.slice(0, 6).map((c) => `"${c.length > 40 ? `${c.slice(0, 40)}…` : c}"`).join(", ");
    notes.push(
      `No row names two known columns (part number, description, customs code, origin…), so row ${headerIndex + 1} (${shown}${cells.length > 6 ? ", …" : ""}) is taken as the header, not as a part: if it is a part, add a header row above it.`,
    );
  }
  return notes;
}
