import type { Scenario } from "../engine/scenario";
import type { Dataset } from "../schemas/dataset";
import { readEnum } from "../scenario/param-readers";
import type { ParamError } from "../scenario/parse-scenario";
import type { ParamIssue, ScenarioParamName } from "../scenario/scenario-params";
import { scenarioFromParams } from "../scenario/scenario-from-params";

type Params = URLSearchParams;

export type ReportRequest<F extends string> = { ok: true; format: F; scenario: Scenario; warnings: ParamIssue[] } | { ok: false; error: ParamError };

/**
 * Scenario parameters plus `format` (any case; `json` when absent), as every report route takes
 * them; the first bad parameter is named. `ignored` gives, for scenario parameters a route does not apply, the reason
 * its warning states.
 */
export function parseReportRequest<F extends string>(
  dataset: Dataset,
  params: Params,
  formats: readonly F[],
  today: string,
  opts: { extraParams?: readonly string[]; ignored?: Partial<Record<ScenarioParamName, string>> } = {},
): ReportRequest<F> {
  const scenario = scenarioFromParams(dataset, params, today, ["format", ...(opts.extraParams ?? [])]);
  if (!scenario.ok) return scenario;
  const warnings = [...scenario.warnings];
  for (const [param, why] of Object.entries(opts.ignored ?? {})) {
    if (params.has(param)) warnings.push({ param, message: `ignored: ${why}` });
  }
  const format = readEnum(params.get("format") ?? "json", { values: formats });
  if (!format.ok) return { ok: false, error: { param: "format", message: format.message } };
  return { ok: true, format: format.value, scenario: scenario.value, warnings: [...warnings, ...format.notes.map((message) => ({ param: "format", message }))] };
}
