import { describe, expect, it } from "vitest";
import { datasetDateFromVersion, formatCitation } from "./format-citation";

describe("datasetDateFromVersion", () => {
  it.each([
    ["2026.11.25-1", "2026-11-25"],
    ["2026.11.25", "2026-11-25"],
    ["2026.02.30-1", null], // not a real day
    ["v3", null],
  ])("%s → %s", (v, d) => expect(datasetDateFromVersion(v)).toBe(d));
});

describe("formatCitation", () => {
  const dataset = { name: "Rare-earth export-control exposure dataset", version: "2026.11.25-1" };
  it("cites a figure with its scenario, link, access date and licence", () => {
    expect(
      formatCitation({ dataset, figure: "Sector exposure", scenario: "April 2025 (Ann. 18), as of 1 Jun 2025", url: "https://example.org/?regime=apr-2025", accessed: "2026-12-02" }),
    ).toBe(
      "Rare-earth export-control exposure dataset, version 2026.11.25-1 (25 Nov 2026). “Sector exposure”, April 2025 (Ann. 18), as of 1 Jun 2025. " +
        "Rare-earth exposure dashboard, https://example.org/?regime=apr-2025 (accessed 2 Dec 2026). Data licence: CC BY 4.0.",
    );
  });
  it("cites the dataset alone", () => {
    expect(formatCitation({ dataset, figure: null, scenario: null, url: "https://example.org/sources", accessed: "2026-12-02" })).toBe(
      "Rare-earth export-control exposure dataset, version 2026.11.25-1 (25 Nov 2026). Rare-earth exposure dashboard, https://example.org/sources (accessed 2 Dec 2026). Data licence: CC BY 4.0.",
    );
  });
});
