import type { ElementSymbol } from "../schemas/constants";
import type { Action } from "./actions";
import { LINE_TYPE_LABELS, type LineType } from "./line-types";
import type { PartsContext } from "./parts-context";
import type { Money, PartLine } from "./read-part-lines";
import { type LineTriage, triageLine } from "./triage-line";

/** One line of the parts list with its action: what the API answers per part and every report lists. */
export type CheckedPart = LineTriage & {
  row: number;
  rows: number[];
  partId: string;
  description: string;
  hsCode: string | null;
  supplier: string | null;
  supplierCountry: string | null;
  originCountry: string | null;
  type: LineType;
  typeLabel: string;
  grade: string | null;
  unitValue: Money | null;
  quantity: number | null;
  /** Rows of this line with an error (listed in the errors). */
  errorRows: number[];
};

const countryCode = (c: PartLine["originCountry"]) => (c ? (c.code ?? "outside China") : null);

/**
 * Decides every line. Lines that agree in everything the decision reads (type, content, origin, share, end use,
 * buyer's country, value, code) share one decision: a 100,000-line list of a few hundred kinds of part costs a few
 * hundred kernel runs, not 100,000.
 */
export function triageParts(lines: readonly PartLine[], ctx: PartsContext, onProgress?: (done: number) => void): CheckedPart[] {
  const ids = new Map<object, number>();
  const idOf = (o: object) => {
    let id = ids.get(o);
    if (id === undefined) {
      id = ids.size;
      ids.set(o, id);
    }
    return id;
  };
  const decided = new Map<string, LineTriage>();
  const out: CheckedPart[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as PartLine;
    const incomplete = line.invalid.includes("element") || line.invalid.includes("grams_per_unit");
    const o = line.originCountry;
    const su = line.supplierCountry;
    const value = line.unitValue;
    // Country readings and money values are memoised objects (one per distinct cell), so their identity stands for them.
    const key = `${idOf(line.classification)}|${idOf(line.content)}|${o ? idOf(o) : ""}|${su ? idOf(su) : ""}|${line.destination ? idOf(line.destination) : ""}|${line.chinaOriginShare ?? ""}|${line.endUse ?? ""}|${value ? idOf(value) : ""}|${line.hsCode ?? ""}|${line.givenElements.length === 0 ? "" : line.givenElements.map((g) => `${g.element}${g.grams}`).join(",")}|${incomplete ? line.errorRows.join(",") : ""}|${line.invalid.includes("end_use") ? "unread" : ""}|${line.rowConflicts.length === 0 ? "" : line.rowConflicts.join(";")}`;
    let t = decided.get(key);
    if (!t) {
      t = triageLine(line, ctx);
      if (decided.size < 100_000) decided.set(key, t);
    }
    const c = line.classification;
    // Every field named, not spread: one object shape for all lines (a spread of the shared decision made V8 build
    // each line's object property by property, and 100,000 of them cost seconds of garbage collection).
    out[i] = {
      action: t.action,
      status: t.status,
      reason: t.reason,
      missing: t.missing,
      inputs: t.inputs,
      estimated: t.estimated,
      drivers: t.drivers,
      contentPct: t.contentPct,
      thresholdPct: t.thresholdPct,
      codeCandidates: t.codeCandidates,
      row: line.row,
      rows: line.rows,
      partId: line.partId,
      description: line.description,
      hsCode: line.hsCode,
      supplier: line.supplier,
      supplierCountry: countryCode(line.supplierCountry),
      originCountry: countryCode(line.originCountry),
      type: c.type,
      typeLabel: LINE_TYPE_LABELS[c.type],
      grade: c.grade?.text ?? null,
      unitValue: line.unitValue,
      quantity: line.quantity,
      errorRows: line.errorRows,
    };
    if (onProgress && i % 5000 === 4999) onProgress(i + 1);
  }
  return out;
}

export type PartsSummary = {
  lines: number;
  byAction: Record<Action, { lines: number; unitValueUsd: number; annualValueUsd: number }>;
  /** Lines whose decision rests on an estimate or an assumption (content, origin, end use…). */
  estimatedLines: number;
  /** Lines that need a licence, a review or a hold, by the element that drives them; most lines first. */
  drivers: { symbol: ElementSymbol; lines: number }[];
  /** Σ unit value × quantity of lines with both, in US dollars: what a year's (or the list's) purchases are worth. */
  totalAnnualValueUsd: number;
};

/** Lines, unit value and purchases by action, and the elements that drive the restricted lines. */
export function summariseParts(parts: readonly CheckedPart[]): PartsSummary {
  const byAction = {
    hold: { lines: 0, unitValueUsd: 0, annualValueUsd: 0 },
    apply: { lines: 0, unitValueUsd: 0, annualValueUsd: 0 },
    review: { lines: 0, unitValueUsd: 0, annualValueUsd: 0 },
    "insufficient-data": { lines: 0, unitValueUsd: 0, annualValueUsd: 0 },
    clear: { lines: 0, unitValueUsd: 0, annualValueUsd: 0 },
  } satisfies PartsSummary["byAction"];
  const drivers = new Map<ElementSymbol, number>();
  let estimated = 0;
  let total = 0;
  for (const p of parts) {
    const b = byAction[p.action];
    b.lines += 1;
    const usd = p.unitValue?.usd ?? 0;
    b.unitValueUsd += usd;
    const annual = p.quantity !== null ? usd * p.quantity : 0;
    b.annualValueUsd += annual;
    total += annual;
    if (p.estimated.length > 0) estimated += 1;
    if (p.action === "clear" || p.action === "insufficient-data") continue;
    for (const d of p.drivers) drivers.set(d, (drivers.get(d) ?? 0) + 1);
  }
  return {
    lines: parts.length,
    byAction,
    estimatedLines: estimated,
    drivers: [...drivers.entries()].sort((a, b) => b[1] - a[1]).map(([symbol, lines]) => ({ symbol, lines })),
    totalAnnualValueUsd: total,
  };
}
