import { describe, expect, it } from "vitest";
import { BOM_MAX_BYTES } from "./bom-limits";
import { XLSX_CONTENT_TYPE } from "../parts/file-limits";
import { checkBomUpload } from "./check-bom-upload";

describe("checkBomUpload", () => {
  it.each([
    ["text/csv", null],
    ["text/csv; charset=utf-8", null],
    ["Text/CSV; charset=\"UTF-8\"", null],
    ["application/csv", null],
  ])("accepts %s", (type, length) => {
    expect(checkBomUpload(type, length)).toEqual({ ok: true, kind: "csv" });
  });

  it("accepts an .xlsx workbook by its media type, whatever charset it names", () => {
    expect(checkBomUpload(XLSX_CONTENT_TYPE, null)).toEqual({ ok: true, kind: "xlsx" });
    expect(checkBomUpload(`${XLSX_CONTENT_TYPE}; charset=binary`, null)).toEqual({ ok: true, kind: "xlsx" });
  });

  it.each([
    [null, 415, /no Content-Type/],
    ["application/vnd.ms-excel", 415, /not accepted/],
    ["", 415, /no Content-Type/],
    ["application/json", 415, /"application\/json" is not accepted/],
    ["multipart/form-data; boundary=x", 415, /--data-binary/],
    ["application/x-www-form-urlencoded", 415, /not accepted/],
    // What a form or a no-cors fetch on another site can send without a preflight.
    ["text/plain", 415, /text\/plain is refused because any web page can send it from another site/],
    ["text/plain; charset=utf-8", 415, /not accepted/],
    ["text/csv; charset=windows-1252", 415, /charset "windows-1252"/],
  ])("refuses Content-Type %j with %i", (type, status, message) => {
    const r = checkBomUpload(type, null);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.status).toBe(status);
      expect(r.error.param).toBe("Content-Type");
      expect(r.error.message).toMatch(message);
    }
  });

  it("refuses a declared length past the limit with 413, and lets the exact limit through", () => {
    const r = checkBomUpload("text/csv", String(BOM_MAX_BYTES + 1));
    expect(r.ok === false && r.status).toBe(413);
    expect(checkBomUpload("text/csv", String(BOM_MAX_BYTES))).toEqual({ ok: true, kind: "csv" });
    // A malformed length is left to the body read, which counts the bytes itself.
    expect(checkBomUpload("text/csv", "lots")).toEqual({ ok: true, kind: "csv" });
  });
});
