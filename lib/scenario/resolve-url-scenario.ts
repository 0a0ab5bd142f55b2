import type { Dataset } from "../schemas/dataset";
import type { Scenario, ScenarioInput } from "../engine/scenario";
import { resolveScenario, ScenarioError } from "../engine/resolve-scenario";
import { type ParamError, parseScenarioParams, SCENARIO_PARAMS } from "./parse-scenario";

export const DEFAULT_REGIME = "apr-2025";

export type UrlScenario = {
  scenario: Scenario;
  input: ScenarioInput;
  /** Parameters of the link that were not valid and were replaced by defaults. */
  notices: ParamError[];
};

/**
 * The page's reading of a link: like the API's, but a bad parameter is dropped (and reported) instead of
 * failing the whole view, and a link with neither regime nor date opens the default regime.
 */
export function resolveUrlScenario(dataset: Dataset, raw: Record<string, string | null>, today: string): UrlScenario {
  const params = new URLSearchParams();
  for (const name of SCENARIO_PARAMS) {
    const v = raw[name];
    if (v !== null && v !== undefined) params.set(name, v);
  }
  const notices: ParamError[] = [];
  for (let attempt = 0; attempt <= SCENARIO_PARAMS.length; attempt++) {
    if (!params.has("regime") && !params.has("asOf")) params.set("regime", DEFAULT_REGIME);
    const parsed = parseScenarioParams(params);
    if (!parsed.ok) {
      notices.push(parsed.error);
      params.delete(parsed.error.param);
      continue;
    }
    try {
      return { scenario: resolveScenario(dataset, parsed.value, today), input: parsed.value, notices };
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      notices.push({ param: e.param, message: e.message });
      params.delete(e.param);
    }
  }
  throw new Error("unreachable: every parameter was dropped and the default still failed");
}
