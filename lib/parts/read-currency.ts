import { keyOf } from "./normalise-text";
import { type DecimalSeparator, readLocaleNumber } from "./read-number";

export type CurrencyResult = { ok: true; code: string } | { ok: false; error: string };

/** Symbols and words for currencies, keyed by keyOf (lower case, letters and digits only) or by the symbol. */
const BY_TOKEN = new Map<string, string>([
  ["€", "EUR"], ["euro", "EUR"], ["euros", "EUR"], ["eur", "EUR"],
  ["us$", "USD"], ["usd", "USD"], ["usdollar", "USD"], ["usdollars", "USD"], 
  ["£", "GBP"], ["gbp", "GBP"], ["pound", "GBP"], ["pounds", "GBP"], ["pfund", "GBP"], ["sterling", "GBP"],
  ["jp¥", "JPY"], ["円", "JPY"], ["jpy", "JPY"], ["yen", "JPY"],
  ["cn¥", "CNY"], ["元", "CNY"], ["rmb", "CNY"], ["cny", "CNY"], ["yuan", "CNY"], ["renminbi", "CNY"],
  ["₩", "KRW"], ["krw", "KRW"], ["won", "KRW"],
  ["chf", "CHF"], ["sfr", "CHF"], ["fr", "CHF"], ["franken", "CHF"],
  ["sek", "SEK"], ["nok", "NOK"], ["dkk", "DKK"], ["pln", "PLN"], ["czk", "CZK"], ["huf", "HUF"], ["inr", "INR"], ["₹", "INR"],
  ["twd", "TWD"], ["hkd", "HKD"], ["sgd", "SGD"], ["cad", "CAD"], ["aud", "AUD"], ["mxn", "MXN"], ["brl", "BRL"], ["try", "TRY"],
  ["thb", "THB"], ["myr", "MYR"], ["vnd", "VND"], ["idr", "IDR"], ["zar", "ZAR"], ["ron", "RON"],
]);

const DOLLAR = "$ and \"dollar\" are used for the US, Canadian, Australian, New Zealand, Hong Kong, Singapore and Taiwan dollars (and the Mexican peso): write USD, CAD, AUD, NZD, HKD, SGD or TWD";

// A symbol several currencies share is never guessed (a "$" file from Toronto is not in US dollars): it is refused
// alone, and read as the row's or the file's currency when that is one of those it may stand for.
const AMBIGUOUS: Record<string, { error: string; codes: readonly string[] }> = {
  "¥": { error: "¥ is used for both the Japanese yen and the Chinese yuan: write JPY or CNY", codes: ["JPY", "CNY"] },
  kr: { error: "kr is used for the Swedish, Norwegian and Danish krone: write SEK, NOK or DKK", codes: ["SEK", "NOK", "DKK"] },
  $: { error: DOLLAR, codes: ["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN"] },
  dollar: { error: DOLLAR, codes: ["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"] },
  dollars: { error: DOLLAR, codes: ["USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"] },
};

/** An ISO 4217 code, a symbol (€, £, US$, CN¥) or a word (Euro, Yen, RMB) as a currency code. */
export function readCurrency(raw: string): CurrencyResult {
  const s = raw.trim();
  if (s === "") return { ok: false, error: "empty" };
  if (s.length > 24) return { ok: false, error: `"${s.slice(0, 24)}…" is not a currency` };
  const lower = s.toLowerCase();
  const ambiguous = AMBIGUOUS[lower];
  if (ambiguous) return { ok: false, error: ambiguous.error };
  const code = BY_TOKEN.get(lower) ?? BY_TOKEN.get(keyOf(s)) ?? (/^[A-Z]{3}$/.test(s) ? s : undefined);
  return code ? { ok: true, code } : { ok: false, error: `"${s}" is not a currency: write an ISO code such as EUR or USD` };
}

export type MoneyResult =
  | { ok: true; amount: number; currency: string; currencyFrom: "cell" | "default" }
  | { ok: false; error: string };

// A currency written before or after the amount: "€ 12,50", "12,50 EUR", "US$3.20", "1.234,00€".
const LEADING = /^(US\$|CN¥|JP¥|[A-Za-z]{3}|[€$£¥₩₹元円])\s*/;
const TRAILING = /\s*(US\$|CN¥|JP¥|[A-Za-z]{3}|[€$£¥₩₹元円])$/;

/**
 * A money amount: the number in the file's decimal convention, and its currency from the cell itself when it
 * writes one, else `defaultCurrency` (a currency column on the row, or the file's currency). Without either, the
 * amount is an error: a value is never silently taken as US dollars.
 */
export function readMoney(raw: string, decimal: DecimalSeparator | null, defaultCurrency: string | null): MoneyResult {
  let s = raw.trim();
  let token: string | null = null;
  const lead = LEADING.exec(s);
  if (lead?.[1]) {
    token = lead[1];
    s = s.slice(lead[0].length);
  } else {
    const trail = TRAILING.exec(s);
    if (trail?.[1]) {
      token = trail[1];
      s = s.slice(0, s.length - trail[0].length);
    }
  }
  // "abc" reads as a three-letter currency with no amount: that is not an empty cell but not an amount either.
  if (s.trim() === "" && token !== null) return { ok: false, error: `"${raw.trim().slice(0, 40)}" is not an amount of money` };
  const n = readLocaleNumber(s, decimal);
  if (!n.ok) return { ok: false, error: n.error === "empty" ? "empty" : n.error };
  if (token !== null) {
    const shared = AMBIGUOUS[token.toLowerCase()];
    if (shared) {
      if (defaultCurrency !== null && shared.codes.includes(defaultCurrency)) return { ok: true, amount: n.value, currency: defaultCurrency, currencyFrom: "default" };
      if (defaultCurrency !== null) return { ok: false, error: `"${raw.trim()}" is not in the row's currency, ${defaultCurrency}: ${shared.error}` };
      return { ok: false, error: `"${raw.trim()}": ${shared.error}, or choose the file's currency` };
    }
    const c = readCurrency(token);
    if (!c.ok) return c;
    if (defaultCurrency !== null && c.code !== defaultCurrency) {
      return { ok: false, error: `"${raw.trim()}" is in ${c.code} but the row's currency is ${defaultCurrency}` };
    }
    return { ok: true, amount: n.value, currency: c.code, currencyFrom: "cell" };
  }
  if (defaultCurrency === null) return { ok: false, error: `"${raw.trim()}" has no currency: add a currency column, or choose the file's currency` };
  return { ok: true, amount: n.value, currency: defaultCurrency, currencyFrom: "default" };
}

/** The currency a header names: "Einzelpreis (EUR)", "Unit price [USD]", "Preis in €", "unit_value_usd". */
export function readHeaderCurrency(header: string): string | null {
  const bracket = /[([]\s*([^)\]]{1,8})\s*[)\]]/.exec(header);
  if (bracket?.[1]) {
    const c = readCurrency(bracket[1]);
    if (c.ok) return c.code;
  }
  for (const part of header.split(/[\s_/:-]+/).reverse()) {
    if (part.length === 0 || part.length > 8) continue;
    if (/^[€$£₩¥]$/.test(part) || /^(usd|eur|gbp|jpy|cny|krw|chf|rmb)$/i.test(part)) {
      const c = readCurrency(part);
      if (c.ok) return c.code;
    }
  }
  return null;
}
