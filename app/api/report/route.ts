import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { bytesBody } from "@/lib/http/bytes-body";
import { type ReportFileOptions, parseReportRequest } from "@/lib/http/parse-report-request";
import { REPORT_CONTENT_TYPES, REPORT_FORMATS, type ReportFormat } from "@/lib/report/report-params";
import { jsonError } from "@/lib/http/responses";
import { siteUrlOf } from "@/lib/http/site-url";
import { buildReport, type ExposureReport, hashDataset, reportFileName } from "@/lib/report/build-report";
import { formatCsvReport, formatCsvReportTable } from "@/lib/report/format-csv-report";
import { formatJsonReport } from "@/lib/report/format-json-report";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { heavyFailureResponse, runHeavy } from "@/server/heavy-pool";

export const dynamic = "force-dynamic";

let datasetSha: Promise<string> | undefined;

type Prepared = { ok: true; format: ReportFormat; file: ReportFileOptions; report: ExposureReport; siteUrl: string | null };

/** The report's content (cheap: the engine and the report's assembly take about a millisecond), or the 400. */
async function prepare(request: Request): Promise<Prepared | { ok: false; response: Response }> {
  const dataset = getDataset();
  const url = new URL(request.url);
  const req = parseReportRequest(dataset, url.searchParams, REPORT_FORMATS, todayIso(), { fileOptions: true });
  if (!req.ok) return { ok: false, response: jsonError(req.error) };
  datasetSha ??= hashDataset(dataset);
  const report = await buildReport(dataset, computeExposure(dataset, req.scenario), {
    generatedAt: new Date().toISOString(),
    datasetSha256: await datasetSha,
    warnings: req.warnings,
  });
  // The files' link to the page: the address this request was sent to.
  return { ok: true, format: req.format, file: req.file, report, siteUrl: siteUrlOf(request) };
}

const headersFor = ({ report, format, file }: Prepared) => ({
  "Content-Type": REPORT_CONTENT_TYPES[format],
  "Content-Disposition": `attachment; filename="${reportFileName(report, format, format === "csv" ? (file.table ?? undefined) : undefined)}"`,
  "Cache-Control": "no-store",
});

export async function GET(request: Request): Promise<Response> {
  const p = await prepare(request);
  if (!p.ok) return p.response;
  const { format, report, file, siteUrl } = p;
  if (format === "json") return new Response(formatJsonReport(report), { headers: headersFor(p) });
  if (format === "csv") {
    const opts = { delimiter: file.delimiter, siteUrl };
    return new Response(file.table ? formatCsvReportTable(report, file.table, opts) : formatCsvReport(report, opts), { headers: headersFor(p) });
  }
  // A PDF takes a few hundred milliseconds of CPU, an XLSX or a ZIP tens: made in the heavy-job pool, never on the
  // event loop.
  const outcome = await runHeavy(
    format === "pdf"
      ? { kind: "report-pdf", report }
      : format === "xlsx"
        ? { kind: "report-xlsx", report, siteUrl }
        : { kind: "report-zip", report, siteUrl, delimiter: file.delimiter },
  );
  if (!outcome.ok) return heavyFailureResponse(outcome);
  if (!outcome.result.ok) return jsonError(outcome.result.error, outcome.result.status);
  const body = outcome.result.body;
  return new Response(bytesBody(body), { headers: { ...headersFor(p), "Content-Length": String(body.length) } });
}

/** The headers a GET would answer with, and nothing made: a HEAD never builds a file (Next would otherwise run GET). */
export async function HEAD(request: Request): Promise<Response> {
  const p = await prepare(request);
  if (!p.ok) return new Response(null, { status: p.response.status, headers: p.response.headers });
  return new Response(null, { headers: headersFor(p) });
}
