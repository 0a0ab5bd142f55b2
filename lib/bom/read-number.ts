// Number syntax for BOM cells, checked in one left-to-right pass each. Regular expressions such as `\d+\.?\d*` or an
// unanchored `\s*USD$` backtrack quadratically on a long run of digits or spaces (100,000 digits took 22 s), so the
// shapes a cell may take are scanned by hand here.

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || (c >= 10 && c <= 13);

/** Index just past the run of ASCII digits that starts at `i`. */
function skipDigits(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j += 1;
  return j;
}

/**
 * A plain decimal: an optional sign, digits with an optional fraction ("5", "5.", "5.25") or a fraction alone
 * (".5"), then an optional exponent ("1e3", "2.5E-2"). What `Number()` reads, without hex, "Infinity" or spaces.
 */
export function isPlainDecimal(s: string): boolean {
  const n = s.length;
  let i = 0;
  if (i < n && (s[i] === "+" || s[i] === "-")) i += 1;
  const intEnd = skipDigits(s, i);
  let mantissa = intEnd > i;
  i = intEnd;
  if (i < n && s[i] === ".") {
    const fracEnd = skipDigits(s, i + 1);
    mantissa ||= fracEnd > i + 1;
    i = fracEnd;
  }
  if (!mantissa) return false;
  if (i < n && (s[i] === "e" || s[i] === "E")) {
    let j = i + 1;
    if (j < n && (s[j] === "+" || s[j] === "-")) j += 1;
    const expEnd = skipDigits(s, j);
    if (expEnd === j) return false;
    i = expEnd;
  }
  return i === n;
}

/** "1,250" or "12,500,000.75": one to three digits, then at least one group of a comma and three digits, then an optional fraction. */
export function isThousandsGrouped(s: string): boolean {
  const n = s.length;
  const lead = skipDigits(s, 0);
  if (lead < 1 || lead > 3) return false;
  let i = lead;
  let groups = 0;
  while (i < n && s[i] === ",") {
    if (skipDigits(s, i + 1) !== i + 4) return false;
    i += 4;
    groups += 1;
  }
  if (groups === 0) return false;
  if (i < n && s[i] === ".") {
    const fracEnd = skipDigits(s, i + 1);
    if (fracEnd === i + 1) return false;
    i = fracEnd;
  }
  return i === n;
}

/** "90,5": digits, one comma, digits (a decimal comma, as many European spreadsheets write it). */
export function isDecimalComma(s: string): boolean {
  const comma = skipDigits(s, 0);
  if (comma === 0 || s[comma] !== ",") return false;
  const end = skipDigits(s, comma + 1);
  return end > comma + 1 && end === s.length;
}

function trimStartAt(s: string, i: number): string {
  let j = i;
  while (j < s.length && isSpace(s.charCodeAt(j))) j += 1;
  return s.slice(j);
}

function trimEndAt(s: string, end: number): string {
  let j = end;
  while (j > 0 && isSpace(s.charCodeAt(j - 1))) j -= 1;
  return s.slice(0, j);
}

const endsWithIgnoreCase = (s: string, suffix: string) => s.length >= suffix.length && s.slice(s.length - suffix.length).toLowerCase() === suffix;

/** "US$ 90", "$90", "USD 90", "90 USD" → "90": a currency sign before or "USD" after, and the spaces beside them. */
export function stripUsd(s: string): string {
  let t = s;
  const head = t.slice(0, 3).toLowerCase();
  if (head === "us$" || head === "usd") t = trimStartAt(t, 3);
  else if (t.startsWith("$")) t = trimStartAt(t, 1);
  if (endsWithIgnoreCase(t, "usd")) t = trimEndAt(t, t.length - 3);
  return t;
}

/** "45 g", "45g", "45 G" → "45". */
export function stripGrams(s: string): string {
  return endsWithIgnoreCase(s, "g") ? trimEndAt(s, s.length - 1) : s;
}
