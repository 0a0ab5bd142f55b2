import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOM_MAX_CELL_CHARS, BOM_MAX_LISTED_ERRORS } from "./bom-columns";
import type { BomError } from "./bom-types";
import { type BomParseResult, countLines, parseBom, readBomHeaders } from "./parse-bom";

const HEADER = "part_id,description,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in";
const MAGNET = "M1,NdFeB magnet,90,Dy,45,ndfeb_magnet,1,civil,china";
const csv = (...lines: string[]) => [HEADER, ...lines].join("\n");

function ok(result: BomParseResult): BomParseResult {
  expect(result.fileError).toBeNull();
  return result;
}

/** The errors as "row column: message" strings, easy to compare in a table. */
const errorList = (r: BomParseResult) => r.errors.map((e: BomError) => `${e.row} ${e.column ?? "-"}: ${e.message}`);

describe("parseBom: reading the file", () => {
  it("reads one part from one row", () => {
    const r = ok(parseBom(csv(MAGNET)));
    expect(r.errors).toEqual([]);
    expect(r.dataRows).toBe(1);
    expect(r.rows).toEqual([
      { row: 2, partId: "M1", description: "NdFeB magnet", unitValueUsd: 90, symbol: "Dy", grams: 45, form: "ndfeb_magnet", chinaOriginShare: 1, endUse: "civil", madeIn: "china" },
    ]);
    expect(r.parts).toEqual([
      {
        partId: "M1", description: "NdFeB magnet", unitValueUsd: 90, form: "ndfeb_magnet", endUse: "civil", madeIn: "china",
        elements: [{ symbol: "Dy", grams: 45, chinaOriginShare: 1 }], rows: [2], incomplete: false, errorRows: [],
      },
    ]);
  });

  it("matches headers whatever their case and spacing, after a byte-order mark", () => {
    const header = "\uFEFF PART_ID ,Description,Unit_Value_USD,ELEMENT,Grams_Per_Unit,Form,China_Origin_Share,End_Use,Made_In";
    const r = ok(parseBom(`${header}\r\n${MAGNET}`));
    expect(r.headers[0]).toBe("PART_ID");
    expect(r.mapping.part_id).toBe("PART_ID");
    expect(r.parts).toHaveLength(1);
  });

  it("reads columns in any order and ignores extra columns", () => {
    const r = ok(parseBom("made_in,element,notes,part_id,grams_per_unit,form,unit_value_usd,end_use,china_origin_share\nchina,Dy,x,M1,45,ndfeb_magnet,90,civil,1"));
    expect(r.parts[0]?.elements).toEqual([{ symbol: "Dy", grams: 45, chinaOriginShare: 1 }]);
    expect(r.parts[0]?.description).toBe("");
  });

  it("reads CRLF line ends and quoted fields with commas, quotes and line breaks", () => {
    const text = `${HEADER}\r\nM1,"Magnet, ""grade N52""\r\nsecond line",90,Dy,45,ndfeb_magnet,1,civil,china\r\nM2,Plain,10,Sm,1,smco_magnet,1,civil,china\r\n`;
    const r = ok(parseBom(text));
    // A line break inside a quoted cell is kept, written as LF like every other line end.
    expect(r.parts.map((p) => p.description)).toEqual(['Magnet, "grade N52"\nsecond line', "Plain"]);
    // The quoted line break stays inside row 2, so M2 is row 3, as a spreadsheet numbers it.
    expect(r.parts[1]?.rows).toEqual([3]);
  });

  it.each([
    ["semicolons", ";"],
    ["tabs", "\t"],
  ])("reads a file delimited with %s", (_label, d) => {
    const r = ok(parseBom([HEADER, MAGNET].map((l) => l.replaceAll(",", d)).join("\n")));
    expect(r.delimiter).toBe(d);
    expect(r.parts).toHaveLength(1);
  });

  it("skips blank lines but counts them, so row numbers match the spreadsheet", () => {
    // Rows: 1 header, 2 M1, 3 blank, 4 a row of empty cells, 5 the bad row.
    const r = parseBom(csv(MAGNET, "", ",,,,,,,,", "M2,x,10,Xx,1,alloy,1,civil,china"));
    expect(r.dataRows).toBe(2);
    expect(errorList(r)).toEqual([`5 element: "Xx" is not a rare-earth element symbol; expected one of Sc, Y, La, Ce, Pr, Nd, Pm, Sm, Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu`]);
  });

  it("reads values case-insensitively, with spaces or hyphens for underscores", () => {
    const r = ok(parseBom(csv("M1,x,90, dy ,45,NdFeB Magnet,1,Advanced-Semiconductor,CHINA")));
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ symbol: "Dy", form: "ndfeb_magnet", endUse: "advanced_semiconductor", madeIn: "china" });
  });

  it.each([
    // [cell, share]: a fraction 0..1, or a percentage with %; 0.85 and 85% are the same share.
    ["0.85", 0.85],
    ["85%", 0.85],
    ["85 %", 0.85],
    ["100%", 1],
    ["0", 0],
    ["1", 1],
    ["12.5%", 0.125],
  ])("reads the China-origin share %j as %d", (cell, share) => {
    const r = ok(parseBom(csv(`M1,x,90,Dy,45,ndfeb_magnet,${cell},civil,abroad`)));
    expect(r.rows[0]?.chinaOriginShare).toBeCloseTo(share, 12);
  });

  it.each([
    ['"1,234.50"', 1234.5],
    ["$90", 90],
    ["US$ 90", 90],
    ["90 USD", 90],
    ["1e3", 1000],
  ])("reads the unit value %j as %d", (cell, value) => {
    const r = ok(parseBom(csv(`M1,x,${cell},Dy,45,ndfeb_magnet,1,civil,china`)));
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.unitValueUsd).toBe(value);
  });

  it("applies a column mapping, and the synonyms without one", () => {
    const text = "Teil,Beschreibung,Wert,Symbol,Gramm,Form,Anteil China,Verwendung,Herkunft\nM1,Magnet,90,Dy,45,ndfeb_magnet,1,civil,china";
    const unmapped = parseBom(text);
    expect(unmapped.fileError?.code).toBe("missing-columns");
    // "Symbol" and "Form" are known synonyms; the German names are not.
    expect(unmapped.mapping).toEqual({ element: "Symbol", form: "Form" });
    expect(unmapped.missingColumns).toEqual(["part_id", "unit_value_usd", "grams_per_unit", "china_origin_share", "end_use", "made_in"]);

    const r = ok(
      parseBom(text, {
        part_id: "Teil", description: "beschreibung", unit_value_usd: "Wert", grams_per_unit: "Gramm",
        china_origin_share: "Anteil China", end_use: "Verwendung", made_in: "Herkunft",
      }),
    );
    expect(r.parts[0]).toMatchObject({ partId: "M1", description: "Magnet", unitValueUsd: 90, madeIn: "china" });
  });

  it("reads the header alone for the mapping step", () => {
    expect(readBomHeaders("\uFEFF a ; b ;c\n1;2;3")).toEqual(["a", "b", "c"]);
  });
});

describe("parseBom: parts with several elements", () => {
  it("groups rows by part_id in order of first appearance; the share may differ per element", () => {
    const r = ok(
      parseBom(
        csv(
          "M1,Magnet,90,Nd,326.25,ndfeb_magnet,0.2,civil,abroad",
          "T1,Target,600,Gd,216,sputtering_target,0.9,advanced_semiconductor,abroad",
          "M1,Magnet,90,Dy,45,ndfeb_magnet,100%,civil,abroad",
        ),
      ),
    );
    expect(r.errors).toEqual([]);
    expect(r.parts.map((p) => p.partId)).toEqual(["M1", "T1"]);
    expect(r.parts[0]?.elements).toEqual([
      { symbol: "Nd", grams: 326.25, chinaOriginShare: 0.2 },
      { symbol: "Dy", grams: 45, chinaOriginShare: 1 },
    ]);
    expect(r.parts[0]?.rows).toEqual([2, 4]);
  });

  it("lets a later row leave the part's columns blank", () => {
    const r = ok(parseBom(csv("M1,Magnet,90,Nd,326,ndfeb_magnet,1,civil,china", "M1,,,Dy,45,,1,,")));
    expect(r.errors).toEqual([]);
    expect(r.parts[0]).toMatchObject({ description: "Magnet", unitValueUsd: 90, form: "ndfeb_magnet", endUse: "civil", madeIn: "china" });
    expect(r.parts[0]?.elements).toHaveLength(2);
  });

  it("lets a part made in China leave the share blank (null), not a part made abroad", () => {
    const r = parseBom(csv("C1,x,90,Dy,45,ndfeb_magnet,,civil,china", "A1,x,90,Dy,45,ndfeb_magnet,,civil,abroad"));
    expect(r.parts.map((p) => [p.partId, p.elements[0]?.chinaOriginShare])).toEqual([["C1", null]]);
    expect(errorList(r)).toEqual([
      "3 china_origin_share: empty: a part made abroad needs the China-origin share of its element (0–1, or a percentage such as 85%)",
    ]);
    expect(r.unprocessedParts).toEqual([{ partId: "A1", errorRows: [3] }]);
  });

  it.each([
    ["description", "M1,Other name,90,Dy,45,ndfeb_magnet,1,civil,china", `description: "Other name" differs from "Magnet" on row 2 for part M1`],
    ["unit value", "M1,Magnet,91,Dy,45,ndfeb_magnet,1,civil,china", `unit_value_usd: "91" differs from "90" on row 2 for part M1`],
    ["form", "M1,Magnet,90,Dy,45,smco_magnet,1,civil,china", `form: "smco_magnet" differs from "ndfeb_magnet" on row 2 for part M1`],
    ["end use", "M1,Magnet,90,Dy,45,ndfeb_magnet,1,military,china", `end_use: "military" differs from "civil" on row 2 for part M1`],
    ["made in", "M1,Magnet,90,Dy,45,ndfeb_magnet,1,civil,abroad", `made_in: "abroad" differs from "china" on row 2 for part M1`],
  ])("reports a conflicting %s on the later row and keeps the part, incomplete", (_label, later, message) => {
    const r = parseBom(csv("M1,Magnet,90,Nd,326,ndfeb_magnet,1,civil,china", later));
    expect(errorList(r)).toEqual([`3 ${message}`]);
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0]).toMatchObject({ incomplete: true, errorRows: [3], rows: [2] });
    expect(r.parts[0]?.elements.map((e) => e.symbol)).toEqual(["Nd"]);
  });

  it("compares values, not spellings: 90 and 90.00, civil and CIVIL agree", () => {
    const r = ok(parseBom(csv("M1,Magnet,90,Nd,326,ndfeb_magnet,1,civil,china", "M1, Magnet ,90.00,Dy,45,NDFEB_MAGNET,1,CIVIL,China")));
    expect(r.errors).toEqual([]);
  });

  it("reports a duplicate part and element on the later row, whatever the element's case", () => {
    const r = parseBom(csv(MAGNET, "M1,NdFeB magnet,90,DY,50,ndfeb_magnet,1,civil,china"));
    expect(errorList(r)).toEqual(["3 element: duplicate: part M1 already has a Dy row (row 2)"]);
    expect(r.parts[0]?.elements).toEqual([{ symbol: "Dy", grams: 45, chinaOriginShare: 1 }]);
    expect(r.parts[0]?.incomplete).toBe(true);
  });
});

describe("parseBom: bad cells", () => {
  // Each case: one data row (row 2) with one bad cell; the error names row 2, the column and the reason.
  it.each([
    ["empty part_id", ",x,90,Dy,45,ndfeb_magnet,1,civil,china", "part_id: empty: every row needs the part it belongs to"],
    ["empty unit value", "M1,x,,Dy,45,ndfeb_magnet,1,civil,china", "unit_value_usd: empty"],
    ["text unit value", "M1,x,ninety,Dy,45,ndfeb_magnet,1,civil,china", 'unit_value_usd: "ninety" is not a number'],
    ["zero unit value", "M1,x,0,Dy,45,ndfeb_magnet,1,civil,china", 'unit_value_usd: "0" is not a positive value in US$'],
    ["negative unit value", "M1,x,-5,Dy,45,ndfeb_magnet,1,civil,china", 'unit_value_usd: "-5" is not a positive value in US$'],
    ["decimal comma", 'M1,x,"90,5",Dy,45,ndfeb_magnet,1,civil,china', 'unit_value_usd: "90,5" has a decimal comma; write 90.5'],
    ["empty element", "M1,x,90,,45,ndfeb_magnet,1,civil,china", "element: empty: give the rare-earth element's symbol (e.g. Dy)"],
    ["non-rare-earth element", "M1,x,90,Fe,45,ndfeb_magnet,1,civil,china", 'element: "Fe" is not a rare-earth element symbol; expected one of Sc, Y, La, Ce, Pr, Nd, Pm, Sm, Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu'],
    ["empty grams", "M1,x,90,Dy,,ndfeb_magnet,1,civil,china", "grams_per_unit: empty: give the grams of Dy per unit (0 if none)"],
    ["negative grams", "M1,x,90,Dy,-1,ndfeb_magnet,1,civil,china", 'grams_per_unit: "-1" is negative'],
    ["text grams", "M1,x,90,Dy,lots,ndfeb_magnet,1,civil,china", 'grams_per_unit: "lots" is not a number'],
    ["unknown form", "M1,x,90,Dy,45,motor,1,civil,china", 'form: "motor" is not a form; expected one of ndfeb_magnet, smco_magnet, sputtering_target, oxide_compound, alloy, other'],
    ["share above 1", "M1,x,90,Dy,45,ndfeb_magnet,85,civil,abroad", 'china_origin_share: "85" is above 1: write a share as a fraction (0.85) or with a percent sign (85%)'],
    ["share above 100 %", "M1,x,90,Dy,45,ndfeb_magnet,120%,civil,abroad", 'china_origin_share: "120%" is outside 0–100 %'],
    ["negative share", "M1,x,90,Dy,45,ndfeb_magnet,-0.1,civil,abroad", 'china_origin_share: "-0.1" is below 0'],
    ["text share", "M1,x,90,Dy,45,ndfeb_magnet,most,civil,abroad", 'china_origin_share: "most" is not a share (0–1, or a percentage such as 85%)'],
    ["unknown end use", "M1,x,90,Dy,45,ndfeb_magnet,1,space,china", 'end_use: "space" is not an end use; expected one of civil, dual, military, advanced_semiconductor'],
    ["country for made_in", "M1,x,90,Dy,45,ndfeb_magnet,1,civil,Japan", 'made_in: "Japan" is not a place of manufacture; expected one of china, abroad'],
    ["empty made_in", "M1,x,90,Dy,45,ndfeb_magnet,1,civil,", "made_in: empty"],
  ])("%s", (_label, line, message) => {
    const r = parseBom(csv(line));
    expect(r.fileError).toBeNull();
    expect(errorList(r)).toEqual([`2 ${message}`]);
    expect(r.rows).toEqual([]);
    expect(r.parts).toEqual([]);
  });

  it("reports every bad cell of a row, not just the first", () => {
    const r = parseBom(csv("M1,x,free,Xx,-1,motor,2,space,mars"));
    expect(r.errors.map((e) => e.column)).toEqual(["unit_value_usd", "form", "end_use", "made_in", "element", "grams_per_unit", "china_origin_share"]);
    expect(r.errors.every((e) => e.row === 2)).toBe(true);
  });

  it("keeps every valid row: a part with one bad row is computed from the others and flagged incomplete", () => {
    const r = parseBom(
      csv(
        "M1,Magnet,90,Nd,326,ndfeb_magnet,1,civil,china",
        "M1,Magnet,90,Dy,oops,ndfeb_magnet,1,civil,china",
        "M2,Other,10,Sm,1,smco_magnet,1,civil,china",
        "M1,Magnet,90,Tb,4.5,ndfeb_magnet,1,civil,china",
      ),
    );
    expect(errorList(r)).toEqual(['3 grams_per_unit: "oops" is not a number']);
    expect(r.parts.map((p) => [p.partId, p.incomplete, p.errorRows, p.elements.map((e) => e.symbol)])).toEqual([
      ["M1", true, [3], ["Nd", "Tb"]],
      ["M2", false, [], ["Sm"]],
    ]);
  });

  it("lists a part none of whose rows is valid, so that it does not vanish", () => {
    const r = parseBom(csv(MAGNET, "X1,x,90,Dy,-1,ndfeb_magnet,1,civil,china", "X1,x,90,Tb,-1,ndfeb_magnet,1,civil,china"));
    expect(r.parts.map((p) => p.partId)).toEqual(["M1"]);
    expect(r.unprocessedParts).toEqual([{ partId: "X1", errorRows: [3, 4] }]);
  });

  it("says when a blank part column has no earlier row to take it from", () => {
    const r = parseBom(csv("M1,Magnet,,Nd,326,ndfeb_magnet,1,civil,china", "M1,,,Dy,45,,1,,"));
    expect(errorList(r)).toEqual(["2 unit_value_usd: empty", "3 unit_value_usd: empty, and no earlier row of part M1 gives it"]);
  });

  it("reports a broken quote as a row error", () => {
    const r = parseBom(`${HEADER}\n${MAGNET}\nM2,"unterminated,10,Sm,1,smco_magnet,1,civil,china\n`);
    expect(r.parts.map((p) => p.partId)).toEqual(["M1"]);
    expect(r.errors[0]).toMatchObject({ row: 3, column: null });
    expect(r.errors[0]?.message).toMatch(/^CSV syntax: /);
  });

  it("flags a header that appears twice and reads the first", () => {
    const r = ok(parseBom(`${HEADER},element\n${MAGNET},Tb`));
    expect(errorList(r)).toEqual(['1 element: the header "element" appears twice (columns 4 and 10); column 4 is read']);
    expect(r.parts[0]?.elements.map((e) => e.symbol)).toEqual(["Dy"]);
  });

  it(`lists the first ${BOM_MAX_LISTED_ERRORS} errors and counts the rest`, () => {
    const bad = Array.from({ length: BOM_MAX_LISTED_ERRORS + 5 }, (_, i) => `P${i},x,90,Dy,-1,ndfeb_magnet,1,civil,china`);
    const r = parseBom(csv(...bad));
    expect(r.errors).toHaveLength(BOM_MAX_LISTED_ERRORS);
    expect(r.errorCount).toBe(BOM_MAX_LISTED_ERRORS + 5);
    expect(r.errorsOmitted).toBe(5);
    expect(r.unprocessedParts).toHaveLength(BOM_MAX_LISTED_ERRORS + 5);
  });
});

describe("parseBom: files that cannot be read", () => {
  it.each([
    ["an empty file", "", "empty", "The file is empty."],
    ["only a byte-order mark and whitespace", "\uFEFF \r\n\r\n", "empty", "The file is empty."],
    ["a header without rows", `${HEADER}\r\n\r\n`, "no-rows", "The file has a header row but no data rows."],
  ])("%s", (_label, text, code, message) => {
    const r = parseBom(text);
    expect(r.fileError).toEqual({ code, message });
    expect(r.parts).toEqual([]);
  });

  it("names the missing columns", () => {
    const r = parseBom("part_id,element,grams_per_unit\nM1,Dy,45");
    expect(r.fileError?.code).toBe("missing-columns");
    expect(r.missingColumns).toEqual(["unit_value_usd", "form", "china_origin_share", "end_use", "made_in"]);
    expect(r.fileError?.message).toContain("missing required columns: unit_value_usd, form, china_origin_share, end_use, made_in");
    expect(r.fileError?.message).toContain('the header row has "part_id", "element", "grams_per_unit"');
  });

  it("says a text without delimiters has a single column", () => {
    const r = parseBom("This is a letter and not a bill of materials.\nRegards");
    expect(r.fileError?.code).toBe("missing-columns");
    expect(r.fileError?.message).toContain("It has a single column");
  });

  it("names a mapped header that is not in the file", () => {
    const r = parseBom(csv(MAGNET), { element: "Elem" });
    expect(r.fileError?.message).toContain('element is mapped to "Elem", which is not a header of the file');
    expect(r.missingColumns).toEqual(["element"]);
  });

  it("refuses binary text and text decoded with replacement characters", () => {
    expect(parseBom("PK\u0003\u0004\u0000\u0000").fileError?.code).toBe("binary");
    expect(parseBom(`${HEADER}\nM1,Caf\uFFFD,90,Dy,45,ndfeb_magnet,1,civil,china`).fileError?.code).toBe("not-utf8");
  });
});

describe("parseBom: text is kept as written", () => {
  it.each([
    ["markup", '<img src=x onerror="alert(1)"> & <b>bold</b>'],
    ["a formula", "=cmd|' /C calc'!A0"],
    ["Chinese and accents", "钕铁硼磁体 — Dysprosium-Magnet, Größe ½″"],
    ["emoji", "Magnet 🧲"],
  ])("a description with %s", (_label, description) => {
    const quoted = `"${description.replaceAll('"', '""')}"`;
    const r = ok(parseBom(csv(`M1,${quoted},90,Dy,45,ndfeb_magnet,1,civil,china`)));
    // The data layer neither escapes nor strips: the page renders it as text, the CSV report neutralises formulas.
    expect(r.parts[0]?.description).toBe(description);
  });

  it("keeps non-ASCII part ids", () => {
    const r = ok(parseBom(csv("磁体-7,x,90,Dy,45,ndfeb_magnet,1,civil,china")));
    expect(r.parts[0]?.partId).toBe("磁体-7");
  });
});

describe("parseBom: mixed line endings", () => {
  it("keeps rows apart when CRLF and LF lines are mixed", () => {
    const text =
      "part_id,description,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in\r\n" +
      "A,First,10,Dy,1,ndfeb_magnet,1,civil,china\r\n" +
      "B,Second,10,Dy,1,ndfeb_magnet,1,civil,china\n" +
      "C,Third,10,Tb,1,ndfeb_magnet,1,civil,china\n";
    const r = parseBom(text);
    expect(r.errors).toEqual([]);
    expect(r.parts.map((p) => p.partId)).toEqual(["A", "B", "C"]);
    expect(r.rows.map((x) => x.row)).toEqual([2, 3, 4]);
  });
});

describe("parseBom: a stray quote never drops rows silently", () => {
  const row = (id: string) => `${id},x,90,Dy,45,ndfeb_magnet,1,civil,china`;

  it("names the lines a never-closed quote swallowed, and the parts they begin with", () => {
    // Lines: 1 header, 2 P0 (row 2), 3 P1 (row 3), 4 "P2 (row 4, opens a quote never closed), 5 P3, 6 P4, 7 P5.
    const r = parseBom(csv(row("P0"), row("P1"), `"${row("P2")}`, row("P3"), row("P4"), row("P5")));
    expect(r.dataRows).toBe(3); // P0, P1 and the broken row: P3–P5 are inside it
    expect(r.errors).toEqual([
      {
        row: 4,
        column: "part_id",
        swallowedLines: { from: 5, to: 7 },
        message:
          "CSV syntax: the quoted part_id cell that opens on line 4 is never closed, so lines 5–7 (3 lines, which begin with P3, P4, P5) " +
          "were read into it and not checked. Remove the stray quote or close it.",
      },
    ]);
    expect(r.parts.map((p) => p.partId)).toEqual(["P0", "P1"]);
    expect(r.rowsWithErrors).toBe(1); // 3 data rows = 2 valid + 1 with an error
    // 7 lines = 1 header + 3 rows + 0 blank + 0 in quoted cells + 3 swallowed
    expect(r.lines).toEqual({ total: 7, header: 1, rows: 3, blank: 0, inQuotedCells: 0, swallowed: 3 });
  });

  it("names a quote closed further down (not properly), and reads the rows after it", () => {
    // Lines: 1 header; 2 M1 opens a quote in its description; 3 M2; 4 M3, whose "Quoted" closes M1's quote; 5 M4 (row 3).
    const text = csv('M1,"Magnet,90,Dy,45,ndfeb_magnet,1,civil,china', row("M2"), 'M3,"Quoted",10,Tb,1,alloy,1,civil,china', row("M4"));
    const r = parseBom(text);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ row: 2, column: "description", swallowedLines: { from: 3, to: 4 } });
    expect(r.errors[0]?.message).toContain("that opens on line 2 is not closed properly");
    expect(r.errors[0]?.message).toContain("lines 3–4 (2 lines, which begin with M2, M3)");
    // M1's part id comes before the broken cell, so the part is listed as not computed, with its row.
    expect(r.unprocessedParts).toEqual([{ partId: "M1", errorRows: [2] }]);
    expect(r.parts.map((p) => [p.partId, p.rows])).toEqual([["M4", [3]]]);
    // 5 lines = 1 header + 2 rows (M1's, M4) + 2 swallowed
    expect(r.lines).toEqual({ total: 5, header: 1, rows: 2, blank: 0, inQuotedCells: 0, swallowed: 2 });
  });

  it("says so in the singular when one line was swallowed", () => {
    // Lines: 1 header, 2 M1 opens a quote never closed, 3 M2.
    const r = parseBom(csv(`M1,"x,90,Dy,45,ndfeb_magnet,1,civil,china`, row("M2")));
    expect(r.errors[0]?.message).toContain("so line 3 (1 line, which begins with M2) was read into it and not checked");
    expect(r.lines).toEqual({ total: 3, header: 1, rows: 1, blank: 0, inQuotedCells: 0, swallowed: 1 });
  });

  it("counts a quoted line break, a blank line and a row of empty cells as lines, not rows", () => {
    // Lines: 1 header; 2–3 M1 with a two-line description (row 2); 4 blank (row 3); 5 ",,,,,,,," (row 4); 6 M2 (row 5),
    // then a final line break. Blank records keep their row numbers, as a spreadsheet shows them.
    const r = ok(parseBom(`${HEADER}\nM1,"two\nlines",90,Dy,45,ndfeb_magnet,1,civil,china\n\n,,,,,,,,\n${row("M2")}\n`));
    expect(r.dataRows).toBe(2);
    expect(r.parts.map((p) => p.rows)).toEqual([[2], [5]]);
    // 6 lines = 1 header + 2 rows + 2 blank + 1 in a quoted cell + 0 swallowed
    expect(r.lines).toEqual({ total: 6, header: 1, rows: 2, blank: 2, inQuotedCells: 1, swallowed: 0 });
  });

  it("always adds up: lines = header + rows + blank + in quoted cells + swallowed; rows = valid + with errors (fuzzed)", () => {
    const piece = fc.constantFrom(",", '"', '""', "\n", "\r\n", "\r", "M1", "Dy", "45", "90", " ", "x", "ndfeb_magnet", "china", "civil", "1");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const r = parseBom(`${HEADER}\n${row("M0")}\n${pieces.join("")}`);
        if (r.fileError) return;
        const l = r.lines;
        expect(l.header + l.rows + l.blank + l.inQuotedCells + l.swallowed).toBe(l.total);
        expect(l.total).toBe(countLines(`${HEADER}\n${row("M0")}\n${pieces.join("")}`.replace(/\r\n?/g, "\n")));
        expect(l.rows).toBe(r.dataRows);
        expect(r.rows.length + r.rowsWithErrors).toBe(r.dataRows);
      }),
      { seed: 20_251_125, numRuns: 400 },
    );
  });
});

describe("parseBom: every cell is bounded", () => {
  const limit = BOM_MAX_CELL_CHARS;

  it("takes a description of exactly the limit", () => {
    const r = ok(parseBom(csv(`M1,${"d".repeat(limit)},90,Dy,45,ndfeb_magnet,1,civil,china`)));
    expect(r.errors).toEqual([]);
    expect(r.parts[0]?.description).toHaveLength(limit);
  });

  it.each([
    ["a description one over the limit", `M1,${"d".repeat(limit + 1)},90,Dy,45,ndfeb_magnet,1,civil,china`, "2 description: 513 characters; a cell holds at most 512", [{ partId: "M1", errorRows: [2] }]],
    ["a part id of 10,000 letters", `${"A".repeat(10_000)},x,90,Dy,45,ndfeb_magnet,1,civil,china`, "2 part_id: 10,000 characters; a cell holds at most 512", []],
    ["a unit value of 100,000 digits and an x", `M1,x,${"1".repeat(100_000)}x,Dy,45,ndfeb_magnet,1,civil,china`, "2 unit_value_usd: 100,001 characters; a cell holds at most 512", [{ partId: "M1", errorRows: [2] }]],
    ["a long cell in an extra column", `M1,x,90,Dy,45,ndfeb_magnet,1,civil,china,${"n".repeat(600)}`, "2 -: column 10 holds 600 characters; a cell holds at most 512", [{ partId: "M1", errorRows: [2] }]],
  ])("reports %s on its row, and reads nothing more from that cell", (_label, line, error, unprocessed) => {
    const r = parseBom(csv(line));
    expect(errorList(r)).toEqual([error]);
    expect(r.parts).toEqual([]);
    expect(r.unprocessedParts).toEqual(unprocessed);
    expect(r.rowsWithErrors).toBe(1);
  });

  it("reads eight rows of 50,000 digits (a 400 KB file) at once, not in 50 s", () => {
    // The old number pattern backtracked quadratically: these rows blocked the server for 50.7 s.
    const digits = "9".repeat(50_000);
    const lines = Array.from({ length: 8 }, (_, i) => `P${i},x,${digits},Dy,${digits}g,ndfeb_magnet,${digits}%,civil,china`);
    const started = performance.now();
    const r = parseBom(csv(...lines));
    expect(performance.now() - started).toBeLessThan(500);
    expect(r.rowsWithErrors).toBe(8);
    expect(r.errorCount).toBe(24); // three long cells on each of the 8 rows
  });
});
