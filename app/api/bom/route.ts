import { getDataset } from "@/lib/data/load-dataset";
import { jsonError, jsonOk } from "@/lib/http/responses";
import { BOM_MAX_BYTES } from "@/lib/bom/bom-columns";
import { bomReportFileName, buildBomReport, sha256HexBytes } from "@/lib/bom/build-bom-report";
import { decodeBomBytes } from "@/lib/bom/decode-bom-bytes";
import { formatBomCsvReport } from "@/lib/bom/format-bom-csv-report";
import { parseBom } from "@/lib/bom/parse-bom";
import { parseMappingParam } from "@/lib/bom/parse-mapping-param";
import { checkBomUpload } from "@/lib/bom/check-bom-upload";
import { readLimitedBytes } from "@/lib/bom/read-limited-bytes";
import { parseReportRequest } from "@/lib/http/parse-report-request";
import { todayIso } from "@/lib/scenario/scenario-from-params";

export const dynamic = "force-dynamic";

const FORMATS = ["json", "csv", "pdf"] as const;
/** Scenario parameters that do not bear on a parts list: given, they are reported as ignored. */
const BOM_IGNORED = {
  chinaShare: "each row of the file gives its own China-origin share",
  exclusions: "the MOFCOM FAQ exclusions turn on how a component is traded (inside a motor, a device); a part is traded as itself",
};

/** POST a CSV bill of materials; answers which parts the scenario catches (JSON, or the CSV/PDF report). */
export async function POST(request: Request): Promise<Response> {
  const dataset = getDataset();
  const params = new URL(request.url).searchParams;
  const req = parseReportRequest(dataset, params, FORMATS, todayIso(), { extraParams: ["mapping"], ignored: BOM_IGNORED });
  if (!req.ok) return jsonError(req.error);
  const mapping = parseMappingParam(params.get("mapping"));
  if (!mapping.ok) return jsonError(mapping.error);
  const { format, scenario, warnings } = req;

  const upload = checkBomUpload(request.headers.get("content-type"), request.headers.get("content-length"));
  if (!upload.ok) return jsonError(upload.error, upload.status);
  const body = await readLimitedBytes(request.body, BOM_MAX_BYTES);
  // The refused body was cut off mid-stream: the connection cannot be reused, so say so rather than reset it.
  if (!body.ok) return jsonError({ param: "body", message: `The file is larger than the limit of ${BOM_MAX_BYTES.toLocaleString("en-US")} bytes (50 MB).` }, 413, { Connection: "close" });
  const decoded = decodeBomBytes(body.bytes);
  if (!decoded.ok) return jsonError({ param: "body", message: decoded.error.message }, decoded.error.code === "too-large" ? 413 : 400);
  const parsed = parseBom(decoded.text, mapping.mapping);
  if (parsed.fileError) return jsonError({ param: "body", message: parsed.fileError.message });

  const report = buildBomReport(dataset, scenario, parsed, {
    generatedAt: new Date().toISOString(),
    file: { sha256: await sha256HexBytes(body.bytes), bytes: body.bytes.length },
    warnings,
  });
  if (format === "json") return jsonOk(report);
  const pdf = format === "pdf";
  const out = pdf
    ? await (await import("@/lib/bom/format-bom-pdf-report")).formatBomPdfReport(report, (await import("@/server/pdf-fonts")).loadPdfFonts())
    : formatBomCsvReport(report);
  return new Response(out as BodyInit, {
    headers: {
      "Content-Type": pdf ? "application/pdf" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${bomReportFileName(report, pdf ? "pdf" : "csv")}"`,
      "Cache-Control": "no-store",
    },
  });
}
