import { describe, expect, it } from "vitest";
import { parseMappingParam } from "./parse-mapping-param";

describe("parseMappingParam", () => {
  it("reads a column-to-header object", () => {
    expect(parseMappingParam('{"part_id":"PN","element":"Metal"}')).toEqual({ ok: true, mapping: { part_id: "PN", element: "Metal" } });
    expect(parseMappingParam(null)).toEqual({ ok: true, mapping: {} });
  });

  it.each([
    ["{not json", /not JSON/],
    ["[1,2]", /JSON object/],
    ['{"colour":"x"}', /unknown column "colour"/],
    ['{"part_id":5}', /non-empty string/],
    ['{"part_id":""}', /non-empty string/],
  ])("rejects %s naming the parameter", (raw, message) => {
    const r = parseMappingParam(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.param).toBe("mapping");
      expect(r.error.message).toMatch(message);
    }
  });
});
