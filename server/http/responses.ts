import type { ParamError } from "@/lib/scenario/parse-scenario";

export function jsonError(error: ParamError, status = 400, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function jsonOk(body: unknown, cache = "no-store"): Response {
  return Response.json(body, { headers: { "Cache-Control": cache } });
}
