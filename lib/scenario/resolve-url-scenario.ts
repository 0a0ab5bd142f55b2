import type { Dataset } from "../schemas/dataset";
import type { Scenario, ScenarioInput } from "../engine/scenario";
import { resolveScenario, ScenarioError } from "../engine/resolve-scenario";
import type { ShareEntries } from "./param-readers";
import { type ParamError, readScenarioParams } from "./parse-scenario";
import { type ParamIssue, SCENARIO_PARAM_NAMES } from "./scenario-params";
import { findIgnoredParams } from "./scenario-from-params";

export const DEFAULT_REGIME = "apr-2025";

export type UrlScenario = {
  scenario: Scenario;
  input: ScenarioInput;
  /** Parameters of the link that were not valid and were replaced by the default. */
  notices: ParamError[];
  /** Parameters read other than as written ("read as …"), or given but not used ("ignored: …"). */
  warnings: ParamIssue[];
  /** The chinaShare entries as written, for the controls that edit one of them. */
  chinaShareEntries: ShareEntries;
};

/** The page's URL state: each scenario key with every value it has in the URL (more than one is a notice). */
export type UrlScenarioParams = Partial<Record<string, string | readonly string[] | null>>;

function toSearchParams(raw: UrlScenarioParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of SCENARIO_PARAM_NAMES) {
    const v = raw[name];
    for (const value of v === null || v === undefined ? [] : typeof v === "string" ? [v] : v) params.append(name, value);
  }
  return params;
}

/**
 * The page's reading of a link (the lenient parser): like the API's, but a bad parameter is dropped and reported
 * instead of failing the whole view, and a link with neither regime nor date opens the default regime.
 */
export function resolveUrlScenario(dataset: Dataset, raw: UrlScenarioParams, today: string): UrlScenario {
  const params = toSearchParams(raw);
  const notices: ParamError[] = [];
  for (let attempt = 0; attempt <= SCENARIO_PARAM_NAMES.length; attempt++) {
    if (!params.has("regime") && !params.has("asOf")) params.set("regime", DEFAULT_REGIME);
    const parsed = readScenarioParams(params);
    for (const e of parsed.errors) {
      notices.push(e);
      params.delete(e.param);
    }
    if (parsed.errors.length > 0) continue;
    try {
      const scenario = resolveScenario(dataset, parsed.input, today);
      const warnings = [...parsed.warnings, ...findIgnoredParams(scenario, parsed.input)];
      return { scenario, input: parsed.input, notices, warnings, chinaShareEntries: parsed.chinaShareEntries };
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      notices.push({ param: e.param, message: e.message });
      params.delete(e.param);
    }
  }
  throw new Error("unreachable: every parameter was dropped and the default still failed");
}
