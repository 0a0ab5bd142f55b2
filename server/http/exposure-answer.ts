import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { LruCache } from "@/lib/http/lru-cache";
import { scenarioFromParams } from "@/lib/scenario/scenario-from-params";
import { jsonError } from "./responses";

export const EXPOSURE_HEADERS = { "Content-Type": "application/json", "Cache-Control": "no-store" } as const;

// Serialising a ~130 KB answer costs far more than computing it: keep the text for recent scenarios. The key is the
// resolved scenario, so different spellings of one scenario share an entry and a new day makes new keys.
const results = new LruCache<string>(256);
const encoder = new TextEncoder();

/**
 * The bytes of /api/exposure's answer to a query string, or the 400 naming the parameter at fault. One function for
 * the route and for the benchmark's static twin of it (app/api/bench-exposure-static), so both send the same bytes.
 */
export function encodeExposureAnswer(search: URLSearchParams, today: string): Uint8Array<ArrayBuffer> | Response {
  const dataset = getDataset();
  const scenario = scenarioFromParams(dataset, search, today);
  if (!scenario.ok) return jsonError(scenario.error);
  const key = JSON.stringify(scenario.value);
  let body = results.get(key);
  if (body === undefined) {
    body = JSON.stringify(computeExposure(dataset, scenario.value));
    results.set(key, body);
  }
  // The warnings depend on the spelling, not on the scenario: they are added after the cached result's last key.
  return encoder.encode(`${body.slice(0, -1)},"warnings":${JSON.stringify(scenario.warnings)}}`);
}
