import { describe, expect, it } from "vitest";
import { getControlCodes, getFxRates, getTypicalComposition } from "../data/load-parts-data";
import { readCsvRows } from "./read-csv-rows";
import { expandPartLines, MAX_LISTED_ERRORS, type PartLineOptions, readPartLineSet, readPartLines } from "./read-part-lines";
import { variedPartsCsv } from "./varied-parts-csv";

const base: PartLineOptions = { controlItems: getControlCodes().items, fxRates: getFxRates(), composition: getTypicalComposition() };

function linesOf(csv: string, options: Partial<PartLineOptions> = {}) {
  const sheet = readCsvRows(csv);
  if (!sheet.ok) throw new Error(sheet.message);
  return readPartLines(sheet.value, { ...base, ...options });
}

describe("readPartLines", () => {
  it("reads a currency column per row, converting each at its own rate", () => {
    const r = linesOf("PN,Description,Unit price,Currency\nA,Magnet N42SH,480,JPY\nB,Magnet N42SH,3.20,USD\n");
    // 480 JPY ÷ 149.57 = 3.20920… USD
    expect(r.lines.map((l) => [l.unitValue?.currency, l.unitValue?.usd])).toEqual([["JPY", expect.closeTo(480 / 149.57, 12)], ["USD", 3.2]]);
    expect(r.ratesUsed.map((x) => x.text)).toEqual(["1 USD = 149.57 JPY (2025 annual average)", "US dollars, not converted"]);
  });

  it("takes a constant for every row and 'unknown' from the mapping step", () => {
    const r = linesOf("PN,Description\nA,Rotor EPS\n", { mapping: { end_use: { constant: "civil" }, origin_country: { unknown: true } } });
    expect(r.lines[0]).toMatchObject({ endUse: "civil", originCountry: null, unknown: ["origin_country"] });
  });

  it("reads a cell that says 'not known' as unknown, not as an error", () => {
    const r = linesOf("PN;Lieferland;Einzelpreis (EUR)\nA;unbekannt;?\n");
    expect(r.errors).toEqual([]);
    expect(r.lines[0]?.unknown.sort()).toEqual(["supplier_country", "unit_value"]);
  });

  it("names every bad cell by row and column, and counts the rows", () => {
    const r = linesOf("PN;Lieferland;Einzelpreis;Menge\nA;Atlantis;12,50;3\n;DE;1;1\nC;CN;12,5 CHF;-2\n", { fileCurrency: "EUR" });
    expect(r.errors).toEqual([
      { row: 2, column: "supplier_country", message: `"Atlantis" is not a country: write an ISO code (CN, DE, JP) or a name` },
      { row: 3, column: "part_id", message: 'empty: no part number; the line is named "row 3"' },
      { row: 4, column: "unit_value", message: `"12,5 CHF" is in CHF but the row's currency is EUR` },
      { row: 4, column: "quantity", message: `"-2" is negative: a quantity is 0 or more` },
    ]);
    expect(r.rowsWithErrors).toBe(3);
    // No line is dropped: a bad cell's value is not known on its line, and the line is still checked.
    expect(r.lines.map((l) => [l.partId, l.invalid])).toEqual([["A", ["supplier_country"]], ["row 3", ["part_id"]], ["C", ["unit_value", "quantity"]]]);
  });

  it("never takes a value without a currency as US dollars", () => {
    const r = linesOf("PN,Price\nA,12.50\n");
    expect(r.errors).toEqual([{ row: 2, column: "unit_value", message: `"12.50" has no currency: add a currency column, or choose the file's currency` }]);
    expect(r.lines[0]?.unitValue).toBeNull();
  });

  it("reads a weight in kg when the header says so, and estimates from it", () => {
    const r = linesOf("PN;Bezeichnung;Gewicht (kg)\nA;Dy2O3 Pulver;1,5\n");
    expect(r.lines[0]?.netMassG).toBe(1500);
    const dy = r.lines[0]?.content.ok ? r.lines[0].content.elements.find((e) => e.element === "Dy") : undefined;
    expect(dy?.highG).toBeCloseTo(1500 * 0.8713, 9); // 87.13 % Dy in Dy2O3
  });

  it("reads one row per part and element with the grams given into one line: nothing estimated", () => {
    const r = linesOf("part_id,description,unit_value_usd,element,grams_per_unit\nM1,NdFeB magnet,5,Dy,1.2\nM1,NdFeB magnet,5,Nd,30\n");
    expect(r.layout).toBe("element-per-row");
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]?.rows).toEqual([2, 3]);
    expect(r.lines[0]?.givenElements).toEqual([{ element: "Dy", grams: 1.2, row: 2 }, { element: "Nd", grams: 30, row: 3 }]);
    const c = r.lines[0]?.content;
    expect(c?.ok && [c.estimated, c.elements.map((e) => [e.element, e.highG])]).toEqual([false, [["Dy", 1.2], ["Nd", 30]]]);
    expect(r.decimal).toEqual({ separator: ".", from: "cells" });
  });

  it("lets a part's later rows leave its columns blank, reports a different value on the later row, and a duplicate element", () => {
    const r = linesOf("PN;Element;Gramm;Ursprungsland;Einzelpreis (EUR)\nM1;Dy;1,5;CN;4,10\nM1;Nd;30;;\nM1;Tb;0,5;DE;\nM1;dy;2;;\n");
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]?.givenElements.map((g) => g.element)).toEqual(["Dy", "Nd", "Tb"]);
    expect(r.lines[0]?.originCountry?.code).toBe("CN");
    expect(r.errors).toEqual([
      { row: 4, column: "origin_country", message: '"DE" differs from "CN" on row 2 for part M1; row 2\'s is used' },
      { row: 5, column: "element", message: "duplicate: part M1 already has a Dy row (row 2)" },
    ]);
    expect(r.lines[0]?.errorRows).toEqual([4, 5]);
  });

  it("reads element names as well as symbols, and says when grams have no element", () => {
    const r = linesOf("PN,Element,Grams\nM1,Dysprosium,1.5\nM2,,3\n");
    expect(r.lines.map((l) => l.givenElements.map((g) => g.element))).toEqual([["Dy"], []]);
    expect(r.errors).toEqual([{ row: 3, column: "grams_per_unit", message: "grams without an element: name the element on the same row" }]);
  });

  it("names a line after its row when the file has no part numbers (only codes and descriptions)", () => {
    const r = linesOf("HS code;Description\n8505111000;Magnet NdFeB N42SH\n7318158290;Schraube M5\n");
    expect(r.lines.map((l) => [l.partId, l.partIdFromRow, l.classification.type])).toEqual([
      ["row 2", true, "ndfeb_magnet"],
      ["row 3", true, "no_rare_earth"],
    ]);
    expect(r.errors).toEqual([]);
  });

  it("lists the first errors and counts them all", () => {
    const rows = Array.from({ length: MAX_LISTED_ERRORS + 5 }, (_, i) => `P${i},Atlantis`).join("\n");
    const r = linesOf(`PN,Country of origin\n${rows}\n`);
    expect(r.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(r.errorCount).toBe(MAX_LISTED_ERRORS + 5);
    expect(r.rowsWithErrors).toBe(MAX_LISTED_ERRORS + 5);
  });
});

describe("readPartLines, rows that repeat", () => {
  // A row with the same cells as an earlier one (its part number aside) takes that row's readings: it must read
  // exactly as it does alone, in a sheet of its own with the same header and row number (no earlier row to take from).
  it.each([
    ["25 kinds of row", 600, 25],
    ["300 kinds of row", 600, 300],
  ])("reads each row as it reads alone (%s)", (_, rows, kinds) => {
    const sheet = readCsvRows(variedPartsCsv(rows, kinds));
    if (!sheet.ok) throw new Error(sheet.message);
    const all = readPartLines(sheet.value, base);
    expect(all.lines).toHaveLength(rows);
    for (const [i, r] of sheet.value.rows.entries()) {
      const alone = readPartLines({ ...sheet.value, rows: [r], rowErrors: sheet.value.rowErrors.filter((e) => e.row === r.row) }, base);
      expect(all.lines[i]).toStrictEqual(alone.lines[0]);
      expect(all.errors.filter((e) => e.row === r.row)).toStrictEqual(alone.errors);
    }
    expect(all.errorCount).toBeGreaterThan(0);
  });
});

describe("readPartLineSet", () => {
  // Rows 2–8 of the sheet (row 1 is the header). Read in full: A (2), B (3), D (5, another price) and the row without a
  // part number (7, an error, so never taken from or remembered). C (4) and F (8) repeat A's cells, E (6) repeats B's:
  // read = [A, B, D, row 7]; copies 0, 1, 2 are C, E, F, repeating read[0], read[1], read[0] on rows 4, 6, 8. In row
  // order: A, B, C, D, E, row 7, F → [0, 1, ~0, 2, ~1, 3, ~2] = [0, 1, -1, 2, -2, 3, -3].
  const csv = "PN;Bezeichnung;Lieferland;Einzelpreis (EUR)\nA;Magnet N42SH;CN;2,50\nB;Steel bolt;DE;0,10\nC;Magnet N42SH;CN;2,50\nD;Magnet N42SH;CN;2,60\nE;Steel bolt;DE;0,10\n;Steel bolt;DE;0,10\nF;Magnet N42SH;CN;2,50\n";
  // Every row a line of its own: every price differs, so no row repeats another in every cell but the part number.
  const distinct = "PN;Bezeichnung;Einzelpreis (EUR)\nA;Magnet;1\nB;Magnet;2\nC;Magnet;3\n";
  // One row per part and element: rows are grouped by part, never copied. Rows 2–3 make part M1, row 4 part M2.
  const grouped = "part_id,description,unit_value_usd,element,grams_per_unit\nM1,NdFeB magnet,5,Dy,1.2\nM1,NdFeB magnet,5,Nd,30\nM2,NdFeB magnet,5,Dy,1.2\n";

  it.each([
    { name: "repeated rows", csv, read: [["A", 2], ["B", 3], ["D", 5], ["row 7", 7]], order: [0, 1, -1, 2, -2, 3, -3], of: [0, 1, 0], rows: [4, 6, 8], ids: ["C", "E", "F"] },
    { name: "no repeats", csv: distinct, read: [["A", 2], ["B", 3], ["C", 4]], order: [0, 1, 2], of: [], rows: [], ids: [] },
    { name: "element per row", csv: grouped, read: [["M1", 2], ["M2", 4]], order: [0, 1], of: [], rows: [], ids: [] },
  ])("keeps the lines read in full and the rows that repeat one ($name)", ({ csv, read, order, of, rows, ids }) => {
    const sheet = readCsvRows(csv);
    if (!sheet.ok) throw new Error(sheet.message);
    const set = readPartLineSet(sheet.value, base);
    expect(set.read.map((l) => [l.partId, l.row])).toEqual(read);
    expect([...set.order]).toEqual(order);
    expect([...set.copies.of]).toEqual(of);
    expect([...set.copies.row]).toEqual(rows);
    expect(set.copies.partId).toEqual(ids);
  });

  it.each([
    ["the repeated rows", csv],
    ["25 kinds of row", variedPartsCsv(600, 25)],
    ["300 kinds of row", variedPartsCsv(600, 300)],
  ])("expands to the lines readPartLines gives (%s)", (_, text) => {
    const sheet = readCsvRows(text);
    if (!sheet.ok) throw new Error(sheet.message);
    const { read, order, copies, ...rest } = readPartLineSet(sheet.value, base);
    const { lines, ...restAll } = readPartLines(sheet.value, base);
    expect(expandPartLines({ read, order, copies })).toStrictEqual(lines);
    expect(rest).toStrictEqual(restAll);
  });

  it("makes a copy its own line: its row and part number, the readings of the line it repeats", () => {
    const sheet = readCsvRows(csv);
    if (!sheet.ok) throw new Error(sheet.message);
    const set = readPartLineSet(sheet.value, base);
    const lines = expandPartLines(set);
    // Line 3 (index 2) is row 4, part C, a copy of A: A's readings (2,50 EUR, from CN), its own row and number.
    expect(lines[2]).toMatchObject({ row: 4, rows: [4], partId: "C", partIdFromRow: false, errorRows: [], invalid: [] });
    expect(lines[2]?.unitValue).toBe(set.read[0]?.unitValue);
    expect(lines[2]?.supplierCountry).toBe(set.read[0]?.supplierCountry);
    expect(lines[2]?.classification).toBe(set.read[0]?.classification);
    expect(lines[2]?.content).toBe(set.read[0]?.content);
  });
});
