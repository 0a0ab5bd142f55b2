import type { Scenario } from "../engine/scenario";
import type { Dataset } from "../schemas/dataset";
import { findUnknownParam, type ParamError, SCENARIO_PARAMS } from "../scenario/parse-scenario";
import { scenarioFromParams } from "../scenario/scenario-from-params";

type Params = URLSearchParams;

/** Scenario parameters plus `format`, as every report route takes them; the first bad parameter is named. */
export function parseReportRequest<F extends string>(
  dataset: Dataset,
  params: Params,
  formats: readonly F[],
  today: string,
  extraParams: readonly string[] = [],
): { ok: true; format: F; scenario: Scenario } | { ok: false; error: ParamError } {
  const unknown = findUnknownParam(params, [...SCENARIO_PARAMS, "format", ...extraParams]);
  if (unknown) return { ok: false, error: unknown };
  const format = params.get("format") ?? "json";
  if (!(formats as readonly string[]).includes(format) || params.getAll("format").length > 1) {
    return { ok: false, error: { param: "format", message: `"${format.slice(0, 32)}" is not one of ${formats.join(", ")}` } };
  }
  const scenario = scenarioFromParams(dataset, params, today);
  if (!scenario.ok) return scenario;
  return { ok: true, format: format as F, scenario: scenario.value };
}
