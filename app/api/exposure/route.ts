import { LruCache } from "@/lib/http/lru-cache";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { encodeExposureAnswer, EXPOSURE_HEADERS } from "@/server/http/exposure-answer";

export const dynamic = "force-dynamic";

// The finished answer, as bytes, for recent query strings as written (the warnings depend on the spelling): a link
// asked again is answered without parsing, resolving or encoding anything (issue 13: ≥ 0.9× a static route).
const answers = new LruCache<Uint8Array<ArrayBuffer>>(256);

export function GET(request: Request): Response {
  const url = new URL(request.url);
  // Today is part of the key: "as of today" presets resolve to another day tomorrow.
  const key = `${todayIso()}${url.search}`;
  let bytes = answers.get(key);
  if (bytes === undefined) {
    const answer = encodeExposureAnswer(url.searchParams, todayIso());
    if (answer instanceof Response) return answer;
    bytes = answer;
    answers.set(key, bytes);
  }
  return new Response(bytes, { headers: EXPOSURE_HEADERS });
}
