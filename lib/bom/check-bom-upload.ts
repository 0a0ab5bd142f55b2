import type { ParamError } from "../scenario/parse-scenario";
import { BOM_MAX_BYTES } from "./bom-columns";

/**
 * Media types a CSV upload may arrive with. Not text/plain: a page on any other site can make a browser POST
 * text/plain without asking first (a "simple" request, no CORS preflight), and text/csv cannot be sent that way.
 */
export const BOM_CONTENT_TYPES = ["text/csv", "application/csv"] as const;

const HOW = "send the CSV file itself as the request body with Content-Type: text/csv (curl --data-binary @bom.csv -H 'Content-Type: text/csv')";

export type UploadCheck = { ok: true } | { ok: false; status: 413 | 415; error: ParamError };

/**
 * Checks an upload's headers before its body is read: the media type (415 for anything but text/csv or application/csv, or a
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
  const charset = rest.find((p) => p.startsWith("charset="))?.slice("charset=".length).replace(/^"|"$/g, "");
  if (charset !== undefined && !["utf-8", "utf8", "us-ascii"].includes(charset)) {
    return fail(415, "Content-Type", `charset "${charset.slice(0, 32)}" is not accepted: save the file as UTF-8`);
  }
  if (contentLength !== null && /^\d+$/.test(contentLength.trim()) && Number(contentLength) > BOM_MAX_BYTES) {
    return fail(413, "body", `The file is ${Number(contentLength).toLocaleString("en-US")} bytes; the limit is ${BOM_MAX_BYTES.toLocaleString("en-US")} bytes (50 MB).`);
  }
  return { ok: true };
}
