import { jsonError, jsonOk } from "@/server/http/responses";
import { getLookupTables } from "@/lib/lookup/get-lookup-tables";
import { lookupCode } from "@/lib/lookup/lookup-code";
import { LOOKUP_PARAMS, parseLookupParams } from "@/lib/lookup/parse-lookup-params";
import { findUnknownParam } from "@/lib/scenario/parse-scenario";
import { todayIso } from "@/lib/scenario/scenario-from-params";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const unknown = findUnknownParam(params, LOOKUP_PARAMS);
  if (unknown) return jsonError(unknown);
  const parsed = parseLookupParams((name) => params.get(name), todayIso());
  if (!parsed.ok) return jsonError(parsed.error);
  return jsonOk(lookupCode(parsed.value.query, parsed.value.asOf, getLookupTables()));
}
