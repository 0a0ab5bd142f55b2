import { describe, expect, it } from "vitest";
import { BOM_MAX_BYTES } from "./bom-columns";
import { decodeBomBytes, findInvalidUtf8 } from "./decode-bom-bytes";

const bytes = (...xs: number[]) => new Uint8Array(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeBomBytes", () => {
  it("decodes UTF-8 and drops a byte-order mark", () => {
    const r = decodeBomBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("part_id\r\nMagnet – 磁铁")]));
    expect(r).toEqual({ ok: true, text: "part_id\r\nMagnet – 磁铁" });
  });

  it.each([
    ["empty", new Uint8Array(0), "empty", /empty/],
    ["UTF-16 LE", bytes(0xff, 0xfe, 0x70, 0x00), "not-utf8", /UTF-16/],
    ["UTF-16 BE", bytes(0xfe, 0xff, 0x00, 0x70), "not-utf8", /UTF-16/],
    // An .xlsx is a zip: "PK\x03\x04" then binary with NUL bytes.
    ["a zip (xlsx)", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), "binary", /binary data/],
    // "café" in Windows-1252: é = 0xE9 followed by a newline, not a continuation byte.
    ["Windows-1252", new Uint8Array([...utf8("a\nb\ncaf"), 0xe9, 0x0a]), "not-utf8", /0xE9 on line 3, byte offset 7/],
  ] as const)("rejects %s", (_label, input, code, message) => {
    const r = decodeBomBytes(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
    }
  });

  it("refuses more than BOM_MAX_BYTES (50 MB) before decoding", () => {
    const r = decodeBomBytes(new Uint8Array(BOM_MAX_BYTES + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("too-large");
    // Exactly the limit is allowed through the size check (and then fails as binary: it is all NUL bytes).
    const atLimit = decodeBomBytes(new Uint8Array(BOM_MAX_BYTES));
    expect(!atLimit.ok && atLimit.error.code).toBe("binary");
  });
});

describe("findInvalidUtf8", () => {
  it.each([
    ["ASCII", [0x61, 0x62], -1],
    ["2-byte é", [0xc3, 0xa9], -1],
    ["3-byte €", [0xe2, 0x82, 0xac], -1],
    ["4-byte 😀", [0xf0, 0x9f, 0x98, 0x80], -1],
    ["lone continuation", [0x61, 0x80], 1],
    ["overlong C0 80", [0xc0, 0x80], 0],
    ["overlong E0 80 80", [0xe0, 0x80, 0x80], 0],
    ["surrogate ED A0 80", [0xed, 0xa0, 0x80], 0],
    ["above U+10FFFF (F4 90)", [0xf4, 0x90, 0x80, 0x80], 0],
    ["F5 lead", [0xf5], 0],
    ["truncated at end", [0x61, 0xe2, 0x82], 1],
  ])("%s → %i", (_label, input, expected) => {
    expect(findInvalidUtf8(new Uint8Array(input))).toBe(expected);
    // Agrees with the platform's strict decoder.
    let strictOk = true;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(input));
    } catch {
      strictOk = false;
    }
    expect(strictOk).toBe(expected === -1);
  });
});
