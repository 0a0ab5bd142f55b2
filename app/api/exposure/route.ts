import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { jsonError, jsonOk } from "@/lib/http/responses";
import { SCENARIO_PARAMS, findUnknownParam } from "@/lib/scenario/parse-scenario";
import { scenarioFromParams, todayIso } from "@/lib/scenario/scenario-from-params";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const unknown = findUnknownParam(params, SCENARIO_PARAMS);
  if (unknown) return jsonError(unknown);
  const dataset = getDataset();
  const scenario = scenarioFromParams(dataset, params, todayIso());
  if (!scenario.ok) return jsonError(scenario.error);
  return jsonOk(computeExposure(dataset, scenario.value));
}
