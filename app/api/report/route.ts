import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { jsonError } from "@/lib/http/responses";
import { buildReport, hashDataset, reportFileName } from "@/lib/report/build-report";
import { formatCsvReport } from "@/lib/report/format-csv-report";
import { formatJsonReport } from "@/lib/report/format-json-report";
import { parseReportRequest } from "@/lib/http/parse-report-request";
import { todayIso } from "@/lib/scenario/scenario-from-params";

export const dynamic = "force-dynamic";

const FORMATS = ["csv", "json", "pdf"] as const;
const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8", pdf: "application/pdf" };

let datasetSha: Promise<string> | undefined;

export async function GET(request: Request): Promise<Response> {
  const dataset = getDataset();
  const req = parseReportRequest(dataset, new URL(request.url).searchParams, FORMATS, todayIso());
  if (!req.ok) return jsonError(req.error);

  datasetSha ??= hashDataset(dataset);
  const report = await buildReport(dataset, computeExposure(dataset, req.scenario), {
    generatedAt: new Date().toISOString(),
    datasetSha256: await datasetSha,
    warnings: req.warnings,
  });
  const f = req.format;
  const body =
    f === "csv"
      ? formatCsvReport(report)
      : f === "json"
        ? formatJsonReport(report)
        : await (await import("@/lib/report/format-pdf-report")).formatPdfReport(report, (await import("@/server/pdf-fonts")).loadPdfFonts());
  return new Response(body as BodyInit, {
    headers: {
      "Content-Type": CONTENT_TYPES[f],
      "Content-Disposition": `attachment; filename="${reportFileName(report, f)}"`,
      "Cache-Control": "no-store",
    },
  });
}
