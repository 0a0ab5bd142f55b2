import { getDataset } from "@/lib/data/load-dataset";
import { listRegimes } from "@/lib/engine/list-regimes";
import { jsonError, jsonOk } from "@/server/http/responses";
import { findUnknownParam } from "@/lib/scenario/parse-scenario";
import { todayIso } from "@/lib/scenario/scenario-from-params";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const unknown = findUnknownParam(new URL(request.url).searchParams, []);
  if (unknown) return jsonError(unknown);
  return jsonOk({ regimes: listRegimes(getDataset(), todayIso()) });
}
