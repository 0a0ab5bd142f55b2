import { getDataset } from "@/lib/data/load-dataset";
import { jsonError, jsonOk } from "@/server/http/responses";
import { findUnknownParam } from "@/lib/scenario/parse-scenario";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const unknown = findUnknownParam(new URL(request.url).searchParams, []);
  if (unknown) return jsonError(unknown);
  return jsonOk(getDataset(), "public, max-age=300");
}
