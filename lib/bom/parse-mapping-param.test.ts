import { describe, expect, it } from "vitest";
import { parseMappingParam } from "./parse-mapping-param";

describe("parseMappingParam", () => {
  it("reads a column-to-choice object: a header, none, a constant, unknown", () => {
    expect(parseMappingParam('{"part_id":"PN","element":"Metal","hs_code":"","end_use":{"constant":"civil"},"origin_country":{"unknown":true}}')).toEqual({
      ok: true,
      mapping: { part_id: "PN", element: "Metal", hs_code: "", end_use: { constant: "civil" }, origin_country: { unknown: true } },
    });
    expect(parseMappingParam(null)).toEqual({ ok: true, mapping: {} });
  });

  it("reads the template's column names as the columns they are", () => {
    expect(parseMappingParam('{"unit_value_usd":"Price","made_in":"Where","form":"Kind"}')).toEqual({ ok: true, mapping: { unit_value: "Price", origin_country: "Where", part_type: "Kind" } });
  });

  it.each([
    ["{not json", /not JSON/],
    ["[1,2]", /JSON object/],
    ['{"colour":"x"}', /unknown column "colour"/],
    ['{"part_id":5}', /must be a header name/],
    ['{"end_use":{"constant":""}}', /1 to 64 characters/],
    ['{"end_use":{"unknown":false}}', /must be a header name/],
    [`{"part_id":"${"x".repeat(201)}"}`, /longer than 200/],
  ])("rejects %s naming the parameter", (raw, message) => {
    const r = parseMappingParam(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.param).toBe("mapping");
      expect(r.error.message).toMatch(message);
    }
  });
});
