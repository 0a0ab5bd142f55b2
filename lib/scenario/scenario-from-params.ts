import type { Dataset } from "../schemas/dataset";
import { ScenarioError, resolveScenario } from "../engine/resolve-scenario";
import type { Scenario } from "../engine/scenario";
import { type ParseResult, parseScenarioParams } from "./parse-scenario";

type Params = Parameters<typeof parseScenarioParams>[0];

/** Parameters to a resolved scenario, or the parameter at fault: the one entry point for page, API and reports. */
export function scenarioFromParams(dataset: Dataset, params: Params, today: string): ParseResult<Scenario> {
  const parsed = parseScenarioParams(params);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, value: resolveScenario(dataset, parsed.value, today) };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, error: { param: e.param, message: e.message } };
    throw e;
  }
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
