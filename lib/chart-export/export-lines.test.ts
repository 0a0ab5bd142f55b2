import { describe, expect, it } from "vitest";
import { composeExportText, type ExportMeta } from "./export-lines";

const meta: ExportMeta = {
  title: "Sector exposure",
  takeaway: "EVs are the most exposed.",
  scenario: "April 2025 (Ann. 18), as of 1 Jun 2025",
  dataset: { name: "Rare-earth dataset", version: "2026.11.25-1", date: "2026-11-25" },
  sourceIds: Array.from({ length: 14 }, (_, i) => `S${i + 1}`),
  note: "Share of each sector's annual value.",
  url: "https://example.org/?regime=apr-2025",
  sourcesUrl: "https://example.org/sources",
  exported: "2026-12-02",
  licence: "CC BY 4.0",
};

describe("composeExportText", () => {
  it("puts title, takeaway and scenario above; source, note, link and colophon below", () => {
    const t = composeExportText(meta);
    expect(t.header.map((l) => l.text)).toEqual(["Sector exposure", "EVs are the most exposed.", "Scenario: April 2025 (Ann. 18), as of 1 Jun 2025"]);
    expect(t.footer.map((l) => l.text)).toEqual([
      "Source: Rare-earth dataset, version 2026.11.25-1 (25 Nov 2026); sources S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12 and 2 more, listed at https://example.org/sources.",
      "Note: Share of each sector's annual value.",
      "Link: https://example.org/?regime=apr-2025",
      "Exported 2 Dec 2026 · Data licence: CC BY 4.0",
    ]);
  });

  it("leaves out the scenario and note when there are none, and still points to the sources", () => {
    const t = composeExportText({ ...meta, scenario: null, note: null, sourceIds: [] });
    expect(t.header.map((l) => l.kind)).toEqual(["title", "takeaway"]);
    expect(t.footer[0]?.text).toBe("Source: Rare-earth dataset, version 2026.11.25-1 (25 Nov 2026); sources listed at https://example.org/sources.");
    expect(t.footer.map((l) => l.kind)).toEqual(["source", "link", "colophon"]);
  });
});
