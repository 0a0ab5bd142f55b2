import { describe, expect, it } from "vitest";
import sourcesFile from "../../data/sources.json";
import { isPartialIsoDate, sourceSchema, sourcesFileSchema } from "./source";

const base = {
  id: "S1",
  register: "fact-base",
  publisher: "Example Daily",
  title: "A title",
  description: null,
  date: "2025-04-04",
  urls: ["https://example.org/a"],
  confidence: "M",
  confidenceBasis: "facts",
  citation: "Example Daily — \"A title\" — 4 Apr 2025 — https://example.org/a",
};

describe("isPartialIsoDate", () => {
  it.each([
    ["2025", true],
    ["2025-04", true],
    ["2025-04-04", true],
    ["2025-09/2025-10", true],
    ["2026-01-06/2026-01-07", true],
    ["2024-02-29", true], // a leap day
    ["2025-02-29", false], // 2025 is not a leap year
    ["2025-13", false],
    ["2025-00", false],
    ["2025-10/2025-09", false], // the interval runs backwards
    ["2025-09/10", false], // abbreviated intervals are written out in full
    ["Apr 2025", false],
    ["", false],
  ])("%s → %s", (s, ok) => expect(isPartialIsoDate(s)).toBe(ok));
});

describe("sourceSchema", () => {
  it("accepts a structured source", () => {
    expect(sourceSchema.parse(base).id).toBe("S1");
  });

  it("accepts a mirror that names its original without an official URL", () => {
    const s = sourceSchema.parse({
      ...base,
      mirrorUrls: ["https://example.org/a"],
      original: { relation: "mirror", publisher: "Congressional Research Service", title: "A report", identifier: "CRS R1", url: null },
    });
    expect(s.original?.url).toBeNull();
  });

  it.each([
    ["a mirror URL that is not one of its URLs", { mirrorUrls: ["https://elsewhere.org/b"], original: { relation: "mirror", publisher: "P", title: null, url: null } }],
    ["mirror URLs without an original", { mirrorUrls: ["https://example.org/a"] }],
    ["a confidence without its basis", { confidenceBasis: null }],
    ["a date that is not ISO", { date: "4 Apr 2025" }],
    ["a link that is not http(s)", { urls: ["javascript:alert(1)"] }],
    ["a link with a character that is not percent-encoded", { urls: ["https://example.org/y₂o₃"] }],
    ["a link with a space", { urls: ["https://example.org/a b"] }],
    ["an unknown register", { register: "blog" }],
    ["an original with an unknown relation", { original: { relation: "copy", publisher: "P", title: null, url: null } }],
  ])("rejects %s", (_label, change) => {
    expect(sourceSchema.safeParse({ ...base, ...change }).success).toBe(false);
  });
});

describe("sourcesFileSchema", () => {
  it("rejects a duplicate id and a pointer to an unknown source", () => {
    const dup = sourcesFileSchema.safeParse({ meta: { description: "" }, sources: [base, base] });
    expect(dup.success).toBe(false);
    const dangling = sourcesFileSchema.safeParse({ meta: { description: "" }, sources: [{ ...base, sameAs: "S2" }] });
    expect(dangling.success).toBe(false);
  });

  const file = sourcesFileSchema.parse(sourcesFile);
  const byId = new Map(file.sources.map((s) => [s.id, s]));

  it("holds the fact base, the starting data's sources, the routes register and the web sources", () => {
    // S1–S255 less S182/S183 (not in the fact base) = 253; R1–R92 and FX-ECB, FX-FED = 94; W1–W11 = 11.
    expect(file.sources.filter((s) => s.id.startsWith("S"))).toHaveLength(253);
    expect(file.sources.filter((s) => s.register === "routes")).toHaveLength(94);
    expect(file.sources.filter((s) => s.register === "web")).toHaveLength(11);
  });

  it("marks the CRS report and the NASA paper as mirrors and names their originals", () => {
    for (const id of ["S173", "R73"]) {
      expect(byId.get(id)?.original).toMatchObject({ relation: "mirror", identifier: "CRS R41744" });
    }
    expect(byId.get("S154")?.original).toMatchObject({ relation: "mirror", url: "https://doi.org/10.3390/coatings8070255" });
    expect(byId.get("S154")?.mirrorUrls).toEqual(["https://cricutcom-setup.com/2079-6412/8/7/255/html"]);
  });

  it("links the MOFCOM texts of Ann. 18 and Ann. 61 from the translations that stand in for them", () => {
    expect(byId.get("S11")?.original?.url).toMatch(/^https:\/\/www\.mofcom\.gov\.cn\/.+art_9c2108ccaf754f22a34abab2fedaa944\.html$/);
    expect(byId.get("S49")?.original?.url).toMatch(/^https:\/\/www\.mofcom\.gov\.cn\/.+art_7fc9bff0fb4546ecb02f66ee77d0e5f6\.html$/);
  });

  it("splits a citation's several links into several URLs", () => {
    // The register line of S217 holds two links separated by " ; ".
    expect(byId.get("S217")?.urls).toEqual(["https://thefinancialnews247.com/c2q-2024-hard-disk-drive-industry-update/", "https://193countriesconsortium.com/?p=16744"]);
  });
});
