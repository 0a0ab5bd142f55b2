import { describe, expect, it } from "vitest";
import { readCountry } from "./read-country";

describe("readCountry", () => {
  it.each([
    // [cell, alpha-2, China?, destination group]
    ["CN", "CN", "mainland", "other"],
    ["cn", "CN", "mainland", "other"],
    ["CHN", "CN", "mainland", "other"],
    ["China", "CN", "mainland", "other"],
    ["PRC", "CN", "mainland", "other"],
    ["People's Republic of China", "CN", "mainland", "other"],
    ["P.R. China", "CN", "mainland", "other"],
    ["VR China", "CN", "mainland", "other"],
    ["Chine", "CN", "mainland", "other"],
    ["Cina", "CN", "mainland", "other"],
    ["china", "CN", "mainland", "other"], // the template's made_in value
    ["Republic of China", "TW", "no", "other"], // Taiwan, not the PRC
    ["Taiwan", "TW", "no", "other"],
    ["HK", "HK", "hong-kong", "other"],
    ["Hongkong", "HK", "hong-kong", "other"],
    ["Hong Kong SAR", "HK", "hong-kong", "other"],
    ["Macao", "MO", "macau", "other"],
    ["DE", "DE", "no", "other"],
    ["Deutschland", "DE", "no", "other"],
    ["Allemagne", "DE", "no", "other"],
    ["CH", "CH", "no", "other"],
    ["Schweiz", "CH", "no", "other"],
    ["Suisse", "CH", "no", "other"],
    ["JP", "JP", "no", "jp"],
    ["Japan", "JP", "no", "jp"],
    ["Japon", "JP", "no", "jp"],
    ["USA", "US", "no", "us"],
    ["Vereinigte Staaten", "US", "no", "us"],
    ["États-Unis d'Amérique", "US", "no", "us"],
    ["Südkorea", "KR", "no", "other"],
    ["Korea", "KR", "no", "other"],
    ["Tschechien", "CZ", "no", "other"],
    ["UK", "GB", "no", "other"],
  ])("%s → %s", (cell, code, china, group) => {
    const r = readCountry(cell);
    expect(r.ok && r.value).toMatchObject({ code, china, destinationGroup: group });
  });

  it("flags Hong Kong and Macau with a note", () => {
    const r = readCountry("Hong Kong");
    expect(r.ok && r.value.note).toMatch(/Hong Kong is a separate customs territory/);
    const cn = readCountry("CN");
    expect(cn.ok && cn.value.note).toBeNull();
  });

  it("reads 'abroad' as outside China with no country", () => {
    expect(readCountry("abroad")).toEqual({ ok: true, value: { code: null, name: "outside China (country not given)", china: "no", note: null, destinationGroup: "other" } });
  });

  it.each(["XX", "Atlantis", "C", "x".repeat(65)])("%s is refused", (cell) => {
    expect(readCountry(cell).ok).toBe(false);
  });
});
