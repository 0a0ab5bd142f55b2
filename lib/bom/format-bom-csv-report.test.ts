import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseCsvReport } from "../report/format-csv-report";
import { makeTestBomReport } from "./bom-report-fixture";
import { BOM_METHOD, formatBomCsvReport, formatBomElement } from "./format-bom-csv-report";

const HEADER = "part_id,description,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in";
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

describe("formatBomCsvReport", () => {
  it("writes five blocks: report, summary, parts, errors, method", async () => {
    const r = await makeTestBomReport();
    const [meta, summary, parts, errors, method] = parseCsvReport(formatBomCsvReport(r));
    const field = (k: string) => meta?.find((row) => row.field === k)?.value;
    expect(field("file_sha256")).toBe(r.file.sha256);
    expect(field("generated_at")).toBe("2026-11-25T10:00:00.000Z");
    expect(field("regime")).toBe("breakdown");
    expect(field("extraterritorial_rule")).toBe("on");
    expect(field("de_minimis_pct")).toBe("0.1");
    expect(field("file_rows")).toBe("9");
    // The template: a header and 9 rows, each on one line, and a final line break.
    expect(["file_rows_with_errors", "file_lines", "file_lines_header", "file_lines_rows", "file_lines_blank", "file_lines_in_quoted_cells", "file_lines_swallowed"].map(field)).toEqual(["0", "10", "1", "9", "0", "0", "0"]);
    expect(summary?.map((s) => [s.status, s.parts])).toEqual([["free", "2"], ["license", "1"], ["case-by-case", "1"], ["denied", "1"]]);
    expect(parts).toHaveLength(5);
    const target = parts?.find((p) => p.part_id === "TGT-GD-300");
    expect(target).toMatchObject({ status: "case-by-case", route: "extraterritorial", drivers: "Gd", threshold_pct: "0.1", incomplete: "no" });
    // Full precision: the engine's number, not a rounded one.
    expect(Number(target?.controlled_content_pct)).toBe(r.parts.find((p) => p.partId === "TGT-GD-300")?.controlledContentPct);
    expect(target?.elements).toBe("Gd 216.161 g (China 90 %)");
    expect(errors).toEqual([]);
    expect(method).toHaveLength(BOM_METHOD.length);
  });

  it("is RFC 4180 with CRLF line ends and a UTF-8 byte-order mark", async () => {
    const csv = formatBomCsvReport(await makeTestBomReport());
    expect(csv.startsWith("\uFEFFfield,value\r\n")).toBe(true);
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/\n/);
  });

  it("lists the errors with their rows and columns, and the parts not computed", async () => {
    const text = [HEADER, "A,x,90,Dy,-1,alloy,1,civil,china", "B,x,90,Dy,1,alloy,1,civil,china", "B,x,90,Xx,1,alloy,1,civil,china"].join("\n");
    const [, , parts, errors] = parseCsvReport(formatBomCsvReport(await makeTestBomReport(text)));
    expect(errors).toEqual([
      { row: "2", column: "grams_per_unit", message: '"-1" is negative' },
      { row: "4", column: "element", message: expect.stringMatching(/^"Xx" is not a rare-earth element symbol/) },
      { row: "", column: "part_id", message: "part A not computed: every row of it has an error (rows 2)" },
    ]);
    expect(parts?.[0]).toMatchObject({ part_id: "B", incomplete: "yes", error_rows: "4", rows: "3" });
  });

  it("neutralises formula injection, keeps markup and non-ASCII text as written", async () => {
    const hostile = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "=1+1\nsecond line", "<script>alert(1)</script>", "钕铁硼 — Größe ½″ \"quoted\""];
    const text = [HEADER, ...hostile.map((d, i) => `P${i},${quote(d)},90,Dy,45,ndfeb_magnet,1,civil,china`)].join("\r\n");
    const csv = formatBomCsvReport(await makeTestBomReport(text));
    const [, , parts] = parseCsvReport(csv);
    expect(parts?.map((p) => p.description)).toEqual([
      "'=cmd|' /C calc'!A0", "'+1+1", "'-2+3", "'@SUM(A1)", "'=1+1\nsecond line", "<script>alert(1)</script>", "钕铁硼 — Größe ½″ \"quoted\"",
    ]);
    // No cell anywhere in the file starts with a formula character.
    for (const block of csv.replace(/^\uFEFF/, "").split("\r\n\r\n")) {
      for (const row of Papa.parse<string[]>(block).data) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
    }
  });
});

describe("formatBomElement", () => {
  it.each([
    [{ symbol: "Dy" as const, grams: 45, chinaOriginShare: 1 }, "Dy 45 g (China 100 %)"],
    [{ symbol: "Sm" as const, grams: 0.5, chinaOriginShare: 0.125 }, "Sm 0.5 g (China 12.5 %)"],
    [{ symbol: "Gd" as const, grams: 216.161, chinaOriginShare: null }, "Gd 216.161 g"],
  ])("%j → %s", (e, text) => expect(formatBomElement(e)).toBe(text));
});
