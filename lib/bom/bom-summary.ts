import { STATUSES, type Status } from "../engine/status";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import type { PartResult } from "./determine-parts";

export const BOM_STATUS_LABEL: Record<Status, string> = {
  free: "Free",
  license: "Licence",
  "case-by-case": "Case-by-case",
  denied: "Denied",
};

export type BomStatusPoint = {
  status: Status;
  label: string;
  parts: number;
  /** Σ unit value of the parts with this status: one of each part, not an annual volume. */
  unitValueUsd: number;
  /** Share of all parts, 0..100. */
  partsPct: number;
  /** Share of the total unit value, 0..100. */
  valuePct: number;
};

export type BomSummary = {
  parts: number;
  totalUnitValueUsd: number;
  /** Parts computed from some of their rows only. */
  incompleteParts: number;
  byStatus: Record<Status, { parts: number; unitValueUsd: number }>;
  /** One point per status, free → denied: ready for a bar or donut chart of counts and of value. */
  series: BomStatusPoint[];
  /** Restricted parts (licence, case-by-case, denied) per driving element, most parts first, then atomic order. */
  drivers: { symbol: ElementSymbol; parts: number; unitValueUsd: number }[];
};

/** Parts and unit value by status, and the elements that restrict them. */
export function summariseParts(results: readonly PartResult[]): BomSummary {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, { parts: 0, unitValueUsd: 0 }])) as BomSummary["byStatus"];
  const drivers = new Map<ElementSymbol, { parts: number; unitValueUsd: number }>();
  let total = 0;
  let incomplete = 0;
  for (const r of results) {
    const bucket = byStatus[r.status];
    bucket.parts += 1;
    bucket.unitValueUsd += r.unitValueUsd;
    total += r.unitValueUsd;
    if (r.incomplete) incomplete += 1;
    if (r.status === "free") continue;
    for (const d of r.drivers) {
      let e = drivers.get(d);
      if (!e) {
        e = { parts: 0, unitValueUsd: 0 };
        drivers.set(d, e);
      }
      e.parts += 1;
      e.unitValueUsd += r.unitValueUsd;
    }
  }
  const n = results.length;
  const series = STATUSES.map((status): BomStatusPoint => ({
    status,
    label: BOM_STATUS_LABEL[status],
    parts: byStatus[status].parts,
    unitValueUsd: byStatus[status].unitValueUsd,
    partsPct: n === 0 ? 0 : (byStatus[status].parts / n) * 100,
    valuePct: total === 0 ? 0 : (byStatus[status].unitValueUsd / total) * 100,
  }));
  // ELEMENT_SYMBOLS is in atomic-number order.
  const atomic = (s: ElementSymbol) => ELEMENT_SYMBOLS.indexOf(s);
  return {
    parts: n,
    totalUnitValueUsd: total,
    incompleteParts: incomplete,
    byStatus,
    series,
    drivers: [...drivers.entries()]
      .sort((a, b) => b[1].parts - a[1].parts || atomic(a[0]) - atomic(b[0]))
      .map(([symbol, e]) => ({ symbol, parts: e.parts, unitValueUsd: e.unitValueUsd })),
  };
}
