import { BOM_MAX_BYTES } from "./bom-columns";
import type { BomFileError } from "./bom-types";

export type DecodeResult = { ok: true; text: string } | { ok: false; error: BomFileError };

const SAVE_AS = 'Save it from your spreadsheet as "CSV UTF-8 (comma delimited)" and upload it again.';

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence; -1 when there is none. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Lead byte → sequence length and the allowed range of the second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < n; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/**
 * The bytes of an uploaded file as text, or why they are not a UTF-8 CSV: too large, empty, UTF-16, binary or
 * another encoding. A UTF-8 byte-order mark is dropped. Decoding is strict (TextDecoder fatal), so a Windows-1252
 * "é" is an error naming its line rather than a silent U+FFFD in a part's description.
 */
export function decodeBomBytes(bytes: Uint8Array): DecodeResult {
  const fail = (code: BomFileError["code"], message: string): DecodeResult => ({ ok: false, error: { code, message } });
  if (bytes.length > BOM_MAX_BYTES) {
    return fail("too-large", `The file is ${bytes.length.toLocaleString("en-US")} bytes; the limit is ${BOM_MAX_BYTES.toLocaleString("en-US")} bytes (50 MB).`);
  }
  if (bytes.length === 0) return fail("empty", "The file is empty.");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail("not-utf8", `The file is UTF-16 text, not UTF-8. ${SAVE_AS}`);
  }
  // Text files hold no NUL byte; spreadsheets, archives and images do within their first few kilobytes.
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return fail("binary", `The file is not a CSV text file (it holds binary data, e.g. an .xlsx workbook). ${SAVE_AS}`);
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const at = findInvalidUtf8(bytes);
    const where = at >= 0 ? ` (first invalid byte 0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0")} on line ${lineOf(bytes, at)}, byte offset ${at})` : "";
    return fail("not-utf8", `The file is not valid UTF-8${where}; it was probably saved in a legacy encoding such as Windows-1252. ${SAVE_AS}`);
  }
}
