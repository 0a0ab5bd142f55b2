import { ELEMENT_SYMBOLS, type ElementSymbol, isIsoDate } from "../schemas/constants";

/**
 * Readers for the kinds of value a scenario parameter takes. Each accepts the canonical spelling and the spellings
 * that can only mean one thing (a `%` sign on a percent, any case, spaces or semicolons between list items, a time
 * after a date), and says in a note how it read a value it did not find written canonically. Numbers are never
 * reported for their notation (".5" and "0.50" are the same number), only for what was dropped or changed.
 * Plain code, no zod: the page ships these.
 */

export type ValueRead<T> = { ok: true; value: T; notes: string[] } | { ok: false; message: string };

/** Keeps user text in messages short, so a 10 KB value does not make a 10 KB answer. */
export function clip(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

const ok = <T>(value: T, notes: string[] = []): ValueRead<T> => ({ ok: true, value, notes });
const bad = <T>(message: string): ValueRead<T> => ({ ok: false, message });

// ---- numbers and percents -------------------------------------------------------------------------------------------

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number as written in a URL (no hex, no Infinity, no thousands separators), or null. */
export function readNumber(text: string): number | null {
  return NUMBER.test(text) ? Number(text) : null;
}

/** "0.5" for 0.5, never an exponent below 1e-6, so that what is written reads back as the same number. */
export function formatNumber(n: number): string {
  return String(n);
}

export type PercentOptions = {
  min: number;
  max: number;
  /** An example for messages, e.g. "0.1". */
  example: string;
  /** Warn that a value in (0, 1] without a % sign may have been meant as a fraction (shares, not thresholds). */
  fractionHint: boolean;
};

/**
 * Where a value of 1 or less may have been meant as a fraction (shares), the % sign is what says "percent": it is
 * written for such values, and read without a note.
 */
const isAmbiguousPercent = (n: number) => n > 0 && n <= 1;

/** A percent: "0.1", "0.1%", " 75 % ". */
export function readPercent(raw: string, o: PercentOptions): ValueRead<number> {
  const m = /^\s*(.*?)\s*(%?)\s*$/.exec(raw);
  const text = m?.[1] ?? "";
  const sign = m?.[2] === "%";
  const n = readNumber(text);
  if (n === null) return bad(`"${clip(raw, 32)}" is not a number (percent, e.g. ${o.example})`);
  if (n < o.min || n > o.max) return bad(`${n} is outside ${o.min}-${o.max} (percent)`);
  const ambiguous = o.fractionHint && isAmbiguousPercent(n);
  if (sign && !ambiguous) return ok(n, [`"${clip(raw, 32)}" read as ${text} (the value is a percent; the % sign is not needed)`]);
  const hint = ambiguous && !sign ? fractionHint(n, (pct) => pct, `${text}%`) : null;
  return ok(n, hint ? [`"${clip(raw, 32)}" read as ${n} %; ${hint}`] : []);
}

/** The canonical spelling: the number, with a % sign only where a value of 1 or less could be read as a fraction. */
export function formatPercent(n: number, o: Pick<PercentOptions, "fractionHint">): string {
  return o.fractionHint && isAmbiguousPercent(n) ? `${formatNumber(n)}%` : formatNumber(n);
}

/** Percent with 1e-6 resolution: a share written and read back is the same number to within float error. */
const toPercent = (share: number) => Math.round(share * 1e8) / 1e6;

/** For a value in (0, 1] read as a percent: how to write it had it been meant as a fraction; null otherwise. */
function fractionHint(n: number, write: (pct: string) => string, asPercent: string): string | null {
  if (!isAmbiguousPercent(n)) return null;
  const pct = formatNumber(toPercent(n));
  return `a value of 1 or less may have been meant as a fraction: for ${pct} % write ${write(pct)} (${asPercent} says ${n} % without this warning)`;
}

// ---- enumerations ---------------------------------------------------------------------------------------------------

export type EnumOptions<T extends string> = {
  values: readonly T[];
  /** Other spellings, lower case, and the value each means; `silent` ones are documented and read without a note. */
  aliases?: Readonly<Record<string, { to: T; silent?: boolean }>>;
};

/** One of a few words, in any case: "CSV" is csv, "licence" is license. */
export function readEnum<T extends string>(raw: string, o: EnumOptions<T>): ValueRead<T> {
  const key = raw.trim().toLowerCase();
  const direct = o.values.find((v) => v === key);
  const alias = direct === undefined ? o.aliases?.[key] : undefined;
  const value = direct ?? alias?.to;
  if (value === undefined) return bad(`"${clip(raw, 32)}" is not one of ${o.values.join(", ")}`);
  // A documented alias, written as documented, is simply another name for the value.
  if (raw === value || (alias?.silent && raw === key)) return ok(value);
  return ok(value, [`"${clip(raw)}" read as ${value}`]);
}

// ---- identifiers and dates ------------------------------------------------------------------------------------------

const REGIME_ID = /^[a-z0-9-]{1,64}$/;

/** A preset id: lower-case letters, digits and hyphens; "APR-2025" is apr-2025. Whether it exists is decided later. */
export function readRegimeId(raw: string): ValueRead<string> {
  const id = raw.trim().toLowerCase();
  if (!REGIME_ID.test(id)) return bad(`"${clip(raw, 64)}" is not a regime id`);
  return ok(id, id === raw ? [] : [`"${clip(raw)}" read as ${id}`]);
}

// An ISO 8601 date with an optional time and zone. A space may stand for the "T", and for the "+" of an offset,
// which a query string decodes to a space.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(?:[Zz]|[+\- ]\d{2}(?::?\d{2})?)?)?$/;

export type DateOptions = { min: string; max: string };

/** A calendar date, YYYY-MM-DD; a time after it is dropped with a note (the date as written, whatever the zone). */
export function readDate(raw: string, o: DateOptions): ValueRead<string> {
  const text = raw.trim();
  const m = DATE_TIME.exec(text);
  const date = m?.[1];
  const [h, min, s] = [m?.[2], m?.[3], m?.[4]].map((x) => (x === undefined ? 0 : Number(x)));
  if (!m || date === undefined || !isIsoDate(date) || h! > 23 || min! > 59 || s! > 60) {
    return bad(`"${clip(raw, 32)}" is not a date in the form YYYY-MM-DD`);
  }
  if (date < o.min || date > o.max) return bad(`date must be between ${o.min} and ${o.max}`);
  if (date === raw) return ok(date);
  const timed = m[2] !== undefined;
  return ok(date, [timed ? `"${clip(raw)}" read as ${date}: the time of day is dropped (the date as written, whatever the time zone)` : `"${clip(raw)}" read as ${date}`]);
}

// ---- element lists --------------------------------------------------------------------------------------------------

const SYMBOL_BY_LOWER = new Map<string, ElementSymbol>(ELEMENT_SYMBOLS.map((s) => [s.toLowerCase(), s]));

export function findSymbol(text: string): ElementSymbol | undefined {
  return SYMBOL_BY_LOWER.get(text.toLowerCase());
}

/** Commas, semicolons, plus signs or spaces between items; two separators with nothing between them are an error. */
const LIST_SEPARATOR = /\s*[,;+]\s*|\s+/;

export function formatElementList(list: readonly ElementSymbol[]): string {
  return list.length === 0 ? "none" : list.join(",");
}

/** Element symbols in any case ("dy tb", "Dy;Tb", "Dy+Tb"), or "none"; repeats are read once. */
export function readElementList(raw: string): ValueRead<ElementSymbol[]> {
  const text = raw.trim();
  let value: ElementSymbol[];
  if (text.toLowerCase() === "none") value = [];
  else {
    const out: ElementSymbol[] = [];
    for (const part of text.split(LIST_SEPARATOR)) {
      const s = findSymbol(part);
      if (!s) {
        return bad(
          part === ""
            ? `empty element in "${clip(raw)}"; use "none" for no element`
            : `unknown element symbol "${clip(part, 16)}"; expected one of ${ELEMENT_SYMBOLS.join(", ")} or "none"`,
        );
      }
      out.push(s);
    }
    value = [...new Set(out)];
  }
  const canonical = formatElementList(value);
  return ok(value, canonical === raw ? [] : [`"${clip(raw)}" read as ${canonical}`]);
}

// ---- China-share maps -----------------------------------------------------------------------------------------------

/** The entries of a chinaShare parameter as written: percent per symbol, and "all" for every other symbol. */
export type ShareEntries = Partial<Record<ElementSymbol | "all", number>>;
export type ShareMap = Partial<Record<ElementSymbol, number>>;

const SHARE_KEYS = ["all", ...ELEMENT_SYMBOLS] as const;
/** Between pairs: a comma, a semicolon, spaces, or a plus sign before the next symbol. */
const PAIR_SEPARATOR = /\s*[,;]\s*|\s+|\+(?=[A-Za-z])/;
const SHARE_FORMAT = "should be SYMBOL:PERCENT (e.g. Dy:50) or all:PERCENT";

/** "Dy:50,Tb:30" or "all:60,Dy:80": the entries as written, each percent 0-100. */
export function readShareEntries(raw: string): ValueRead<ShareEntries> {
  const text = raw.trim().replace(/\s*:\s*/g, ":").replace(/\s+%/g, "%");
  const entries: ShareEntries = {};
  const echo: string[] = [];
  const notes: string[] = [];
  for (const pair of text.split(PAIR_SEPARATOR)) {
    const m = /^([^:]*):([^:]*)$/.exec(pair);
    const key = m?.[1] ?? "";
    const valueText = m?.[2] ?? "";
    if (!m || key === "" || valueText === "") return bad(`"${clip(pair)}" ${SHARE_FORMAT}`);
    const sign = valueText.endsWith("%");
    const numberText = sign ? valueText.slice(0, -1) : valueText;
    const pct = readNumber(numberText);
    if (pct === null || pct < 0 || pct > 100) return bad(`share "${clip(valueText, 16)}" for ${clip(key, 16)} must be a number from 0 to 100 (percent)`);
    const k = key.toLowerCase() === "all" ? "all" : findSymbol(key);
    if (!k) return bad(`unknown element symbol "${clip(key, 16)}"`);
    if (entries[k] !== undefined) return bad(`${k} is given twice in "${clip(raw)}"`);
    entries[k] = pct;
    // As the formatter writes it: the % sign only where the value could be read as a fraction.
    echo.push(`${k}:${numberText}${sign && isAmbiguousPercent(pct) ? "%" : ""}`);
    const hint = sign ? null : fractionHint(pct, (p) => `${k}:${p}`, `${k}:${numberText}%`);
    if (hint) notes.push(`${k}:${numberText} read as ${pct} %; ${hint}`);
  }
  const canonical = echo.join(",");
  if (canonical !== raw) notes.unshift(`"${clip(raw)}" read as ${canonical}${/%/.test(raw) ? " (percent)" : ""}`);
  return ok(entries, notes);
}

/** Entries to shares (0..1) per symbol: a symbol's own entry wins over "all", wherever each is written. */
export function sharesFromEntries(entries: ShareEntries): ShareMap {
  const out: ShareMap = {};
  for (const s of ELEMENT_SYMBOLS) {
    const pct = entries[s] ?? entries.all;
    if (pct !== undefined) out[s] = pct / 100;
  }
  return out;
}

export function readShareMap(raw: string): ValueRead<ShareMap> {
  const r = readShareEntries(raw);
  return r.ok ? ok(sharesFromEntries(r.value), r.notes) : r;
}

/** "all" first, then symbols in table order; null when there is no entry. */
export function formatShareEntries(entries: ShareEntries): string | null {
  const keys = SHARE_KEYS.filter((k) => entries[k] !== undefined);
  return keys.length === 0 ? null : keys.map((k) => `${k}:${formatPercent(entries[k]!, { fractionHint: true })}`).join(",");
}

/**
 * Shares (0..1) as the canonical parameter: symbols in table order; when every symbol has a share, the most common
 * one is written once as "all" and the others after it.
 */
export function formatShareMap(shares: ShareMap): string | null {
  const present = ELEMENT_SYMBOLS.filter((s) => shares[s] !== undefined);
  const entries: ShareEntries = {};
  for (const s of present) entries[s] = toPercent(shares[s]!);
  if (present.length === ELEMENT_SYMBOLS.length) {
    const counts = new Map<number, number>();
    for (const s of present) counts.set(entries[s]!, (counts.get(entries[s]!) ?? 0) + 1);
    const [mode, count] = [...counts].reduce((best, c) => (c[1] > best[1] ? c : best));
    if (count >= 2) {
      entries.all = mode;
      for (const s of present) if (entries[s] === mode) delete entries[s];
    }
  }
  return formatShareEntries(entries);
}
