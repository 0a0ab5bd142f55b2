import type { Dataset } from "../schemas/dataset";
import { ScenarioError, resolveScenario } from "../engine/resolve-scenario";
import type { Scenario, ScenarioInput } from "../engine/scenario";
import { type ParamError, parseScenarioParams } from "./parse-scenario";
import { getParamSpec, type ParamIssue, SCENARIO_PARAM_NAMES } from "./scenario-params";

type Params = Parameters<typeof parseScenarioParams>[0];

export type ScenarioFromParams =
  | { ok: true; value: Scenario; input: ScenarioInput; warnings: ParamIssue[] }
  | { ok: false; error: ParamError };

/** A warning for each given parameter the resolved scenario does not use (a threshold while the 0.1 % rule is off). */
export function findIgnoredParams(scenario: Scenario, input: ScenarioInput): ParamIssue[] {
  const out: ParamIssue[] = [];
  for (const name of SCENARIO_PARAM_NAMES) {
    const spec = getParamSpec(name);
    if (input[spec.field] === undefined || !spec.ignoredIn) continue;
    const why = spec.ignoredIn(scenario);
    if (why) out.push({ param: name, message: why });
  }
  return out;
}

/**
 * Parameters to a resolved scenario, or the parameter at fault: the API's entry point (routes, reports, BOM).
 * `extraParams` names a route's own parameters, which it reads itself.
 */
export function scenarioFromParams(dataset: Dataset, params: Params, today: string, extraParams: readonly string[] = []): ScenarioFromParams {
  const parsed = parseScenarioParams(params, extraParams);
  if (!parsed.ok) return parsed;
  try {
    const scenario = resolveScenario(dataset, parsed.value, today);
    return { ok: true, value: scenario, input: parsed.value, warnings: [...parsed.warnings, ...findIgnoredParams(scenario, parsed.value)] };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, error: { param: e.param, message: e.message } };
    throw e;
  }
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
