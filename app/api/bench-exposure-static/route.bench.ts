import { DEFAULT_REGIME } from "@/lib/scenario/resolve-url-scenario";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { encodeExposureAnswer, EXPOSURE_HEADERS } from "@/server/http/exposure-answer";

/**
 * The answer of /api/exposure?regime=<the dashboard's default regime>, byte for byte, computed by the same code at
 * build time and prerendered: the static baseline /api/exposure is load-tested against (bench/api.mjs), so that the
 * ratio compares a dynamic answer with a static one of the same size rather than with a 50-byte JSON.
 */
export const dynamic = "force-static";

export function GET(): Response {
  const answer = encodeExposureAnswer(new URLSearchParams({ regime: DEFAULT_REGIME }), todayIso());
  if (answer instanceof Response) return answer;
  return new Response(answer, { headers: { "Content-Type": EXPOSURE_HEADERS["Content-Type"] } });
}
