import fs from "node:fs";
import path from "node:path";
import readXlsxFile from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import { inspectXlsx } from "../xlsx/inspect-xlsx";
import { formatPartsXlsxReport } from "./format-parts-xlsx-report";
import { makeTestPartsReport } from "./parts-report-fixture";

const read = (bytes: Uint8Array) => readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
const motorMaker = () => new Uint8Array(fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "parts-lists", "motor-maker-eu.csv")));

describe("formatPartsXlsxReport", () => {
  it("writes the report, summary, lines, errors, rates and coverage, one sheet each, with the actions and the rates", async () => {
    const r = await makeTestPartsReport(motorMaker(), { regime: "apr-2025", destination: "other" });
    const sheets = await read(await formatPartsXlsxReport(r));
    expect(sheets.map((s) => s.sheet)).toEqual(["report", "summary", "lines", "errors", "rates", "coverage"]);
    const summary = sheets[1]!.data;
    // The fixture's hand-worked table (motor-maker-fixture.test.ts): 0 hold, 2 apply, 11 review, 9 insufficient, 8 clear.
    expect(summary.slice(1).map((row) => [row[0], row[3]])).toEqual([["hold", 0], ["apply", 2], ["review", 11], ["insufficient-data", 9], ["clear", 8]]);
    // 2 of 30 lines = 6.666…% → 6.67 (two places).
    expect(summary[2]![4]).toBe(6.67);
    const [header, ...lines] = sheets[2]!.data;
    expect(lines).toHaveLength(30);
    const first = lines.find((row) => row[0] === "10-4711-001")!;
    expect(first[header!.indexOf("action")]).toBe("apply");
    expect(first[header!.indexOf("row")]).toBe(2);
    expect(sheets[4]!.data[1]).toEqual(expect.arrayContaining(["EUR", "1 EUR = 1.1306 USD (2025 annual average)"]));
    expect(sheets[5]!.data.slice(1).map((row) => row[0])).toEqual(expect.arrayContaining(["models", "flags only", "does not model"]));
  });

  it("freezes the header and the part number, and keeps a formula-looking description as text", async () => {
    const csv = "part_id,description,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in\nP1,=cmd|' /C calc'!A0,90,Dy,45,ndfeb_magnet,1,civil,china\n";
    const bytes = await formatPartsXlsxReport(await makeTestPartsReport(csv, { regime: "apr-2025" }));
    const layout = inspectXlsx(bytes);
    for (const sheet of layout) {
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.formulaCells).toBe(0);
    }
    expect(layout.find((s) => s.name === "lines")?.frozenColumns).toBe(1);
    const lines = (await read(bytes)).find((s) => s.sheet === "lines")!.data;
    expect(lines[1]![lines[0]!.indexOf("description")]).toBe("=cmd|' /C calc'!A0");
  });
});
