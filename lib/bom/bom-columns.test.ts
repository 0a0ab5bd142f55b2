import { describe, expect, it } from "vitest";
import { BOM_COLUMNS, BOM_REQUIRED_COLUMNS, matchColumns, normaliseHeader, suggestColumnMapping } from "./bom-columns";

describe("normaliseHeader", () => {
  it.each([
    ["Part ID", "partid"],
    ["  unit_value_usd ", "unitvalueusd"],
    ["\uFEFFPART-ID", "partid"],
    ["China origin share (%)", "chinaoriginshare"],
  ])("%j → %j", (raw, expected) => expect(normaliseHeader(raw)).toBe(expected));
});

describe("suggestColumnMapping", () => {
  it("maps the canonical headers whatever their case and spacing", () => {
    const headers = BOM_COLUMNS.map((c) => ` ${c.toUpperCase()} `);
    const m = suggestColumnMapping(headers);
    for (const [i, c] of BOM_COLUMNS.entries()) expect(m[c]).toBe(headers[i]);
  });

  it("maps common synonyms, keeping the file's spelling", () => {
    const m = suggestColumnMapping(["Part Number", "Desc", "Value (USD)", "Symbol", "Grams", "Form", "Origin share", "Use", "Country"]);
    expect(m).toEqual({
      part_id: "Part Number",
      description: "Desc",
      unit_value_usd: "Value (USD)",
      element: "Symbol",
      grams_per_unit: "Grams",
      form: "Form",
      china_origin_share: "Origin share",
      end_use: "Use",
      made_in: "Country",
    });
  });

  it("prefers an exact name to a synonym, and uses each header once", () => {
    // "value" is a synonym of unit_value_usd, but the exact header wins; "part" and "partno" both mean part_id.
    const m = suggestColumnMapping(["value", "unit_value_usd", "part", "partno"]);
    expect(m.unit_value_usd).toBe("unit_value_usd");
    expect(m.part_id).toBe("part");
    expect(Object.values(m)).toHaveLength(2);
  });

  it("leaves out what it cannot match", () => {
    expect(suggestColumnMapping(["foo", "bar"])).toEqual({});
    expect(suggestColumnMapping([])).toEqual({});
  });
});

describe("matchColumns", () => {
  it("puts an explicit mapping first, matched case-insensitively, and reports a header that is not there", () => {
    const { index, unmatched } = matchColumns(["Teil", "element", "Gramm"], { part_id: "teil", grams_per_unit: "Gewicht" });
    expect(index.get("part_id")).toBe(0);
    expect(index.get("element")).toBe(1);
    expect(index.has("grams_per_unit")).toBe(false);
    expect(unmatched).toEqual(["grams_per_unit"]);
  });

  it("does not reuse a header the explicit mapping took", () => {
    // The user maps "element" to part_id (odd, but theirs to decide): the element column is then unmatched.
    const { index } = matchColumns(["element"], { part_id: "element" });
    expect(index.get("part_id")).toBe(0);
    expect(index.has("element")).toBe(false);
  });

  it("requires every column but the description", () => {
    expect(BOM_REQUIRED_COLUMNS).not.toContain("description");
    expect(BOM_REQUIRED_COLUMNS).toHaveLength(BOM_COLUMNS.length - 1);
  });
});
