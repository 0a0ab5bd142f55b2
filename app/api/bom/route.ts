import { getDataset } from "@/lib/data/load-dataset";
import { bytesBody } from "@/server/http/bytes-body";
import { jsonError } from "@/server/http/responses";
import { BOM_MAX_BYTES, BOM_SERVER_MAX_LINES } from "@/lib/bom/bom-limits";
import { checkBomUpload } from "@/lib/bom/check-bom-upload";
import { parseMappingParam } from "@/lib/bom/parse-mapping-param";
import { readLimitedBytes } from "@/lib/bom/read-limited-bytes";
import { checkSameOrigin } from "@/lib/http/check-same-origin";
import { originHeadersOf } from "@/server/http/origin-headers";
import { parseReportRequest } from "@/lib/http/parse-report-request";
import { withPartsLens } from "@/lib/parts/parts-scenario";
import { readCurrency } from "@/lib/parts/read-currency";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { heavyFailureResponse, RETRY_AFTER_SECONDS, runHeavy } from "@/server/heavy-pool";
import { UploadSlots } from "@/server/upload-slots";
import { formatInteger } from "@/lib/format/format-number";

export const dynamic = "force-dynamic";

const FORMATS = ["json", "csv", "xlsx", "pdf"] as const;
/** Scenario parameters that do not bear on a parts list: given, they are reported as ignored. */
const BOM_IGNORED = {
  chinaShare: "each line's China-origin share is the file's (a china_origin_share column), or both ends when it gives none",
};
const CONTENT_TYPES = {
  json: "application/json",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/** Uploads received or checked at once; each holds up to 50 MB of body. One more is answered 503 at once. */
export const BOM_MAX_UPLOADS_IN_FLIGHT = 2;
const uploads = new UploadSlots(BOM_MAX_UPLOADS_IN_FLIGHT);


/**
 * POST a parts list (CSV or XLSX); answers an action per line under the scenario (JSON, or the CSV, XLSX or PDF
 * report). Everything that costs more than a header check runs in the heavy-job pool (server/heavy-pool.ts), off the
 * event loop. The border lens applies unless `lens` is given.
 */
export async function POST(request: Request): Promise<Response> {
  // First, before anything is read: a page on another site must get nothing out of this route.
  const origin = checkSameOrigin(originHeadersOf(request));
  if (!origin.ok) return jsonError(origin.error, origin.status);

  const dataset = getDataset();
  const params = new URL(request.url).searchParams;
  const req = parseReportRequest(dataset, params, FORMATS, todayIso(), { extraParams: ["mapping", "currency"], ignored: BOM_IGNORED });
  if (!req.ok) return jsonError(req.error);
  const mapping = parseMappingParam(params.get("mapping"));
  if (!mapping.ok) return jsonError(mapping.error);
  const currencyParam = params.get("currency");
  const currency = currencyParam === null ? null : readCurrency(currencyParam);
  if (currency && !currency.ok) return jsonError({ param: "currency", message: currency.error });
  const { format, warnings } = req;
  const scenario = withPartsLens(req.scenario, params.has("lens"));

  const upload = checkBomUpload(request.headers.get("content-type"), request.headers.get("content-length"));
  if (!upload.ok) return jsonError(upload.error, upload.status);

  const release = uploads.tryAcquire();
  if (!release) {
    return jsonError(
      { param: "server", message: `The server is checking ${BOM_MAX_UPLOADS_IN_FLIGHT} other files; try again in ${RETRY_AFTER_SECONDS} s.` },
      503,
      // Answered before its body is read; Node then reads and drops the rest of the body without holding it, so the
      // client, which may still be sending, gets this answer rather than a reset connection.
      { "Retry-After": String(RETRY_AFTER_SECONDS) },
    );
  }
  try {
    // Lines are counted in CSV only: a workbook is compressed, and its rows are counted as it is opened.
    const body = await readLimitedBytes(request.body, BOM_MAX_BYTES, upload.kind === "csv" ? BOM_SERVER_MAX_LINES : Number.POSITIVE_INFINITY);
    if (!body.ok) {
      const message =
        body.reason === "bytes"
          ? `The file is larger than the limit of ${formatInteger(BOM_MAX_BYTES)} bytes (50 MB).`
          : `The file has more than ${formatInteger(BOM_SERVER_MAX_LINES)} lines (a header and ${formatInteger(BOM_SERVER_MAX_LINES - 1)} rows), the most the server checks in one upload. ` +
            "Split it into smaller files, or check it on the /bom page, which reads it in your browser (up to 200,000 rows).";
      // A body cut off mid-stream leaves the connection unusable: say so. One read to its end (too many lines) does not.
      return jsonError({ param: "body", message }, 413, body.drained ? {} : { Connection: "close" });
    }

    const outcome = await runHeavy({
      kind: "bom",
      bytes: body.bytes,
      mapping: mapping.mapping,
      fileCurrency: currency?.ok ? currency.code : null,
      scenario,
      warnings,
      format,
      generatedAt: new Date().toISOString(),
    });
    if (!outcome.ok) return heavyFailureResponse(outcome);
    const result = outcome.result;
    if (!result.ok) return jsonError(result.error, result.status);
    return new Response(bytesBody(result.body), {
      headers: {
        "Content-Type": CONTENT_TYPES[format],
        "Content-Length": String(result.body.length),
        ...(result.fileName ? { "Content-Disposition": `attachment; filename="${result.fileName}"` } : {}),
        "Cache-Control": "no-store",
      },
    });
  } finally {
    release();
  }
}
