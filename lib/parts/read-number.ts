// Numbers as spreadsheets in Europe, the US and Asia write them: 1.234,56 · 1,234.56 · 1 234,56 · 1'234.50 · 12,5.
// Every reader is one pass over a cell of at most NUMBER_MAX_CHARS characters.

export type DecimalSeparator = "." | ",";

export type NumberResult = { ok: true; value: number } | { ok: false; error: string };

export const NUMBER_MAX_CHARS = 40;

/** Thousands separators that can never be a decimal point: spaces (incl. no-break and thin) and apostrophes. */
const isGroupingOnly = (c: string) => c === " " || c === "\u00a0" || c === "\u202f" || c === "\u2009" || c === "'" || c === "\u2019";
const isDigit = (c: number) => c >= 48 && c <= 57;

const clip = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);
const bad = (s: string, why: string): NumberResult => ({ ok: false, error: `"${clip(s)}" ${why}` });

/**
 * Reads a number written with any common decimal and grouping convention. The one case that cannot be decided
 * from the cell alone, a single separator followed by exactly three digits ("1,234", "12.500"), is read with
 * `decimal`, the file's (or column's) decimal separator; without it the cell is an error saying so, never a guess.
 * A leading or trailing minus (SAP writes "12-"), and exponents ("1.5E-3", as CSV exports write small numbers)
 * are read.
 */
export function readLocaleNumber(raw: string, decimal: DecimalSeparator | null): NumberResult {
  let s = raw.trim();
  if (s === "") return { ok: false, error: "empty" };
  if (s.length > NUMBER_MAX_CHARS) return bad(s, `is longer than ${NUMBER_MAX_CHARS} characters`);
  let negative = false;
  const first = s[0];
  if (first === "-" || first === "+" || first === "\u2212") {
    negative = first !== "+";
    s = s.slice(1).trimStart();
  } else if (s.endsWith("-")) {
    negative = true;
    s = s.slice(0, -1).trimEnd();
  }
  if (/^\d+(?:\.\d+)?[eE][+-]?\d{1,3}$/.test(s)) {
    const v = Number(s);
    return Number.isFinite(v) ? { ok: true, value: negative ? -v : v } : bad(raw, "is out of range");
  }

  // Digit groups and the single separators between them.
  const groups: string[] = [];
  const seps: string[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i += 1) {
    if (i < s.length && isDigit(s.charCodeAt(i))) continue;
    if (i === start && !(i === 0 && (s[0] === "." || s[0] === ","))) return bad(raw, "is not a number");
    groups.push(s.slice(start, i));
    if (i < s.length) {
      const c = s[i] ?? "";
      if (c !== "." && c !== "," && !isGroupingOnly(c)) return bad(raw, "is not a number");
      seps.push(c);
    }
    start = i + 1;
  }
  if (groups.length !== seps.length + 1) return bad(raw, "is not a number");

  // Which separator is the decimal one, if any.
  let decimalAt = -1;
  const dots = seps.filter((c) => c === ".").length;
  const commas = seps.filter((c) => c === ",").length;
  const last = seps.length - 1;
  if (dots > 0 && commas > 0) {
    const d = seps[last];
    if (d !== "." && d !== ",") return bad(raw, "is not a number");
    if ((d === "." ? dots : commas) !== 1) return bad(raw, "mixes separators");
    decimalAt = last;
  } else if (dots + commas === 1) {
    const at = seps.findIndex((c) => c === "." || c === ",");
    const c = seps[at] as DecimalSeparator;
    const after = groups[at + 1] ?? "";
    const before = groups[at] ?? "";
    const groupedBefore = at > 0; // "1 234,5": spaces already group the integer part
    if (at !== last || groupedBefore || after.length !== 3 || before === "" || before === "0" || before.length > 3) {
      if (at !== last) return bad(raw, "is not a number");
      decimalAt = at;
    } else if (decimal === null) {
      return bad(raw, `is ambiguous: ${before}${c}${after} could be ${before}.${after} or ${before}${after}; the file's decimal separator decides`);
    } else if (decimal === c) {
      decimalAt = at;
    }
  } else if (dots + commas > 1) {
    // Only one kind, several times: thousands separators ("1.234.567").
    decimalAt = -1;
  }

  // Grouping: the first group 1–3 digits, every later group of the integer part exactly 3.
  const intEnd = decimalAt >= 0 ? decimalAt : seps.length;
  if (intEnd > 0) {
    const lead = groups[0] ?? "";
    if (lead.length < 1 || lead.length > 3) return bad(raw, "has misplaced thousands separators");
    for (let k = 1; k <= intEnd; k += 1) if ((groups[k] ?? "").length !== 3) return bad(raw, "has misplaced thousands separators");
    const groupChar = seps[0];
    for (let k = 0; k < intEnd; k += 1) {
      const c = seps[k] ?? "";
      if (c !== groupChar && !(isGroupingOnly(c) && isGroupingOnly(groupChar ?? ""))) return bad(raw, "mixes thousands separators");
    }
  }
  const integer = groups.slice(0, intEnd + 1).join("") || "0";
  const fraction = decimalAt >= 0 ? (groups[decimalAt + 1] ?? "") : "";
  if (decimalAt >= 0 && fraction === "") return bad(raw, "is not a number");
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  if (!Number.isFinite(value)) return bad(raw, "is out of range");
  return { ok: true, value: negative ? -value : value };
}

/**
 * The decimal separator a column of numbers uses, from the cells that show it unambiguously ("12,5", "1.234,56",
 * "0.75"); null when none does. Reads at most `limit` cells.
 */
export function detectDecimalSeparator(cells: Iterable<string>, limit = 2000): DecimalSeparator | null {
  let dot = 0;
  let comma = 0;
  let n = 0;
  for (const raw of cells) {
    if (n >= limit) break;
    n += 1;
    const s = raw.trim();
    if (s.length === 0 || s.length > NUMBER_MAX_CHARS) continue;
    const lastDot = s.lastIndexOf(".");
    const lastComma = s.lastIndexOf(",");
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastDot > lastComma) dot += 1;
      else comma += 1;
      continue;
    }
    const at = Math.max(lastDot, lastComma);
    if (at < 0) continue;
    const c = s[at];
    const once = s.indexOf(c ?? "") === at;
    const digitsAfter = s.length - at - 1;
    const m = /^[^0-9]*(\d*)/.exec(s);
    const lead = m?.[1] ?? "";
    // One separator that cannot be grouping: not followed by exactly three digits, or after a lone 0.
    if (once && (digitsAfter !== 3 || lead === "0" || lead.length > 3)) {
      if (c === ".") dot += 1;
      else comma += 1;
    } else if (!once) {
      // "1.234.567": grouping, so the other character is the decimal one.
      if (c === ".") comma += 1;
      else dot += 1;
    }
  }
  if (dot === comma) return null;
  return dot > comma ? "." : ",";
}

const QUANTITY_UNITS = /\s*(?:pcs?\.?|pieces?|stk\.?|st\.?|stück|stueck|pce|ea|each|units?|unités?|unites?|pz\.?|pezzi|uds?\.?|unidades?|x)$/i;

/** A quantity: a non-negative number, with a unit word such as "pcs", "Stk", "pz" allowed after it. */
export function readQuantity(raw: string, decimal: DecimalSeparator | null): NumberResult {
  const r = readLocaleNumber(raw.replace(QUANTITY_UNITS, ""), decimal);
  if (!r.ok) return r;
  if (r.value < 0) return bad(raw, "is negative: a quantity is 0 or more");
  return r;
}

/** A share, 0–1, written as a fraction (0.85, 0,85) or a percentage (85 %, 85%). */
export function readShare(raw: string, decimal: DecimalSeparator | null): NumberResult {
  const s = raw.trim();
  const pct = s.endsWith("%");
  const r = readLocaleNumber(pct ? s.slice(0, -1) : s, decimal);
  if (!r.ok) return r.error === "empty" ? r : bad(raw, "is not a share (0–1, or a percentage such as 85 %)");
  const v = pct ? r.value / 100 : r.value;
  if (v < 0) return bad(raw, "is below 0");
  if (v > 1) return bad(raw, pct ? "is above 100 %" : "is above 1: write a share as a fraction (0.85) or a percentage (85 %)");
  return { ok: true, value: v };
}
