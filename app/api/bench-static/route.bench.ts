/** A constant JSON answer, prerendered at build time: the baseline /api/exposure is load-tested against (bench/). */
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json({ ok: true, note: "static baseline for bench/run.mjs" });
}
