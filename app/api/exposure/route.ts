import { gzipSync } from "node:zlib";
import { acceptsGzip } from "@/lib/http/accepts-gzip";
import { LruCache } from "@/lib/http/lru-cache";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { encodeExposureAnswer, EXPOSURE_HEADERS } from "@/server/http/exposure-answer";

export const dynamic = "force-dynamic";

type Answer = { bytes: Uint8Array<ArrayBuffer>; gzip: Uint8Array<ArrayBuffer> | null };

// The finished answer, as bytes, for recent query strings as written (the warnings depend on the spelling): a link
// asked again is answered without parsing, resolving or encoding anything (issue 13: ≥ 0.9× a static route).
const answers = new LruCache<Answer>(256);
// The default answer is 130.5 KB, 11.5 KB gzipped: a browser's copy is compressed once per cached answer and kept,
// not again on every request by the server's on-the-fly compression (which leaves an answer already encoded alone).
const VARY = { Vary: "Accept-Encoding" };

export function GET(request: Request): Response {
  const url = new URL(request.url);
  // Today is part of the key: "as of today" presets resolve to another day tomorrow.
  const key = `${todayIso()}${url.search}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    const bytes = encodeExposureAnswer(url.searchParams, todayIso());
    if (bytes instanceof Response) return bytes;
    answer = { bytes, gzip: null };
    answers.set(key, answer);
  }
  if (acceptsGzip(request.headers.get("accept-encoding"))) {
    answer.gzip ??= new Uint8Array(gzipSync(answer.bytes));
    return new Response(answer.gzip, { headers: { ...EXPOSURE_HEADERS, ...VARY, "Content-Encoding": "gzip" } });
  }
  return new Response(answer.bytes, { headers: { ...EXPOSURE_HEADERS, ...VARY } });
}
