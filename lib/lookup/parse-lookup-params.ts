import { isIsoDate } from "../schemas/constants";
import type { ParamError } from "../scenario/parse-scenario";
import { type LookupQuery, parseLookupQuery } from "./parse-lookup-query";

export const LOOKUP_PARAMS = ["code", "asOf"] as const;

export type LookupParams = { query: LookupQuery; asOf: string };

/** Reads `code` and `asOf` (default: today) as the API and the page receive them; a bad one is named. */
export function parseLookupParams(
  get: (name: (typeof LOOKUP_PARAMS)[number]) => string | null | undefined,
  today: string,
): { ok: true; value: LookupParams } | { ok: false; error: ParamError } {
  const code = get("code");
  if (code === null || code === undefined) {
    return { ok: false, error: { param: "code", message: "missing: give a China customs code (10 digits, or its first 4–8) or a control code such as 1C905.a" } };
  }
  const parsed = parseLookupQuery(code);
  if (!parsed.ok) return { ok: false, error: { param: "code", message: parsed.message } };
  const rawDate = get("asOf");
  const asOf = rawDate === null || rawDate === undefined || rawDate.trim() === "" ? today : rawDate.trim();
  if (!isIsoDate(asOf)) {
    return { ok: false, error: { param: "asOf", message: `"${asOf.slice(0, 32)}" is not a date written YYYY-MM-DD` } };
  }
  return { ok: true, value: { query: parsed.query, asOf } };
}
