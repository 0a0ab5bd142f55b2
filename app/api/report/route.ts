import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { bytesBody } from "@/server/http/bytes-body";
import { jsonError } from "@/server/http/responses";
import { buildReport, type ExposureReport, hashDataset, reportFileName } from "@/lib/report/build-report";
import { formatCsvReport } from "@/lib/report/format-csv-report";
import { formatJsonReport } from "@/lib/report/format-json-report";
import { parseReportRequest } from "@/lib/http/parse-report-request";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { heavyFailureResponse, runHeavy } from "@/server/heavy-pool";

export const dynamic = "force-dynamic";

const FORMATS = ["csv", "json", "pdf"] as const;
type Format = (typeof FORMATS)[number];
const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8", pdf: "application/pdf" };

let datasetSha: Promise<string> | undefined;

/** The report's content (cheap: the engine and the report's assembly take about a millisecond), or the 400. */
async function prepare(request: Request): Promise<{ ok: true; format: Format; report: ExposureReport } | { ok: false; response: Response }> {
  const dataset = getDataset();
  const req = parseReportRequest(dataset, new URL(request.url).searchParams, FORMATS, todayIso());
  if (!req.ok) return { ok: false, response: jsonError(req.error) };
  datasetSha ??= hashDataset(dataset);
  const report = await buildReport(dataset, computeExposure(dataset, req.scenario), {
    generatedAt: new Date().toISOString(),
    datasetSha256: await datasetSha,
    warnings: req.warnings,
  });
  return { ok: true, format: req.format, report };
}

const headersFor = (report: ExposureReport, f: Format) => ({
  "Content-Type": CONTENT_TYPES[f],
  "Content-Disposition": `attachment; filename="${reportFileName(report, f)}"`,
  "Cache-Control": "no-store",
});

export async function GET(request: Request): Promise<Response> {
  const p = await prepare(request);
  if (!p.ok) return p.response;
  const { format: f, report } = p;
  if (f !== "pdf") return new Response(f === "csv" ? formatCsvReport(report) : formatJsonReport(report), { headers: headersFor(report, f) });
  // The PDF takes a few hundred milliseconds of CPU: made in the heavy-job pool, never on the event loop.
  const outcome = await runHeavy({ kind: "report-pdf", report });
  if (!outcome.ok) return heavyFailureResponse(outcome);
  if (!outcome.result.ok) return jsonError(outcome.result.error, outcome.result.status);
  const pdf = outcome.result.body;
  return new Response(bytesBody(pdf), { headers: { ...headersFor(report, f), "Content-Length": String(pdf.length) } });
}

/** The headers a GET would answer with, and nothing made: a HEAD never builds a PDF (Next would otherwise run GET). */
export async function HEAD(request: Request): Promise<Response> {
  const p = await prepare(request);
  if (!p.ok) return new Response(null, { status: p.response.status, headers: p.response.headers });
  return new Response(null, { headers: headersFor(p.report, p.format) });
}
