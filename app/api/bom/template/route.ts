import { BOM_TEMPLATE_FILE_NAME, bomTemplateCsv } from "@/lib/bom/bom-template";
import { jsonError } from "@/server/http/responses";
import { findUnknownParam } from "@/lib/scenario/parse-scenario";

/** The bill-of-materials template with example rows, as a download. */
export function GET(request: Request): Response {
  const unknown = findUnknownParam(new URL(request.url).searchParams, []);
  if (unknown) return jsonError(unknown);
  return new Response(bomTemplateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${BOM_TEMPLATE_FILE_NAME}"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
