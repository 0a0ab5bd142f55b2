import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { PART_MAX_CELL_CHARS } from "./cell-limits";
import { readPartsFile } from "./read-parts-file";
import { inlineCell, makeXlsx } from "./xlsx-test-files";

describe("readPartsFile", () => {
  it("reads CSV in Windows-1252 with semicolons, and says which encoding it used", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Teilenummer;Bezeichnung\nA-1;L"), 0xe4, ...new TextEncoder().encode("ufer\n")]);
    const r = await readPartsFile(bytes);
    expect(r.ok && r.value).toMatchObject({ format: "csv", delimiter: ";", encoding: "windows-1252", rows: [{ row: 2, cells: ["A-1", "Läufer"] }] });
    expect(r.ok && r.value.notes[0]).toMatch(/read as Windows-1252/);
  });

  it("reads an .xlsx workbook by its signature", async () => {
    const bytes = new Uint8Array(await writeXlsxFile([["PN", "Qty"], ["A", 3]] as never).toBuffer());
    const r = await readPartsFile(bytes);
    expect(r.ok && r.value).toMatchObject({ format: "xlsx", headers: ["PN", "Qty"], rows: [{ row: 2, cells: ["A", "3"] }] });
  });

  it("empties a cell over the length limit and reports it on its row and cell (readPartLines names the column)", async () => {
    const long = "x".repeat(PART_MAX_CELL_CHARS + 1);
    const r = await readPartsFile(new TextEncoder().encode(`PN,Description\nA,${long}\nB,ok\n`));
    expect(r.ok && r.value.rows.map((x) => x.cells)).toEqual([["A", ""], ["B", "ok"]]);
    expect(r.ok && r.value.rowErrors).toEqual([{ row: 2, cell: 1, message: "513 characters; a cell holds at most 512" }]);
  });

  it("refuses an empty file", async () => {
    expect(await readPartsFile(new Uint8Array(0))).toEqual({ ok: false, message: "The file is empty." });
  });

  it("says a file past 50 MB is too large", async () => {
    const r = await readPartsFile(new Uint8Array(50_000_001).fill(0x41));
    expect(r).toMatchObject({ ok: false, tooLarge: true, message: expect.stringMatching(/the limit is 50,000,000 bytes/) });
  });

  it("reads an .xlsx whose title row is merged over the table, and fills merged cells with their value", async () => {
    const bytes = makeXlsx(
      `<row r="1">${inlineCell("A1", "Stückliste EPS – Stand 2025")}</row>` +
        `<row r="3">${inlineCell("A3", "Sachnummer")}${inlineCell("B3", "Bezeichnung")}${inlineCell("C3", "Lieferant")}</row>` +
        `<row r="4">${inlineCell("A4", "A-1")}${inlineCell("B4", "Magnet N42SH")}${inlineCell("C4", "Ningbo Magnet")}</row>` +
        `<row r="5">${inlineCell("A5", "A-2")}${inlineCell("B5", "Magnet N45SH")}</row>`,
      9,
      `<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="C4:C5"/></mergeCells>`,
    );
    const r = await readPartsFile(bytes);
    expect(r.ok && [r.value.headerRow, r.value.headers, r.value.rows]).toEqual([
      3,
      ["Sachnummer", "Bezeichnung", "Lieferant"],
      [{ row: 4, cells: ["A-1", "Magnet N42SH", "Ningbo Magnet"] }, { row: 5, cells: ["A-2", "Magnet N45SH", "Ningbo Magnet"] }],
    ]);
    expect(r.ok && r.value.notes).toEqual([
      "2 merged ranges: each cell of a range is read as its first cell's value.",
      "The header is on row 3; the 2 rows above it were skipped.",
    ]);
  });
});
