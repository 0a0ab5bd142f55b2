import type { ScenarioInput } from "../engine/scenario";
import { clip, readShareEntries, type ShareEntries } from "./param-readers";
import { type ParamIssue, SCENARIO_PARAM_NAMES, type ScenarioParamName, SCENARIO_PARAMS_TABLE } from "./scenario-params";
import { isTrackingParam } from "./tracking-params";

export { formatScenarioParams } from "./scenario-query";
export type { ParamIssue } from "./scenario-params";
/** A parameter at fault: `{ param, message }`, as every 400 answer carries it. */
export type ParamError = ParamIssue;
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParamError };

/** The names scenario routes know, in the order they are checked. */
export const SCENARIO_PARAMS: readonly ScenarioParamName[] = SCENARIO_PARAM_NAMES;

type Params = { get(name: string): string | null; getAll(name: string): string[]; keys(): Iterable<string> };

/** At most this many tracking parameters are named one by one; the rest are counted in one more warning. */
const MAX_TRACKING_WARNINGS = 10;

export type ScenarioParse = {
  input: ScenarioInput;
  /** Values read other than as written, and parameters ignored. */
  warnings: ParamIssue[];
  /** Bad parameters, in the order they are checked: unknown names, repeats, then values in table order. */
  errors: ParamIssue[];
  /** The chinaShare entries as written ("all" kept), for controls that edit one entry. */
  chinaShareEntries: ShareEntries;
};

function unknownMessage(name: string, known: readonly string[]): string {
  if (known.length === 0) return `unknown parameter "${clip(name, 64)}"; this route takes no parameters`;
  const near = known.find((k) => k.toLowerCase() === name.toLowerCase());
  const hint = near ? `; did you mean "${near}"? (names are case-sensitive)` : "";
  return `unknown parameter "${clip(name, 64)}"${hint}; known: ${known.join(", ")}`;
}

/**
 * The one reading of scenario parameters, for the strict and the lenient parser alike. Unknown names are errors
 * unless `extraParams` lists them (a route's own, such as `format`, read by the route); tracking parameters are
 * ignored with a warning; a repeated name is an error; a bad value is an error and the parameter is left out.
 */
export function readScenarioParams(params: Params, extraParams: readonly string[] = []): ScenarioParse {
  const known = [...SCENARIO_PARAM_NAMES, ...extraParams];
  const warnings: ParamIssue[] = [];
  const errors: ParamIssue[] = [];
  const names = [...new Set(params.keys())];

  const tracking = names.filter(isTrackingParam);
  for (const name of tracking.slice(0, MAX_TRACKING_WARNINGS)) warnings.push({ param: clip(name, 64), message: "ignored: a tracking parameter" });
  if (tracking.length > MAX_TRACKING_WARNINGS) {
    warnings.push({ param: "…", message: `ignored: ${tracking.length - MAX_TRACKING_WARNINGS} more tracking parameters` });
  }
  for (const name of names) {
    if (!known.includes(name) && !isTrackingParam(name)) errors.push({ param: name, message: unknownMessage(name, known) });
  }
  const repeated = new Set(known.filter((name) => params.getAll(name).length > 1));
  for (const name of repeated) errors.push({ param: name, message: `"${name}" is given more than once` });

  const input: ScenarioInput = {};
  let chinaShareEntries: ShareEntries = {};
  for (const name of SCENARIO_PARAM_NAMES) {
    const raw = params.get(name);
    if (raw === null || repeated.has(name)) continue;
    const spec = SCENARIO_PARAMS_TABLE[name];
    const r = spec.read(raw);
    if (!r.ok) {
      errors.push({ param: name, message: r.message });
      continue;
    }
    (input as Record<string, unknown>)[spec.field] = r.value;
    for (const message of r.notes) warnings.push({ param: name, message });
    if (name === "chinaShare") {
      const entries = readShareEntries(raw);
      if (entries.ok) chinaShareEntries = entries.value;
    }
  }
  return { input, warnings, errors, chinaShareEntries };
}

/**
 * The API's reading: the first bad parameter is the answer (a 400 naming it); otherwise the input and the warnings.
 * Syntax only: whether a regime id exists is decided when the scenario is resolved.
 */
export function parseScenarioParams(
  params: Params,
  extraParams: readonly string[] = [],
): { ok: true; value: ScenarioInput; warnings: ParamIssue[] } | { ok: false; error: ParamError } {
  const r = readScenarioParams(params, extraParams);
  const first = r.errors[0];
  return first ? { ok: false, error: first } : { ok: true, value: r.input, warnings: r.warnings };
}

/**
 * For routes without scenario parameters: the first name that is neither allowed nor a tracking parameter.
 * Tracking parameters are ignored here too, so a shared link never fails on them.
 */
export function findUnknownParam(params: Params, allowed: readonly string[]): ParamError | null {
  for (const name of params.keys()) {
    if (!allowed.includes(name) && !isTrackingParam(name)) return { param: name, message: unknownMessage(name, allowed) };
  }
  return null;
}
