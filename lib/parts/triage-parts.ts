import type { ElementSymbol } from "../schemas/constants";
import type { Action } from "./actions";
import { LINE_TYPE_LABELS, type LineType } from "./line-types";
import type { PartsContext } from "./parts-context";
import type { ContentEstimate } from "./estimate-content";
import type { Money, PartLine, PartLineSet } from "./read-part-lines";
import { type LineTriage, triageLine } from "./triage-line";
import { withoutCopies } from "./without-copies";

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
 * Maps and decisions the memo holds at most; past it, new lines are decided each time (still correct). A one-entry Map
 * costs about 250 bytes in V8 (200,000 measured at about 50 MB), so this bounds one check's memo near 12 MB even for
 * a list made of distinct lines; the memo lives for one check only.
 */
const TRIAGE_MEMO_LIMIT = 50_000;

/** A tree of maps, one level per input of the decision, each keyed by the input's value or memoised object. */
type Tree = Map<unknown, unknown>;

/** Lines remembered per content estimate for the quick comparison. */
const RECENT = 4;

/** Whether two lines of the common kind (no elements given, nothing unreadable) agree in every input the decision reads. */
const sameInputs = (a: PartLine, b: PartLine) =>
  a.classification === b.classification &&
  a.content === b.content &&
  a.originCountry === b.originCountry &&
  a.supplierCountry === b.supplierCountry &&
  a.destination === b.destination &&
  a.chinaOriginShare === b.chinaOriginShare &&
  a.endUse === b.endUse &&
  a.unitValue === b.unitValue &&
  a.hsCode === b.hsCode;

/**
 * triageLine, memoised on everything the decision reads: the classification, the content estimate, the origin,
 * supplier and buyer's countries, the China-origin share, the end use, the value and the customs code. Country
 * readings, money values, classifications and estimates are memoised objects (one per distinct cell or input), so
 * their identity stands for their content; the tree of maps keyed by them costs no string per line. The rarer inputs
 * (elements given per part, unreadable rows, an unreadable end use, rows that disagree) go into a string key beside it.
 */
function memoTriage(ctx: PartsContext): (line: PartLine) => LineTriage {
  const tree: Tree = new Map();
  const ids = new Map<object, number>();
  const idOf = (o: object) => {
    let id = ids.get(o);
    if (id === undefined) {
      id = ids.size;
      ids.set(o, id);
    }
    return id;
  };
  const rare = new Map<string, LineTriage>();
  const recent = new Map<ContentEstimate, { line: PartLine; t: LineTriage }[]>();
  let size = 0;
  /** The next level down; null once the memo is full and the level is not there. */
  const step = (level: Tree | null, key: unknown): Tree | null => {
    if (level === null) return null;
    let next = level.get(key) as Tree | undefined;
    if (next === undefined) {
      if (size >= TRIAGE_MEMO_LIMIT) return null;
      next = new Map();
      level.set(key, next);
      size += 1;
    }
    return next;
  };
  return (line) => {
    const incomplete = line.invalid.includes("element") || line.invalid.includes("grams_per_unit");
    const endUseUnread = line.invalid.includes("end_use");
    if (line.givenElements.length === 0 && !incomplete && !endUseUnread && line.rowConflicts.length === 0) {
      // Lines read from the same cells share every input object: found among the last few lines of the same content
      // estimate by comparing the inputs themselves, without walking the tree.
      let seen = recent.get(line.content);
      if (seen) {
        for (const r of seen) if (sameInputs(r.line, line)) return r.t;
      } else {
        seen = [];
        recent.set(line.content, seen);
      }
      let level = step(step(step(step(tree, line.classification), line.content), line.originCountry), line.supplierCountry);
      level = step(step(step(step(level, line.destination), line.chinaOriginShare), line.endUse), line.unitValue);
      if (level === null) return triageLine(line, ctx);
      let t = level.get(line.hsCode) as LineTriage | undefined;
      if (t === undefined) {
        t = triageLine(line, ctx);
        if (size < TRIAGE_MEMO_LIMIT) {
          level.set(line.hsCode, t);
          size += 1;
        }
      }
      if (seen.length < RECENT) seen.push({ line, t });
      else seen[line.row % RECENT] = { line, t };
      return t;
    }
    const o = line.originCountry;
    const su = line.supplierCountry;
    const value = line.unitValue;
    const key = `${idOf(line.classification)}|${idOf(line.content)}|${o ? idOf(o) : ""}|${su ? idOf(su) : ""}|${line.destination ? idOf(line.destination) : ""}|${line.chinaOriginShare ?? ""}|${line.endUse ?? ""}|${value ? idOf(value) : ""}|${line.hsCode ?? ""}|${line.givenElements.length === 0 ? "" : line.givenElements.map((g) => `${g.element}${g.grams}`).join(",")}|${incomplete ? line.errorRows.join(",") : ""}|${endUseUnread ? "unread" : ""}|${line.rowConflicts.length === 0 ? "" : line.rowConflicts.join(";")}`;
    let t = rare.get(key);
    if (t === undefined) {
      t = triageLine(line, ctx);
      if (size < TRIAGE_MEMO_LIMIT) {
        rare.set(key, t);
        size += 1;
      }
    }
    return t;
  };
}

/** A line with its decision. Every field named, not spread: one object shape for all lines (a spread of the shared
 * decision made V8 build each line's object property by property, and 100,000 of them cost seconds of garbage
 * collection). */
function checkedPart(line: PartLine, t: LineTriage): CheckedPart {
  const c = line.classification;
  return {
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
}

/**
 * The checked line of a row that repeats an earlier line in every read cell but the part number: that line's, on its
 * own row and number. Its decision is the earlier line's, as every input the decision reads is the same (the copy has
 * no error rows, elements or conflicts of its own: PartLineSet).
 */
export function copyCheckedPart(p: CheckedPart, row: number, partId: string): CheckedPart {
  return {
    action: p.action,
    status: p.status,
    reason: p.reason,
    missing: p.missing,
    inputs: p.inputs,
    estimated: p.estimated,
    drivers: p.drivers,
    contentPct: p.contentPct,
    thresholdPct: p.thresholdPct,
    codeCandidates: p.codeCandidates,
    row,
    rows: [row],
    partId,
    description: p.description,
    hsCode: p.hsCode,
    supplier: p.supplier,
    supplierCountry: p.supplierCountry,
    originCountry: p.originCountry,
    type: p.type,
    typeLabel: p.typeLabel,
    grade: p.grade,
    unitValue: p.unitValue,
    quantity: p.quantity,
    errorRows: p.errorRows,
  };
}

/**
 * Decides every line. Lines that agree in everything the decision reads (type, content, origin, share, end use,
 * buyer's country, value, code) share one decision: a 100,000-line list of a few hundred kinds of part costs a few
 * hundred kernel runs, not 100,000.
 */
export function triageParts(lines: readonly PartLine[], ctx: PartsContext, onProgress?: (done: number) => void): CheckedPart[] {
  // A list with no copies is a set whose lines are all read in full: its decided lines are the list's, in order.
  return triagePartLineSet({ read: lines as PartLine[], ...withoutCopies(lines.length) }, ctx, onProgress).decided;
}

/**
 * The checked lines of a set, as the set holds its lines: each line read in full checked, and each copy kept as the
 * checked line it repeats, its row and its part number (copyCheckedPart makes it whole). A 100,000-line list of a few
 * hundred kinds of part is then a few hundred checked-line objects, not 100,000: making them (and collecting them)
 * was most of the triage stage in the browser's worker, and packing them for the page walked them all again.
 */
export type CheckedPartSet = {
  /** The checked line of each line read in full: decided[k] is read[k]'s. */
  decided: CheckedPart[];
  /** Every line in row order: k ≥ 0 is decided[k]; k < 0 is copy ~k (the bitwise not). */
  order: Int32Array;
  /** Copy c repeats decided[of[c]] on row row[c] with part number partId[c]. */
  copies: { of: Int32Array; row: Int32Array; partId: string[] };
};

/**
 * Decides each line of a set read in full; the copies take the decision of the line they repeat. onProgress is told
 * the lines read in full decided so far, every 5,000 of them.
 */
export function triagePartLineSet(set: Pick<PartLineSet, "read" | "order" | "copies">, ctx: PartsContext, onProgress?: (done: number) => void): CheckedPartSet {
  const { read, order, copies } = set;
  const decided: CheckedPart[] = new Array(read.length);
  const decide = memoTriage(ctx);
  for (let k = 0; k < read.length; k += 1) {
    const line = read[k] as PartLine;
    decided[k] = checkedPart(line, decide(line));
    if (onProgress && k % 5000 === 4999) onProgress(k + 1);
  }
  return { decided, order, copies };
}

/** The checked line at index i of the set's row order: its own, or the one it repeats (its row and number are not). */
const decidedAt = ({ decided, order, copies }: CheckedPartSet, i: number): CheckedPart => {
  const k = order[i] as number;
  return decided[k >= 0 ? k : (copies.of[~k] as number)] as CheckedPart;
};

/** Every checked line of a set in row order, a copy as a line of its own (copyCheckedPart). */
export function expandCheckedParts(set: CheckedPartSet): CheckedPart[] {
  const { decided, order, copies } = set;
  const out: CheckedPart[] = new Array(order.length);
  for (let i = 0; i < order.length; i += 1) {
    const k = order[i] as number;
    out[i] = k >= 0 ? (decided[k] as CheckedPart) : copyCheckedPart(decided[copies.of[~k] as number] as CheckedPart, copies.row[~k] as number, copies.partId[~k] as string);
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
  return summariseLines(parts.length, (i) => parts[i] as CheckedPart);
}

/** As summariseParts, on the lines of a set: a copy counts as the line it repeats (it has its action, value and quantity). */
export function summarisePartSet(set: CheckedPartSet): PartsSummary {
  return summariseLines(set.order.length, (i) => decidedAt(set, i));
}

/** The summary of n lines, line i read by at(i), in row order: the sums are added in the same order either way. */
function summariseLines(n: number, at: (i: number) => CheckedPart): PartsSummary {
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
  for (let i = 0; i < n; i += 1) {
    const p = at(i);
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
    lines: n,
    byAction,
    estimatedLines: estimated,
    drivers: [...drivers.entries()].sort((a, b) => b[1] - a[1]).map(([symbol, lines]) => ({ symbol, lines })),
    totalAnnualValueUsd: total,
  };
}
