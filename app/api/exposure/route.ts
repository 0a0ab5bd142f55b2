import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { LruCache } from "@/lib/http/lru-cache";
import { jsonError } from "@/server/http/responses";
import { scenarioFromParams, todayIso } from "@/lib/scenario/scenario-from-params";

export const dynamic = "force-dynamic";

// Serialising a ~40 KB answer costs far more than computing it: keep the text for recent scenarios. The key is the
// resolved scenario, so different spellings of one scenario share an entry and a new day makes new keys.
const answers = new LruCache<string>(256);

export function GET(request: Request): Response {
  const dataset = getDataset();
  const scenario = scenarioFromParams(dataset, new URL(request.url).searchParams, todayIso());
  if (!scenario.ok) return jsonError(scenario.error);
  const key = JSON.stringify(scenario.value);
  let body = answers.get(key);
  if (body === undefined) {
    body = JSON.stringify(computeExposure(dataset, scenario.value));
    answers.set(key, body);
  }
  // The warnings depend on the spelling, not on the scenario: they are added after the cached result's last key.
  const answer = `${body.slice(0, -1)},"warnings":${JSON.stringify(scenario.warnings)}}`;
  return new Response(answer, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}
