// Apart from read-part-lines.ts: the page's unpacking (pack-checked-parts.ts) uses it and must not load the reader.

/** A list's row order and copies as a set holds them (PartLineSet, CheckedPartSet). */
export type LineOrder = { order: Int32Array; copies: { of: Int32Array; row: Int32Array; partId: string[] } };

/** The row order and copies of a list with no copies: line i at place i (to take a plain list where a set goes). */
export function withoutCopies(n: number): LineOrder {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  return { order, copies: { of: new Int32Array(0), row: new Int32Array(0), partId: [] } };
}
