import { describe, expect, it } from "vitest";
import { makeTestPartsReport } from "./parts-report-fixture";
import { formatPartsCsvReport } from "./format-parts-csv-report";
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

  it("names two columns that read as one on the mapping step, and which one is used", () => {
    const sheet = readCsvRows("part,description,description,origin\nA,Steel bolt,NdFeB magnet N42SH,CN\n");
    if (!sheet.ok) throw new Error(sheet.message);
    const p = previewSheet(sheet.value);
    expect(p.suggested.description).toBe("description");
    expect(p.notes).toEqual([DUPLICATE_DESCRIPTION]);
  });
});

const DUPLICATE_DESCRIPTION =
  'Two columns read as "Description": column 2 ("description") and column 3 ("description"). Column 2 is used; column 3 is not read. To read the other, choose it on the mapping step.';

describe("a duplicate column in the answer and the report", () => {
  it("is a file-level warning of the answer and a warning row of the CSV report", async () => {
    const r = await makeTestPartsReport("part,description,description,origin\nA,Steel bolt,NdFeB magnet N42SH,CN\n", { regime: "oct-2025" });
    expect(r.warnings).toContainEqual({ param: "file", message: DUPLICATE_DESCRIPTION });
    // The CSV writer doubles the quotes inside a quoted cell.
    expect(formatPartsCsvReport(r)).toContain(DUPLICATE_DESCRIPTION.replaceAll('"', '""'));
  });
});
