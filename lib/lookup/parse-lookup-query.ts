/** Longest lookup input accepted, in characters: a 10-digit code with separators and spaces fits easily. */
export const LOOKUP_MAX_LENGTH = 32;

export type LookupQuery =
  /** Digits of a customs code: 10 (China's full code), 8 (a tariff line) or a shorter prefix such as 850511. */
  | { kind: "customs-code"; digits: string }
  /** A control code: 1C905 (all sub-items) or 1C905.a. */
  | { kind: "control-code"; code: string; subItem: string | null };

export type LookupQueryResult = { ok: true; query: LookupQuery } | { ok: false; message: string };

const CONTROL = /^(\d[A-E]\d{3})(?:\.?([A-Z])(?:\.?\d{1,2})?)?$/;

/**
 * Reads what a user types into the lookup: "2805301910", "2805 30 19 10", "8505.11", "850511", "28053019",
 * "1C905.a", "1c905 A", "1C905". Linear in the input, which is bounded to LOOKUP_MAX_LENGTH characters.
 */
export function parseLookupQuery(input: string): LookupQueryResult {
  const text = input.trim();
  if (text === "") return { ok: false, message: "is empty: type a China customs code (10 digits, or its first 4–8) or a control code such as 1C905.a" };
  if (text.length > LOOKUP_MAX_LENGTH) return { ok: false, message: `is ${text.length} characters long; at most ${LOOKUP_MAX_LENGTH} are read` };
  const compact = text.replace(/[\s.\-/]/g, "");
  if (/^\d+$/.test(compact)) {
    if (compact.length < 4) return { ok: false, message: `"${text}" has ${compact.length} digits; type at least the 4-digit heading (e.g. 8505)` };
    if (compact.length > 10) return { ok: false, message: `"${text}" has ${compact.length} digits; China's customs codes have at most 10` };
    return { ok: true, query: { kind: "customs-code", digits: compact } };
  }
  const m = CONTROL.exec(text.replace(/\s+/g, "").toUpperCase());
  if (m?.[1]) return { ok: true, query: { kind: "control-code", code: m[1], subItem: m[2] ? m[2].toLowerCase() : null } };
  return { ok: false, message: `"${text}" is neither a customs code (digits, e.g. 2805301910 or 8505.11) nor a control code (e.g. 1C905.a)` };
}
