// The checked lines in a compact form for the worker's answer to the page. A structured clone of 100,000 line objects
// copies every line's reason, inputs and description again (tens of MB, most of a second on the page's thread);
// lines share most of them (a list holds a few hundred kinds of part). Packed, each distinct value is sent once, in
// a table, and each line is a row of indexes in typed arrays whose buffers are transferred, not copied.
import type { CheckedPart, CheckedPartSet } from "./triage-parts";
import { withoutCopies } from "./without-copies";

/** Fields sent as an index into a table of their distinct values (strings, null, or shared objects). */
const TABLED = [
  "action",
  "status",
  "reason",
  "missing",
  "inputs",
  "estimated",
  "drivers",
  "contentPct",
  "codeCandidates",
  "description",
  "hsCode",
  "supplier",
  "supplierCountry",
  "originCountry",
  "type",
  "typeLabel",
  "grade",
  "unitValue",
] as const satisfies readonly (keyof CheckedPart)[];
type Tabled = (typeof TABLED)[number];

export type PackedParts = {
  count: number;
  /** Per tabled field: its distinct values, and each line's index into them. */
  tables: Record<Tabled, unknown[]>;
  indexes: Record<Tabled, Int32Array>;
  /** Number fields, exactly (-0 and all); `has*` is 0 where the field is null. */
  row: Float64Array;
  thresholdPct: Float64Array;
  hasThresholdPct: Uint8Array;
  quantity: Float64Array;
  hasQuantity: Uint8Array;
  partId: string[];
  /** Lines whose rows are not just [row], and lines with error rows: by line index. */
  rows: Record<number, number[]>;
  errorRows: Record<number, number[]>;
};

/** The packed lines, and the buffers to transfer with them. */
export function packCheckedParts(parts: readonly CheckedPart[]): { packed: PackedParts; transfer: ArrayBuffer[] } {
  return packCheckedPartSet({ decided: parts as CheckedPart[], ...withoutCopies(parts.length) });
}

/**
 * The lines of a set packed, equal to packCheckedParts of the set made whole (expandCheckedParts), without making it
 * whole: a copy takes the indexes of the line it repeats. The tables list each value where it first appears in row
 * order either way, as a copy comes after the line it repeats and the lines read in full are in row order.
 */
export function packCheckedPartSet(set: CheckedPartSet): { packed: PackedParts; transfer: ArrayBuffer[] } {
  const { decided, order, copies } = set;
  const n = order.length;
  const m = decided.length;
  /** Each line's index among the lines read in full: its own, or that of the line it repeats. */
  const source = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const k = order[i] as number;
    source[i] = k >= 0 ? k : (copies.of[~k] as number);
  }
  const tables = {} as Record<Tabled, unknown[]>;
  const indexes = {} as Record<Tabled, Int32Array>;
  const ofDecided = new Int32Array(m);
  for (const f of TABLED) {
    const seen = new Map<unknown, number>();
    const table: unknown[] = [];
    for (let k = 0; k < m; k += 1) {
      const v = (decided[k] as CheckedPart)[f];
      let x = seen.get(v);
      if (x === undefined) {
        x = table.length;
        table.push(v);
        seen.set(v, x);
      }
      ofDecided[k] = x;
    }
    const index = new Int32Array(n);
    for (let i = 0; i < n; i += 1) index[i] = ofDecided[source[i] as number] as number;
    tables[f] = table;
    indexes[f] = index;
  }
  const row = new Float64Array(n);
  const thresholdPct = new Float64Array(n);
  const hasThresholdPct = new Uint8Array(n);
  const quantity = new Float64Array(n);
  const hasQuantity = new Uint8Array(n);
  const partId: string[] = new Array(n);
  const rows: Record<number, number[]> = {};
  const errorRows: Record<number, number[]> = {};
  for (let i = 0; i < n; i += 1) {
    const k = order[i] as number;
    const p = decided[source[i] as number] as CheckedPart;
    if (p.thresholdPct !== null) {
      thresholdPct[i] = p.thresholdPct;
      hasThresholdPct[i] = 1;
    }
    if (p.quantity !== null) {
      quantity[i] = p.quantity;
      hasQuantity[i] = 1;
    }
    if (k >= 0) {
      row[i] = p.row;
      partId[i] = p.partId;
      if (p.rows.length !== 1 || p.rows[0] !== p.row) rows[i] = p.rows;
    } else {
      // A copy's rows are [its row] (copyCheckedPart): nothing to send.
      row[i] = copies.row[~k] as number;
      partId[i] = copies.partId[~k] as string;
    }
    if (p.errorRows.length > 0) errorRows[i] = p.errorRows;
  }
  const packed: PackedParts = { count: n, tables, indexes, row, thresholdPct, hasThresholdPct, quantity, hasQuantity, partId, rows, errorRows };
  const transfer = [...Object.values(indexes), row, thresholdPct, hasThresholdPct, quantity, hasQuantity].map((a) => a.buffer as ArrayBuffer);
  return { packed, transfer };
}

/** The lines again, equal to those packed, field for field and in the same order (lines of a kind share values). */
export function unpackCheckedParts(packed: PackedParts): CheckedPart[] {
  const { tables: t, indexes: x } = packed;
  const at = <K extends Tabled>(f: K, i: number) => t[f][x[f][i] as number] as CheckedPart[K];
  const out: CheckedPart[] = new Array(packed.count);
  for (let i = 0; i < packed.count; i += 1) {
    const row = packed.row[i] as number;
    out[i] = {
      action: at("action", i),
      status: at("status", i),
      reason: at("reason", i),
      missing: at("missing", i),
      inputs: at("inputs", i),
      estimated: at("estimated", i),
      drivers: at("drivers", i),
      contentPct: at("contentPct", i),
      thresholdPct: packed.hasThresholdPct[i] ? (packed.thresholdPct[i] as number) : null,
      codeCandidates: at("codeCandidates", i),
      row,
      rows: packed.rows[i] ?? [row],
      partId: packed.partId[i] as string,
      description: at("description", i),
      hsCode: at("hsCode", i),
      supplier: at("supplier", i),
      supplierCountry: at("supplierCountry", i),
      originCountry: at("originCountry", i),
      type: at("type", i),
      typeLabel: at("typeLabel", i),
      grade: at("grade", i),
      unitValue: at("unitValue", i),
      quantity: packed.hasQuantity[i] ? (packed.quantity[i] as number) : null,
      errorRows: packed.errorRows[i] ?? [],
    };
  }
  return out;
}
