import { jsonError, jsonOk } from "@/lib/http/responses";
import { getOpenApiDocument } from "@/lib/openapi/openapi-document";
import { findUnknownParam } from "@/lib/scenario/parse-scenario";

export const dynamic = "force-dynamic";

/** The API's contract, OpenAPI 3.1, generated from the zod schemas (lib/openapi/openapi-document.ts). */
export function GET(request: Request): Response {
  const unknown = findUnknownParam(new URL(request.url).searchParams, []);
  if (unknown) return jsonError(unknown);
  return jsonOk(getOpenApiDocument(), "public, max-age=300");
}
