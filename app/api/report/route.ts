import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { jsonError } from "@/lib/http/responses";
import { buildReport, hashDataset, reportFileName } from "@/lib/report/build-report";
import { formatCsvReport } from "@/lib/report/format-csv-report";
import { formatJsonReport } from "@/lib/report/format-json-report";
import { SCENARIO_PARAMS, findUnknownParam } from "@/lib/scenario/parse-scenario";
import { scenarioFromParams, todayIso } from "@/lib/scenario/scenario-from-params";

export const dynamic = "force-dynamic";

const FORMATS = ["csv", "json", "pdf"] as const;
const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8", pdf: "application/pdf" };

let datasetSha: Promise<string> | undefined;

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const unknown = findUnknownParam(params, [...SCENARIO_PARAMS, "format"]);
  if (unknown) return jsonError(unknown);
  const format = params.get("format") ?? "json";
  if (!(FORMATS as readonly string[]).includes(format) || params.getAll("format").length > 1) {
    return jsonError({ param: "format", message: `"${format.slice(0, 32)}" is not one of ${FORMATS.join(", ")}` });
  }
  const dataset = getDataset();
  const scenario = scenarioFromParams(dataset, params, todayIso());
  if (!scenario.ok) return jsonError(scenario.error);

  datasetSha ??= hashDataset(dataset);
  const report = await buildReport(dataset, computeExposure(dataset, scenario.value), {
    generatedAt: new Date().toISOString(),
    datasetSha256: await datasetSha,
  });
  const f = format as (typeof FORMATS)[number];
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
