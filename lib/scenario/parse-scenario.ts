import { ELEMENT_SYMBOLS, type ElementSymbol, isIsoDate } from "../schemas/constants";
import type { ScenarioInput } from "../engine/scenario";

export type ParamError = { param: string; message: string };
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParamError };

export const SCENARIO_PARAMS = [
  "regime", "asOf", "controlled", "threshold", "reading", "military", "extraterritorial", "exclusions", "chinaShare",
] as const;

type Params = { get(name: string): string | null; getAll(name: string): string[]; keys(): Iterable<string> };

const SYMBOL_BY_LOWER = new Map(ELEMENT_SYMBOLS.map((s) => [s.toLowerCase(), s]));

function fail(param: string, message: string): { ok: false; error: ParamError } {
  return { ok: false, error: { param, message } };
}

function parseNumber(raw: string): number | null {
  if (!/^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(raw)) return null;
  return Number(raw);
}

function parseSymbols(raw: string, param: string): ParseResult<ElementSymbol[]> {
  if (raw.trim().toLowerCase() === "none") return { ok: true, value: [] };
  const parts = raw.split(",").map((p) => p.trim());
  const out: ElementSymbol[] = [];
  for (const p of parts) {
    const s = SYMBOL_BY_LOWER.get(p.toLowerCase());
    if (!s) {
      return fail(param, p === "" ? `empty element in "${raw}"; use "none" for no element` : `unknown element symbol "${p}"; expected one of ${ELEMENT_SYMBOLS.join(", ")} or "none"`);
    }
    out.push(s);
  }
  return { ok: true, value: [...new Set(out)] };
}

function parseEnum<T extends string>(raw: string, param: string, allowed: readonly T[]): ParseResult<T> {
  const v = raw.trim().toLowerCase();
  return (allowed as readonly string[]).includes(v)
    ? { ok: true, value: v as T }
    : fail(param, `"${raw}" is not one of ${allowed.join(", ")}`);
}

function parseChinaShare(raw: string): ParseResult<Partial<Record<ElementSymbol, number>>> {
  const out: Partial<Record<ElementSymbol, number>> = {};
  for (const pair of raw.split(",")) {
    const [key = "", value = "", ...rest] = pair.split(":").map((x) => x.trim());
    if (rest.length > 0 || key === "" || value === "") {
      return fail("chinaShare", `"${pair}" should be SYMBOL:PERCENT (e.g. Dy:50) or all:PERCENT`);
    }
    const pct = parseNumber(value);
    if (pct === null || pct < 0 || pct > 100) return fail("chinaShare", `share "${value}" for ${key} must be a number from 0 to 100 (percent)`);
    if (key.toLowerCase() === "all") {
      for (const s of ELEMENT_SYMBOLS) out[s] ??= pct / 100;
      continue;
    }
    const s = SYMBOL_BY_LOWER.get(key.toLowerCase());
    if (!s) return fail("chinaShare", `unknown element symbol "${key}"`);
    out[s] = pct / 100;
  }
  return { ok: true, value: out };
}

/**
 * Turns URL or query parameters into a scenario input, for the page and the API alike.
 * Syntax only: whether a regime id exists is decided when the scenario is resolved.
 */
export function parseScenarioParams(params: Params): ParseResult<ScenarioInput> {
  for (const name of SCENARIO_PARAMS) {
    if (params.getAll(name).length > 1) return fail(name, `"${name}" is given more than once`);
  }
  const input: ScenarioInput = {};
  const get = (name: (typeof SCENARIO_PARAMS)[number]) => params.get(name);

  const regime = get("regime");
  if (regime !== null) {
    if (!/^[a-z0-9-]{1,64}$/.test(regime)) return fail("regime", `"${regime.slice(0, 64)}" is not a regime id`);
    input.regime = regime;
  }
  const asOf = get("asOf");
  if (asOf !== null) {
    if (!isIsoDate(asOf)) return fail("asOf", `"${asOf.slice(0, 32)}" is not a date in the form YYYY-MM-DD`);
    if (asOf < "2000-01-01" || asOf > "2100-12-31") return fail("asOf", "date must be between 2000-01-01 and 2100-12-31");
    input.asOf = asOf;
  }
  const controlled = get("controlled");
  if (controlled !== null) {
    const r = parseSymbols(controlled, "controlled");
    if (!r.ok) return r;
    input.controlled = r.value;
  }
  const threshold = get("threshold");
  if (threshold !== null) {
    const n = parseNumber(threshold);
    if (n === null) return fail("threshold", `"${threshold.slice(0, 32)}" is not a number (percent, e.g. 0.1)`);
    if (n < 0 || n > 100) return fail("threshold", `${n} is outside 0-100 (percent)`);
    input.thresholdPct = n;
  }
  const reading = get("reading");
  if (reading !== null) {
    const r = parseEnum(reading, "reading", ["annex", "broad"] as const);
    if (!r.ok) return r;
    input.reading = r.value;
  }
  const military = get("military");
  if (military !== null) {
    const r = parseEnum(military, "military", ["license", "deny"] as const);
    if (!r.ok) return r;
    input.military = r.value;
  }
  const et = get("extraterritorial");
  if (et !== null) {
    const r = parseEnum(et, "extraterritorial", ["on", "off"] as const);
    if (!r.ok) return r;
    input.extraterritorial = r.value === "on";
  }
  const exclusions = get("exclusions");
  if (exclusions !== null) {
    const r = parseEnum(exclusions, "exclusions", ["apply", "ignore"] as const);
    if (!r.ok) return r;
    input.exclusions = r.value;
  }
  const share = get("chinaShare");
  if (share !== null) {
    const r = parseChinaShare(share);
    if (!r.ok) return r;
    input.chinaShare = r.value;
  }
  return { ok: true, value: input };
}

/** Rejects parameter names a route does not know, so a typo is an error rather than a silent default. */
export function findUnknownParam(params: Params, allowed: readonly string[]): ParamError | null {
  for (const name of params.keys()) {
    if (!allowed.includes(name)) {
      return { param: name, message: `unknown parameter "${name.slice(0, 64)}"; known: ${allowed.join(", ")}` };
    }
  }
  return null;
}

/** The inverse of parseScenarioParams: a canonical query string for links, reports and the page URL. */
export function formatScenarioParams(input: ScenarioInput): URLSearchParams {
  const p = new URLSearchParams();
  if (input.regime !== undefined) p.set("regime", input.regime);
  if (input.asOf !== undefined) p.set("asOf", input.asOf);
  if (input.controlled !== undefined) p.set("controlled", input.controlled.length === 0 ? "none" : input.controlled.join(","));
  if (input.thresholdPct !== undefined) p.set("threshold", String(input.thresholdPct));
  if (input.reading !== undefined) p.set("reading", input.reading);
  if (input.military !== undefined) p.set("military", input.military);
  if (input.extraterritorial !== undefined) p.set("extraterritorial", input.extraterritorial ? "on" : "off");
  if (input.exclusions !== undefined) p.set("exclusions", input.exclusions);
  if (input.chinaShare !== undefined) {
    // Shares travel as percent; 1e-6 percent resolution keeps a round trip exact to within float error.
    const pairs = Object.entries(input.chinaShare)
      .filter((e): e is [string, number] => e[1] !== undefined)
      .map(([s, v]) => `${s}:${Math.round(v * 1e8) / 1e6}`);
    if (pairs.length > 0) p.set("chinaShare", pairs.join(","));
  }
  return p;
}
