import { describe, expect, it } from "vitest";
import { getControlCodes, getFxRates, getTypicalComposition } from "../data/load-parts-data";
import { readCsvRows } from "./read-csv-rows";
import { type PartLineOptions, readPartLines } from "./read-part-lines";

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
      { row: 3, column: "part_id", message: "empty: every line needs its part number" },
      { row: 4, column: "unit_value", message: `"12,5 CHF" is in CHF but the row's currency is EUR` },
      { row: 4, column: "quantity", message: `"-2" is negative: a quantity is 0 or more` },
    ]);
    expect(r.rowsWithErrors).toBe(3);
    expect(r.lines.map((l) => l.partId)).toEqual(["A", "C"]);
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

  it("reads one row per part and element with the grams given: nothing estimated", () => {
    const r = linesOf("part_id,description,unit_value_usd,element,grams_per_unit\nM1,NdFeB magnet,5,Dy,1.2\nM1,NdFeB magnet,5,Nd,30\n");
    expect(r.lines.map((l) => [l.element, l.content.ok && l.content.estimated, l.content.ok && l.content.elements[0]?.highG])).toEqual([
      ["Dy", false, 1.2],
      ["Nd", false, 30],
    ]);
    expect(r.decimal).toEqual({ separator: ".", from: "cells" });
  });
});
