import type { ProductResult, Range } from "../engine/exposure-types";
import { compareStatus, type Status } from "../engine/status";

export const PRODUCT_SORT_KEYS = ["name", "sector", "status", "dependence", "content", "valueAtRisk"] as const;
export type ProductSortKey = (typeof PRODUCT_SORT_KEYS)[number];

export type ProductTableQuery = {
  sector: string | null;
  /** Matches a product whose status is this at either end of its range. */
  status: Status | null;
  sort: ProductSortKey;
  dir: "asc" | "desc";
};

/** Nulls (gaps) sort last whichever the direction, so a missing figure never poses as the largest or smallest. */
function compareNullable(a: Range | null, b: Range | null, sign: number): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (a.high - b.high || a.low - b.low) * sign;
}

export function selectProductRows(products: readonly ProductResult[], sectorNames: ReadonlyMap<string, string>, q: ProductTableQuery): ProductResult[] {
  const sign = q.dir === "asc" ? 1 : -1;
  const rows = products.filter(
    (p) => (q.sector === null || p.sectorId === q.sector) && (q.status === null || p.status.low === q.status || p.status.high === q.status),
  );
  const byName = (a: ProductResult, b: ProductResult) => a.name.localeCompare(b.name);
  return rows.sort((a, b) => {
    let c = 0;
    switch (q.sort) {
      case "name":
        c = byName(a, b) * sign;
        break;
      case "sector":
        c = (sectorNames.get(a.sectorId) ?? "").localeCompare(sectorNames.get(b.sectorId) ?? "") * sign;
        break;
      case "status":
        c = (compareStatus(a.status.high, b.status.high) || compareStatus(a.status.low, b.status.low)) * sign;
        break;
      case "dependence":
        c = compareNullable(a.dependence, b.dependence, sign);
        break;
      case "content":
        c = compareNullable(a.controlledContentPct, b.controlledContentPct, sign);
        break;
      case "valueAtRisk":
        c = compareNullable(a.valueAtRiskUsd, b.valueAtRiskUsd, sign);
        break;
    }
    return c || byName(a, b);
  });
}
