import { PARTS_MAX_BYTES } from "./file-limits";
import { formatInteger } from "../format/format-number";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName; byteOrderMark: boolean; note: string | null }
  | { ok: false; code: "empty" | "too-large" | "binary" | "xlsx" | "unsupported-encoding"; message: string };

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

// Windows-1252's characters at 0x80–0x9F. Some TextDecoder implementations (Node's, at least up to v20) decode the
// "windows-1252" label as ISO-8859-1 and leave these as C1 control characters; browsers do not. Mapping them here
// gives the same text everywhere. The five bytes Windows-1252 leaves undefined stay as they are.
const CP1252_HIGH: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹",
  0x8c: "Œ", 0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™",
  0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};
/** Whether this runtime's decoder maps 0x80–0x9F as Windows-1252 does (browsers do): then no pass over the text is needed. */
let decoderIsWindows1252: boolean | null = null;
const decodeWindows1252 = (bytes: Uint8Array) => {
  decoderIsWindows1252 ??= new TextDecoder("windows-1252").decode(new Uint8Array([0x80, 0x9f])) === "€Ÿ";
  const text = new TextDecoder("windows-1252").decode(bytes);
  return decoderIsWindows1252 ? text : text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c);
};

/** Offset of the first byte that breaks UTF-8, or -1. Linear. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
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

/**
 * The text of a CSV file in any common encoding, and which one was used: UTF-8 with or without a byte-order mark,
 * UTF-16 LE or BE with one (Excel's "Unicode text"), or Windows-1252 when the bytes are not valid UTF-8 (Excel's
 * "CSV" on a Western European Windows). TextDecoder does the decoding: it is the same in browsers, workers and Node.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, code: "empty", message: "The file is empty." };
  if (bytes.length > PARTS_MAX_BYTES) {
    return { ok: false, code: "too-large", message: `The file is ${formatInteger(bytes.length)} bytes; the limit is ${formatInteger(PARTS_MAX_BYTES)} bytes (50 MB).` };
  }
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0x50 && b1 === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: false, code: "xlsx", message: "The file is a ZIP archive (an .xlsx workbook?), not CSV text." };
  }
  if (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0) {
    return { ok: false, code: "unsupported-encoding", message: "The file is UTF-32 text, which is not read: save it as CSV UTF-8." };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", byteOrderMark: true, note: null };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", byteOrderMark: true, note: null };
  }
  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  // Text holds no NUL byte; spreadsheets, archives, images and UTF-16 without a byte-order mark do.
  if (body.subarray(0, 65536).includes(0)) {
    return { ok: false, code: "binary", message: "The file holds binary data (NUL bytes): it is not CSV text. Upload an .xlsx workbook as it is, or save the sheet as CSV UTF-8." };
  }
  const bad = firstInvalidUtf8(body);
  if (bad < 0) return { ok: true, text: new TextDecoder("utf-8").decode(body), encoding: "utf-8", byteOrderMark: bom, note: null };
  if (bom) {
    return { ok: false, code: "unsupported-encoding", message: `The file starts with a UTF-8 byte-order mark but is not valid UTF-8 (line ${lineOf(body, bad)}); save it again as CSV UTF-8.` };
  }
  // Every byte is a character in Windows-1252 (the WHATWG decoder maps the five undefined ones to C1 controls).
  const hex = (body[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return {
    ok: true,
    text: decodeWindows1252(body),
    encoding: "windows-1252",
    byteOrderMark: false,
    note: `The file is not valid UTF-8 (byte 0x${hex} on line ${lineOf(body, bad)}): it was read as Windows-1252, the encoding Excel uses for CSV in Western Europe. Check accented letters in the preview.`,
  };
}
