import type { Scenario } from "../engine/scenario";
import type { Dataset } from "../schemas/dataset";
import { clip, readEnum } from "../scenario/param-readers";
import { findUnknownParam, readScenarioParams } from "../scenario/parse-scenario";
import { isTrackingParam } from "../scenario/tracking-params";
import { resolveUrlScenario, type UrlScenarioParams } from "../scenario/resolve-url-scenario";
import { scenarioFromParams } from "../scenario/scenario-from-params";
import { type ParamIssue, SCENARIO_PARAM_NAMES } from "../scenario/scenario-params";
import { scenarioToQuery } from "../scenario/scenario-query";

/**
 * A comparison is two scenarios, each a scenario query in the one grammar (lib/scenario/scenario-params.ts) carried
 * whole in one parameter: /compare?a=regime%3Dapr-2025&b=regime%3Doct-2025. Issues inside a side are named
 * "a.regime", "b.destination", …
 */
export type CompareSideName = "a" | "b";
export const COMPARE_SIDES: readonly CompareSideName[] = ["a", "b"];

/** Longest scenario query a side may hold: every parameter spelt out takes under 300 characters. */
export const MAX_SIDE_QUERY_CHARS = 2000;

/** What /compare shows when a side is not given: April 2025 against October 2025 as announced. */
export const DEFAULT_SIDE_QUERY: Record<CompareSideName, string> = { a: "regime=apr-2025", b: "regime=oct-2025" };

export type CompareSide = {
  scenario: Scenario;
  /** The canonical query that reproduces the side's scenario (what links and downloads carry). */
  query: string;
  /** Parameters not valid, replaced by the default; named "a.regime". */
  notices: ParamIssue[];
  /** Values read other than as written, and parameters ignored; named "a.threshold". */
  warnings: ParamIssue[];
};

const prefixed = (side: CompareSideName, issues: readonly ParamIssue[]) => issues.map((i) => ({ param: `${side}.${i.param}`, message: i.message }));

/**
 * The page's reading of one side (lenient, as the dashboard reads its link): a bad or unknown parameter is dropped and
 * reported, a side too long or not given is replaced by the default, and the rest is resolved.
 */
export function resolveCompareSide(dataset: Dataset, side: CompareSideName, raw: string | null, today: string): CompareSide {
  const notices: ParamIssue[] = [];
  let text = raw !== null && raw.trim() !== "" ? raw : DEFAULT_SIDE_QUERY[side];
  if (text.length > MAX_SIDE_QUERY_CHARS) {
    notices.push({ param: side, message: `longer than ${MAX_SIDE_QUERY_CHARS.toLocaleString("en-US")} characters; replaced by ${DEFAULT_SIDE_QUERY[side]}` });
    text = DEFAULT_SIDE_QUERY[side];
  }
  const params = new URLSearchParams(text);
  // Unknown names and tracking parameters, as the API's reading finds them; values are the lenient resolver's to read.
  const read = readScenarioParams(params);
  const unknown = read.errors.filter((e) => e.message.startsWith("unknown parameter"));
  const tracking = read.warnings.filter((w) => w.message === "ignored: a tracking parameter" || w.param === "…");
  const values: UrlScenarioParams = Object.fromEntries(SCENARIO_PARAM_NAMES.map((name) => [name, params.getAll(name)]));
  const resolved = resolveUrlScenario(dataset, values, today);
  return {
    scenario: resolved.scenario,
    query: scenarioToQuery(resolved.scenario),
    notices: [...notices, ...prefixed(side, [...unknown, ...resolved.notices])],
    warnings: prefixed(side, [...tracking, ...resolved.warnings]),
  };
}

/** The page's reading of both sides. */
export function resolveCompareSides(dataset: Dataset, raw: Partial<Record<CompareSideName, string | null>>, today: string): Record<CompareSideName, CompareSide> {
  return { a: resolveCompareSide(dataset, "a", raw.a ?? null, today), b: resolveCompareSide(dataset, "b", raw.b ?? null, today) };
}

export type CompareRequest<F extends string> =
  | { ok: true; format: F; a: { scenario: Scenario; warnings: ParamIssue[] }; b: { scenario: Scenario; warnings: ParamIssue[] }; warnings: ParamIssue[] }
  | { ok: false; error: ParamIssue };

/**
 * The API's reading (strict): `a` and `b` required, each a scenario query read as /api/exposure reads its own; the first
 * bad parameter is the answer, named "a", "b", "format" or "a.regime"; `format` any case, `json` when absent.
 */
export function parseCompareRequest<F extends string>(dataset: Dataset, params: URLSearchParams, formats: readonly F[], today: string): CompareRequest<F> {
  const unknown = findUnknownParam(params, ["a", "b", "format"]);
  if (unknown) return { ok: false, error: unknown };
  for (const name of ["a", "b", "format"]) {
    if (params.getAll(name).length > 1) return { ok: false, error: { param: name, message: `"${name}" is given more than once` } };
  }
  const sides = {} as Record<CompareSideName, { scenario: Scenario; warnings: ParamIssue[] }>;
  for (const side of COMPARE_SIDES) {
    const text = params.get(side);
    if (text === null || text.trim() === "") {
      return { ok: false, error: { param: side, message: `required: scenario ${side.toUpperCase()} as a scenario query, e.g. ${side}=${encodeURIComponent(DEFAULT_SIDE_QUERY[side])}` } };
    }
    if (text.length > MAX_SIDE_QUERY_CHARS) {
      return { ok: false, error: { param: side, message: `${text.length.toLocaleString("en-US")} characters; a scenario query holds at most ${MAX_SIDE_QUERY_CHARS.toLocaleString("en-US")}` } };
    }
    const r = scenarioFromParams(dataset, new URLSearchParams(text), today);
    if (!r.ok) return { ok: false, error: { param: `${side}.${clip(r.error.param, 64)}`, message: r.error.message } };
    sides[side] = { scenario: r.value, warnings: prefixed(side, r.warnings) };
  }
  const format = readEnum(params.get("format") ?? "json", { values: formats });
  if (!format.ok) return { ok: false, error: { param: "format", message: format.message } };
  const tracking = [...new Set(params.keys())].filter(isTrackingParam).map((name) => ({ param: clip(name, 64), message: "ignored: a tracking parameter" }));
  const formatWarnings = format.notes.map((message) => ({ param: "format", message }));
  return { ok: true, format: format.value, a: sides.a, b: sides.b, warnings: [...tracking, ...sides.a.warnings, ...sides.b.warnings, ...formatWarnings] };
}

/** /compare?a=…&b=… for two canonical scenario queries. */
export function compareHref(a: string, b: string): string {
  return `/compare?${new URLSearchParams({ a, b }).toString()}`;
}

/** /api/compare?a=…&b=…&format=… */
export function compareApiHref(a: string, b: string, format: "csv" | "json" | "pdf"): string {
  return `/api/compare?${new URLSearchParams({ a, b, format }).toString()}`;
}
