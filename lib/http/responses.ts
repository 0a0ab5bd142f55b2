import type { ParamError } from "../scenario/parse-scenario";

export function jsonError(error: ParamError, status = 400): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  // A refused oversized upload leaves unread bytes on the socket: close it rather than reuse it mid-body.
  if (status === 413) headers.Connection = "close";
  return Response.json({ error }, { status, headers });
}

export function jsonOk(body: unknown, cache = "no-store"): Response {
  return Response.json(body, { headers: { "Cache-Control": cache } });
}
