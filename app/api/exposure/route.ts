import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { LruCache } from "@/lib/http/lru-cache";
import { jsonError } from "@/server/http/responses";
import { scenarioFromParams, todayIso } from "@/lib/scenario/scenario-from-params";

export const dynamic = "force-dynamic";

// Serialising a ~40 KB answer costs far more than computing it: keep the text for recent scenarios. The key is the
// resolved scenario, so different spellings of one scenario share an entry and a new day makes new keys.
const results = new LruCache<string>(256);
// And the finished answer, as bytes, for recent query strings as written (the warnings depend on the spelling): a
// link asked again is answered without parsing, resolving or encoding anything (issue 13: ≥ 0.9× a static route).
const answers = new LruCache<Uint8Array<ArrayBuffer>>(256);
const encoder = new TextEncoder();
const HEADERS = { "Content-Type": "application/json", "Cache-Control": "no-store" };

function answerFor(search: URLSearchParams): Uint8Array<ArrayBuffer> | Response {
  const dataset = getDataset();
  const scenario = scenarioFromParams(dataset, search, todayIso());
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

export function GET(request: Request): Response {
  const url = new URL(request.url);
  // Today is part of the key: "as of today" presets resolve to another day tomorrow.
  const key = `${todayIso()}${url.search}`;
  let bytes = answers.get(key);
  if (bytes === undefined) {
    const answer = answerFor(url.searchParams);
    if (answer instanceof Response) return answer;
    bytes = answer;
    answers.set(key, bytes);
  }
  return new Response(bytes, { headers: HEADERS });
}
