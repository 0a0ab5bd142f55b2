import type { ComponentForm, ElementSymbol } from "../schemas/constants";
import type { ControlCodesFile, ControlItem, ReferenceCode } from "../schemas/control-codes";
import { type DatedMeasure, getMeasureStatus, type MeasureStatus } from "./measure-status";
import type { LookupQuery } from "./parse-lookup-query";

/** What the lookup needs from the dataset: the measures (for dates) and the FAQ exclusions (for hints). */
export type LookupTables = {
  controlCodes: Pick<ControlCodesFile, "items" | "hsHints">;
  measures: readonly (DatedMeasure & { id: string; title: string })[];
  exclusions: readonly { id: string; text: string; faq: string; sourceIds: string[] }[];
};

/**
 * How a candidate was found: `exact` the typed 10-digit code is a reference code; `within-line` the typed code sits
 * under an 8-digit reference line (Ann. 57 metals); `prefix` a reference code starts with what was typed;
 * `control-code` the control code was typed; `no-code` an item without a code that goods under the typed heading
 * may be (magnets: composition decides).
 */
export type MatchKind = "exact" | "within-line" | "prefix" | "control-code" | "no-code";

export type LookupCandidate = {
  itemId: string;
  controlCode: string | null;
  item: string;
  elements: ElementSymbol[];
  forms: ComponentForm[];
  /** Controlled only when it contains one of these (NdFeB with Dy or Tb); null when the item is unconditional. */
  requiresAnyOf: ElementSymbol[] | null;
  match: MatchKind;
  /** The reference code that matched; null for control-code and no-code matches. */
  matchedCode: string | null;
  /** Whether the matched code's attachment to the item is verified (for other matches: whether all codes are). */
  confirmed: boolean;
  tariffLine: string | null;
  codeNote: string | null;
  /** Why the item has no code, when it has none. */
  noCode: string | null;
  /** Every reference code of the item, for the table. */
  codes: string[];
  measure: { id: string; title: string };
  status: MeasureStatus;
  sourceIds: string[];
};

export type LookupHint = {
  prefix: string;
  heading: string;
  note: string;
  exclusions: { id: string; faq: string; text: string; sourceIds: string[] }[];
  sourceIds: string[];
};

export type LookupAnswer = {
  query: LookupQuery;
  asOf: string;
  candidates: LookupCandidate[];
  hints: LookupHint[];
  /** True when the answer depends on what the goods contain: PM materials, mixtures, lines shared by elements. */
  compositionDecides: boolean;
  note: string;
};

const RULE =
  "A reference customs code is printed for customs' convenience: the item description governs, not the code, and a code that matches nothing is never evidence that goods are not controlled.";

const MATCH_ORDER: Record<MatchKind, number> = { exact: 0, "within-line": 1, prefix: 2, "control-code": 3, "no-code": 4 };

function matchCode(digits: string, code: string): MatchKind | null {
  if (code === digits) return "exact";
  if (digits.length > code.length && digits.startsWith(code)) return "within-line";
  if (code.startsWith(digits)) return "prefix";
  return null;
}

const unique = <T,>(xs: readonly T[]): T[] => [...new Set(xs)];

/**
 * Looks a customs code or control code up in the control-code table, with each candidate's status on `asOf` from
 * the measures' recorded dates. Pure: the tables are passed in, so the page, the API and the parts-list triage
 * (in a browser worker) share it.
 */
export function lookupCode(query: LookupQuery, asOf: string, tables: LookupTables): LookupAnswer {
  const measures = new Map(tables.measures.map((m) => [m.id, m]));
  const items = new Map(tables.controlCodes.items.map((i) => [i.id, i]));
  const found = new Map<string, LookupCandidate>();

  const add = (item: ControlItem, match: MatchKind, code: ReferenceCode | null) => {
    const existing = found.get(item.id);
    // An item met again through another code of the same kind keeps the first, unless that one is unconfirmed and
    // this one is confirmed: under a prefix such as 2846, Lu oxide is confirmed by 2846901993 whatever 2846901800 is.
    if (existing && MATCH_ORDER[existing.match] < MATCH_ORDER[match]) return;
    if (existing && existing.match === match && (existing.confirmed || !code?.confirmed)) return;
    const measure = measures.get(item.measureId);
    if (!measure) throw new Error(`control item ${item.id}: unknown measure ${item.measureId}`);
    found.set(item.id, {
      itemId: item.id,
      controlCode: item.controlCode,
      item: item.item,
      elements: item.elements,
      forms: item.forms,
      requiresAnyOf: item.requiresAnyOf ?? null,
      match,
      matchedCode: code?.code ?? null,
      confirmed: code ? code.confirmed : item.codes.every((c) => c.confirmed),
      tariffLine: code?.tariffLine ?? null,
      codeNote: code?.note ?? null,
      noCode: item.noCode,
      codes: item.codes.map((c) => c.code),
      measure: { id: measure.id, title: measure.title },
      status: getMeasureStatus(measure, asOf),
      sourceIds: unique([...item.sourceIds, ...(code?.sourceIds ?? [])]),
    });
  };

  const hints: LookupHint[] = [];
  if (query.kind === "customs-code") {
    for (const item of tables.controlCodes.items) {
      for (const code of item.codes) {
        const match = matchCode(query.digits, code.code);
        if (match) add(item, match, code);
      }
    }
    for (const hint of tables.controlCodes.hsHints) {
      if (!query.digits.startsWith(hint.prefix) && !hint.prefix.startsWith(query.digits)) continue;
      hints.push({
        prefix: hint.prefix,
        heading: hint.heading,
        note: hint.note,
        exclusions: hint.exclusionIds.flatMap((id) => tables.exclusions.filter((x) => x.id === id)),
        sourceIds: hint.sourceIds,
      });
      for (const id of hint.itemIds) {
        const item = items.get(id);
        if (item) add(item, "no-code", null);
      }
    }
  } else {
    const want = query.subItem ? `${query.code}.${query.subItem}` : null;
    for (const item of tables.controlCodes.items) {
      const cc = item.controlCode;
      if (cc && (want ? cc === want : cc.startsWith(`${query.code}.`))) add(item, "control-code", null);
    }
  }

  const order = new Map(tables.controlCodes.items.map((i, k) => [i.id, k]));
  const candidates = [...found.values()].sort(
    (a, b) => MATCH_ORDER[a.match] - MATCH_ORDER[b.match] || (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0),
  );
  const compositionDecides = decidesByComposition(candidates);
  return { query, asOf, candidates, hints, compositionDecides, note: composeNote(query, candidates, hints, compositionDecides) };
}

/**
 * Whether the answer turns on what the goods contain (control-codes.md §5.4): permanent-magnet materials (controlled
 * only with Tb or Dy, or as SmCo), items without a code, a mixture line ("Mixed oxide containing oxides of Sm, Gd…"),
 * or a shared line: candidates for more than one element, of which the goods may hold some, all or none.
 */
export function decidesByComposition(candidates: readonly LookupCandidate[]): boolean {
  if (candidates.some((c) => c.requiresAnyOf !== null || c.forms.includes("smco_magnet") || c.match === "no-code")) return true;
  if (candidates.some((c) => /\bmix(?:ed|tures?)\b/i.test(c.tariffLine ?? ""))) return true;
  return new Set(candidates.flatMap((c) => c.elements)).size > 1;
}

/** "28053019 for 1C909.a, 1C910.a; 38249999 for 1C914.c": the 8-digit lines the candidates matched through. */
function describeLines(candidates: readonly LookupCandidate[]): string {
  const byLine = new Map<string, string[]>();
  for (const c of candidates) {
    if (c.match !== "within-line" || c.matchedCode === null) continue;
    const codes = byLine.get(c.matchedCode) ?? [];
    byLine.set(c.matchedCode, unique([...codes, c.controlCode ?? "Ann. 61 annex"]));
  }
  return [...byLine].map(([line, codes]) => `${line} for ${codes.join(", ")}`).join("; ");
}

function composeNote(query: LookupQuery, candidates: readonly LookupCandidate[], hints: readonly LookupHint[], compositionDecides: boolean): string {
  const parts: string[] = [];
  const typed = query.kind === "customs-code" ? query.digits : query.subItem ? `${query.code}.${query.subItem}` : query.code;
  const coded = candidates.filter((c) => c.match !== "no-code");
  if (coded.length === 0) {
    parts.push(
      hints.length > 0
        ? `No control item lists a reference code under ${typed}.`
        : `No control item on record lists ${typed}. That does not mean the goods are not controlled: compare their description with the items, and with the items that have no code at all (permanent-magnet materials, the Ann. 57 oxides and compounds, the Ann. 61 annex).`,
    );
  } else {
    const controlCodes = unique(coded.map((c) => c.controlCode ?? "Ann. 61 annex"));
    const elements = unique(coded.flatMap((c) => c.elements));
    if (elements.length > 1) {
      parts.push(`${typed} answers ${coded.length} items under ${controlCodes.length} control code${controlCodes.length === 1 ? "" : "s"} (${elements.join(", ")}): which one applies depends on what the goods are.`);
    }
    if (coded.some((c) => c.match === "within-line")) {
      parts.push(`Some candidates match through an 8-digit reference line that covers every 10-digit code under it (${describeLines(coded)}).`);
    }
    if (coded.some((c) => !c.confirmed)) parts.push("Candidates marked unconfirmed rest on a code whose attachment to the item is not verified.");
  }
  for (const h of hints) parts.push(h.note);
  if (compositionDecides) parts.push("Where an item depends on composition, state what the goods contain: the code alone cannot decide.");
  parts.push(RULE);
  return parts.join(" ");
}
