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
