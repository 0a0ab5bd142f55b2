import { buildCompareReport, type CompareReport, compareReportFileName } from "@/lib/compare/build-compare-report";
import { parseCompareRequest } from "@/lib/compare/compare-query";
import { formatCompareCsv } from "@/lib/compare/format-compare-csv";
import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { bytesBody } from "@/lib/http/bytes-body";
import { jsonError } from "@/lib/http/responses";
import { hashDataset } from "@/lib/report/build-report";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { heavyFailureResponse, runHeavy } from "@/server/heavy-pool";

export const dynamic = "force-dynamic";

const FORMATS = ["json", "csv", "pdf"] as const;
type Format = (typeof FORMATS)[number];
const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8", pdf: "application/pdf" };

let datasetSha: Promise<string> | undefined;

/** Both scenarios computed and compared (a few milliseconds), or the 400 naming the parameter at fault. */
async function prepare(request: Request): Promise<{ ok: true; format: Format; report: CompareReport } | { ok: false; response: Response }> {
  const dataset = getDataset();
  const req = parseCompareRequest(dataset, new URL(request.url).searchParams, FORMATS, todayIso());
  if (!req.ok) return { ok: false, response: jsonError(req.error) };
  datasetSha ??= hashDataset(dataset);
  const report = await buildCompareReport(dataset, computeExposure(dataset, req.a.scenario), computeExposure(dataset, req.b.scenario), {
    generatedAt: new Date().toISOString(),
    datasetSha256: await datasetSha,
    warnings: req.warnings,
  });
  return { ok: true, format: req.format, report };
}

const headersFor = (report: CompareReport, f: Format) => ({
  "Content-Type": CONTENT_TYPES[f],
  "Content-Disposition": `attachment; filename="${compareReportFileName(report, f)}"`,
  "Cache-Control": "no-store",
});

/** GET /api/compare?a=<scenario query>&b=<scenario query>&format=json|csv|pdf */
export async function GET(request: Request): Promise<Response> {
  const p = await prepare(request);
  if (!p.ok) return p.response;
  const { format: f, report } = p;
  if (f === "json") return new Response(JSON.stringify(report), { headers: headersFor(report, f) });
  if (f === "csv") return new Response(formatCompareCsv(report), { headers: headersFor(report, f) });
  // The PDF takes a few hundred milliseconds of CPU: made in the heavy-job pool, never on the event loop.
  const outcome = await runHeavy({ kind: "compare-pdf", report });
  if (!outcome.ok) return heavyFailureResponse(outcome);
  if (!outcome.result.ok) return jsonError(outcome.result.error, outcome.result.status);
  const pdf = outcome.result.body;
  return new Response(bytesBody(pdf), { headers: { ...headersFor(report, f), "Content-Length": String(pdf.length) } });
}

/** The headers a GET would answer with, and nothing made: a HEAD never builds a PDF. */
export async function HEAD(request: Request): Promise<Response> {
  const p = await prepare(request);
  if (!p.ok) return new Response(null, { status: p.response.status, headers: p.response.headers });
  return new Response(null, { headers: headersFor(p.report, p.format) });
}
