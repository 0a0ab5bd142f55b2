import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { PART_MAX_CELL_CHARS } from "./cell-limits";
import { readPartsFile } from "./read-parts-file";

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

  it("empties a cell over the length limit and reports it on its row, naming the column", async () => {
    const long = "x".repeat(PART_MAX_CELL_CHARS + 1);
    const r = await readPartsFile(new TextEncoder().encode(`PN,Description\nA,${long}\nB,ok\n`));
    expect(r.ok && r.value.rows.map((x) => x.cells)).toEqual([["A", ""], ["B", "ok"]]);
    expect(r.ok && r.value.rowErrors).toEqual([{ row: 2, message: `column 2 ("Description"): the cell is 513 characters long; at most 512 are read` }]);
  });

  it("refuses an empty file", async () => {
    expect(await readPartsFile(new Uint8Array(0))).toEqual({ ok: false, message: "The file is empty." });
  });
});
