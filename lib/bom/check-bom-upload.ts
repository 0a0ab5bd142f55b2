import { XLSX_CONTENT_TYPE } from "../parts/file-limits";
import type { ParamError } from "../scenario/parse-scenario";
import { BOM_MAX_BYTES } from "./bom-limits";
import { formatInteger } from "../format/format-number";

/**
 * Media types an upload may arrive with: CSV, or an .xlsx workbook. Not text/plain: a page on any other site can make
 * a browser POST text/plain without asking first (a "simple" request, no CORS preflight), and these cannot be sent so.
 */
export const BOM_CONTENT_TYPES = ["text/csv", "application/csv", XLSX_CONTENT_TYPE] as const;

const HOW =
  "send the file itself as the request body with Content-Type: text/csv or, for a workbook, " +
  `${XLSX_CONTENT_TYPE} (curl --data-binary @parts.csv -H 'Content-Type: text/csv')`;

export type UploadKind = "csv" | "xlsx";
export type UploadCheck = { ok: true; kind: UploadKind } | { ok: false; status: 413 | 415; error: ParamError };

/**
 * Checks an upload's headers before its body is read: the media type (415 for anything but CSV or XLSX, or a CSV
 * charset other than UTF-8) and a declared Content-Length past BOM_MAX_BYTES (413, without reading a byte).
 */
export function checkBomUpload(contentType: string | null, contentLength: string | null): UploadCheck {
  const fail = (status: 413 | 415, param: string, message: string): UploadCheck => ({ ok: false, status, error: { param, message } });
  if (contentType === null || contentType.trim() === "") return fail(415, "Content-Type", `no Content-Type: ${HOW}`);
  const [type = "", ...rest] = contentType.split(";").map((p) => p.trim().toLowerCase());
  if (!(BOM_CONTENT_TYPES as readonly string[]).includes(type)) {
    const plain = type === "text/plain" ? " (text/plain is refused because any web page can send it from another site)" : "";
    return fail(415, "Content-Type", `"${type.slice(0, 64)}" is not accepted${plain}; ${HOW}`);
  }
  const kind: UploadKind = type === XLSX_CONTENT_TYPE ? "xlsx" : "csv";
  const charset = rest.find((p) => p.startsWith("charset="))?.slice("charset=".length).replace(/^"|"$/g, "");
  if (kind === "csv" && charset !== undefined && !["utf-8", "utf8", "us-ascii"].includes(charset)) {
    return fail(415, "Content-Type", `charset "${charset.slice(0, 32)}" is not accepted: send the file's bytes without a charset (its encoding is detected), or save it as UTF-8`);
  }
  if (contentLength !== null && /^\d+$/.test(contentLength.trim()) && Number(contentLength) > BOM_MAX_BYTES) {
    return fail(413, "body", `The file is ${formatInteger(Number(contentLength))} bytes; the limit is ${formatInteger(BOM_MAX_BYTES)} bytes (50 MB).`);
  }
  return { ok: true, kind };
}
