import { describe, expect, it } from "vitest";
import { previewSheet } from "./preview-sheet";
import { readCsvRows } from "./read-csv-rows";

describe("previewSheet", () => {
  it("shows the first rows and the suggested mapping, and what is left to map", () => {
    const sheet = readCsvRows("Sachnummer;Bezeichnung;Preis (EUR);Bemerkung\nA;Magnet N42SH;2,85;x\nB;Rotor;38,00;y\nC;Schraube;0,04;z\n");
    if (!sheet.ok) throw new Error(sheet.message);
    const p = previewSheet(sheet.value, 2);
    expect(p).toMatchObject({
      format: "csv",
      delimiter: ";",
      rows: [{ row: 2, cells: ["A", "Magnet N42SH", "2,85", "x"] }, { row: 3, cells: ["B", "Rotor", "38,00", "y"] }],
      totalRows: 3,
      suggested: { part_id: "Sachnummer", description: "Bezeichnung", unit_value: "Preis (EUR)" },
      unusedHeaders: ["Bemerkung"],
      headerCurrency: "EUR",
    });
    expect(p.missing).toContain("quantity");
    expect(p.missing).not.toContain("part_id");
  });
});
