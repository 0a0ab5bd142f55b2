import { describe, expect, it } from "vitest";
import { describeHeaderRow, findHeaderRow } from "./find-header-row";
import { readLineOrigin } from "./line-origin";
import { type CountryReading, readCountry } from "./read-country";
import { readElement } from "./read-element";
import { readEndUse } from "./read-end-use";
import { fillMerged, findFirstSheetPath, mergedArea, parseCellRef, readMergeRefs } from "./xlsx-merges";

describe("findHeaderRow", () => {
  it.each([
    ["the first row when it names columns", [["PN", "Description", "Qty"], ["A", "x", "1"]], 0],
    ["under a title and a date", [["Stückliste EPS"], ["Stand 2025"], [""], ["Teilenummer", "Bezeichnung", "Menge"], ["A", "x", "1"]], 3],
    ["under a title merged across the table", [["Parts 2025", "Parts 2025", "Parts 2025"], ["Part number", "HS code", "Supplier"], ["A", "8505", "X"]], 1],
    ["headers of unknown names: the first as wide as the widest row", [["Report"], ["foo", "bar", "baz"], ["1", "2", "3"]], 1],
    ["a single column of text", [["hello"], ["world"]], 0],
  ] as const)("%s", (_label, records, index) => {
    expect(findHeaderRow(records as unknown as string[][])).toBe(index);
  });
});

describe("describeHeaderRow", () => {
  it.each([
    ["the header on row 1: nothing to say", [["PN", "Description"], ["A", "x"]], 0, []],
    ["a title skipped above a header naming columns", [["Parts 2025"], ["Part number", "HS code"], ["A", "8505"]], 1, ["The header is on row 2; the row above it was skipped."]],
    [
      "an empty row skipped above a row naming no known column",
      [["", ""], ["A", "NdFeB magnet"]],
      1,
      [
        "The header is on row 2; the row above it was skipped.",
        'No row names two known columns (part number, description, customs code, origin…), so row 2 ("A", "NdFeB magnet") is taken as the header, not as a part: if it is a part, add a header row above it.',
      ],
    ],
  ] as const)("%s", (_label, records, index, notes) => {
    expect(describeHeaderRow(records as unknown as string[][], index)).toEqual(notes);
  });
});

describe("xlsx merged cells", () => {
  it("reads the ranges after the sheet data, and fills each with its first cell's value", () => {
    const xml = new TextEncoder().encode('<worksheet><sheetData><row r="1"/></sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B2:B4"/></mergeCells></worksheet>');
    const refs = readMergeRefs(xml);
    expect(refs).toEqual(["A1:C1", "B2:B4"]);
    const rows = [["Title", "", ""], ["a", "Supplier X", "1"], ["b", "", "2"], ["c", "", "3"]];
    expect(fillMerged(rows, refs)).toBe(4);
    expect(rows).toEqual([["Title", "Title", "Title"], ["a", "Supplier X", "1"], ["b", "Supplier X", "2"], ["c", "Supplier X", "3"]]);
  });

  it.each([
    // A1:C1 = 1 × 3 = 3; B2:B4 = 3 × 1 = 3 → 6.
    ["two small ranges", ["A1:C1", "B2:B4"], 10, 10, 6],
    // B2:I100000 cut to 100000 rows × 10 columns: (100000 − 2 + 1) × (9 − 2 + 1) = 99999 × 8 = 799,992.
    ["one range of the reviewer's workbook", ["B2:I100000"], 100_000, 10, 799_992],
    // B2:IU46000 in a 46000 × 256 sheet: 45999 × (255 − 2 + 1) = 45999 × 254 = 11,683,746.
    ["a range out to column IU", ["B2:IU46000"], 46_000, 256, 11_683_746],
    // Cut to a 5 × 3 sheet: B2:Z99 → rows 2..5 (4) × columns 2..3 (2) = 8.
    ["a range past the data, cut to it", ["B2:Z99"], 5, 3, 8],
    // D10:E12 lies below a 5-row sheet: nothing to fill.
    ["a range wholly past the data", ["D10:E12"], 5, 10, 0],
  ] as const)("mergedArea: %s", (_label, refs, maxRow, maxColumn, area) => {
    expect(mergedArea(refs, maxRow, maxColumn)).toBe(area);
  });

  it("fills a range given twice once", () => {
    const rows = [["x", ""], ["", ""]];
    // A1:B2 holds 4 cells, 3 of them empty: filled 3 times, not 6.
    expect(fillMerged(rows, ["A1:B2", "A1:B2"])).toBe(3);
    expect(rows).toEqual([["x", "x"], ["x", "x"]]);
  });

  it.each([["A1", [1, 1]], ["AB12", [12, 28]], ["XFD1048576", [1048576, 16384]]] as const)("parseCellRef(%s)", (ref, rc) => {
    expect(parseCellRef(ref)).toEqual(rc);
  });

  it("finds the workbook's first sheet through its relationships", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const wb = enc('<workbook><sheets><sheet name="Stückliste" sheetId="3" r:id="rId7"/><sheet name="B" r:id="rId1"/></sheets></workbook>');
    const rels = enc('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Target="worksheets/sheet3.xml"/></Relationships>');
    expect(findFirstSheetPath(wb, rels)).toBe("xl/worksheets/sheet3.xml");
    expect(findFirstSheetPath(undefined, rels)).toBeNull();
  });
});

describe("readEndUse", () => {
  it.each([
    ["civil", "civil"], ["Zivil", "civil"], ["Automotive", "civil"], ["dual-use", "dual"], ["Military", "military"], ["Defence", "military"],
    ["militär", "military"], ["advanced_semiconductor", "advanced_semiconductor"], ["Halbleiter", "advanced_semiconductor"],
    // Review finding 6: words officers write for military users, read as military rather than refused.
    ["Army", "military"], ["DoD", "military"], ["weapons", "military"], ["defence program", "military"], ["MIL-SPEC", "military"],
    ["Navy", "military"], ["Air Force", "military"], ["munitions", "military"], ["MIL-STD-810G", "military"], ["Army vehicle programme", "military"],
  ])("%s → %s", (raw, use) => expect(readEndUse(raw)).toEqual({ ok: true, value: use }));

  it("refuses a military word it sees negated, so the triage assumes the worst rather than reading it as military or civil", () => {
    expect(readEndUse("non-defence use").ok).toBe(false);
  });

  it("names what it expects", () => {
    expect(readEndUse("evil")).toEqual({ ok: false, error: '"evil" is not an end use; expected one of civil, dual, military, advanced_semiconductor' });
  });
});

describe("readElement", () => {
  it.each([["Dy", "Dy"], ["DY", "Dy"], ["dysprosium", "Dy"], ["Neodym", "Nd"], ["Disprosio", "Dy"], ["Terbium", "Tb"], ["Y", "Y"]])("%s → %s", (raw, el) => {
    expect(readElement(raw)).toEqual({ ok: true, value: el });
  });
  it("refuses what is not a rare earth", () => expect(readElement("Fe").ok).toBe(false));
});

describe("readLineOrigin", () => {
  const c = (s: string) => (readCountry(s) as { ok: true; value: CountryReading }).value;
  it.each([
    ["origin CN", c("CN"), null, ["china"], false],
    ["supplier CN, origin JP: shipped from China", c("JP"), c("CN"), ["china"], false],
    ["origin DE", c("DE"), c("CN"), ["china"], false],
    ["origin 'abroad' (the template's made_in)", c("abroad"), null, ["abroad"], false],
    ["supplier JP, no origin", null, c("JP"), ["china", "abroad"], true],
    ["supplier Hong Kong", null, c("HK"), ["china", "abroad"], true],
    ["nothing", null, null, ["china", "abroad"], true],
  ] as const)("%s", (_label, origin, supplier, possible, assumed) => {
    const r = readLineOrigin(origin, supplier);
    expect([r.possible, r.assumed]).toEqual([possible, assumed]);
  });

  it("says what to state, and whether it is a review or missing data", () => {
    expect(readLineOrigin(null, c("JP")).ifUncertain.review).toMatch(/The supplier is in Japan/);
    expect(readLineOrigin(null, c("HK")).ifUncertain.review).toMatch(/Hong Kong .* separate customs territory/);
    expect(readLineOrigin(null, null).ifUncertain).toEqual({ missing: "the country of origin or the supplier's country", review: null });
  });
});
