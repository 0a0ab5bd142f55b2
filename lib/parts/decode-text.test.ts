import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";
import { PARTS_MAX_BYTES } from "./file-limits";

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));
function utf16(s: string, le: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (le) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}
const text = "Teilenummer;Bezeichnung;Währung\nA-1;Läufer Ø 40;EUR\n";

describe("decodeText", () => {
  it.each([
    ["UTF-8", utf8(text), "utf-8", false],
    ["UTF-8 with a byte-order mark", cat([0xef, 0xbb, 0xbf], utf8(text)), "utf-8", true],
    ["UTF-16 LE with a byte-order mark", cat([0xff, 0xfe], utf16(text, true)), "utf-16le", true],
    ["UTF-16 BE with a byte-order mark", cat([0xfe, 0xff], utf16(text, false)), "utf-16be", true],
  ] as const)("%s", (_, bytes, encoding, bom) => {
    const r = decodeText(bytes);
    expect(r).toEqual({ ok: true, text, encoding, byteOrderMark: bom, note: null });
  });

  it("reads Windows-1252 when the bytes are not UTF-8, and says so", () => {
    // "Läufer" in Windows-1252: ä = 0xE4; "Ø" = 0xD8; "€" = 0x80.
    const bytes = cat(utf8("Teil;Bezeichnung;Preis\nA-1;L"), [0xe4], utf8("ufer "), [0xd8], utf8(" 40;12,50 "), [0x80], utf8("\n"));
    const r = decodeText(bytes);
    expect(r).toMatchObject({ ok: true, encoding: "windows-1252", text: "Teil;Bezeichnung;Preis\nA-1;Läufer Ø 40;12,50 €\n" });
    expect(r.ok && r.note).toMatch(/not valid UTF-8 \(byte 0xE4 on line 2\): it was read as Windows-1252/);
  });

  it.each([
    ["an empty file", new Uint8Array(0), "empty"],
    ["an .xlsx workbook", cat([0x50, 0x4b, 0x03, 0x04], [1, 2, 3]), "xlsx"],
    ["binary data", cat(utf8("abc"), [0, 1, 2]), "binary"],
    ["UTF-32", cat([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0]), "unsupported-encoding"],
    ["a UTF-8 byte-order mark before invalid bytes", cat([0xef, 0xbb, 0xbf], [0x41, 0xe4, 0x41]), "unsupported-encoding"],
  ] as const)("refuses %s", (_, bytes, code) => {
    expect(decodeText(bytes)).toMatchObject({ ok: false, code });
  });

  it("refuses a file over the size limit without reading it", () => {
    expect(decodeText(new Uint8Array(PARTS_MAX_BYTES + 1))).toMatchObject({ ok: false, code: "too-large" });
  });
});
