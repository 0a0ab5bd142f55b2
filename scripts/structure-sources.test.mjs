import { describe, expect, it } from "vitest";
import { collectFactMarks, findUrls, parseCitation, parseDate, summariseMarks } from "./structure-sources.mjs";

describe("parseDate", () => {
  it.each([
    ["22 Dec 2023", "2023-12-22"],
    ["Jun 2025", "2025-06"],
    ["Sept 2025", "2025-09"],
    ["2011", "2011"],
    ["early 2026", "2026"],
    ["c. 17 Nov 2025", "2025-11-17"],
    ["10/11 Oct 2025", "2025-10-10/2025-10-11"],
    ["16–20 Nov 2025", "2025-11-16/2025-11-20"],
    ["2025-09/10", "2025-09/2025-10"],
    ["2026-01-06/07", "2026-01-06/2026-01-07"],
    ["2024-05/2024-08", "2024-05/2024-08"],
    ["licences up to 45 days", null],
  ])("%s → %s", (text, iso) => expect(parseDate(text)).toBe(iso));
});

describe("findUrls", () => {
  it("splits links joined by ' ; ' and drops trailing punctuation and notes", () => {
    expect(findUrls("A — https://a.org/x ; https://b.org/y (and siblings); release page https://c.org/z.")).toEqual([
      "https://a.org/x",
      "https://b.org/y",
      "https://c.org/z",
    ]);
  });
});

describe("parseCitation", () => {
  it.each([
    [
      'Straits Times — "China bans export of rare earth processing technology" — 21 Dec 2023 — https://x.org/a',
      { publisher: "Straits Times", title: "China bans export of rare earth processing technology", description: null, date: "2023-12-21" },
    ],
    // A quotation inside a description is not a title.
    ['Newsmax (Reuters) — Bessent "very substantial framework" — 26 Oct 2025 — https://x.org/b', { publisher: "Newsmax (Reuters)", title: null, description: 'Bessent "very substantial framework"', date: "2025-10-26" }],
    // A title at the end of the publisher segment, and a date only inside it.
    ['Taylor & Francis (Barker & Pilbeam, "Lanthanides") — https://x.org/c', { publisher: "Taylor & Francis (Barker & Pilbeam)", title: "Lanthanides", description: null, date: null }],
    ['CRS R41744, Dec 23 2013, p. 9 (copy) — https://x.org/d', { publisher: "CRS R41744, Dec 23 2013, p. 9 (copy)", title: null, description: null, date: "2013-12-23" }],
    // The second work's date is used when the first has none.
    ["APA — uses — https://x.org/e ; rawmaterials.net — 7 Apr 2025 — https://x.org/f", { publisher: "APA", title: null, description: "uses", date: "2025-04-07" }],
  ])("%s", (citation, expected) => expect(parseCitation(citation)).toEqual(expected));
});

describe("collectFactMarks", () => {
  it("gives a bracketed mark to the ids after it and a table row's Conf. cell to every id in the row", () => {
    const md = [
      "- exports fell [H] S23, S24; April figure [M] S25.",
      "| 2025 | event | S26; R1 | M |",
      "| Smartphone | ~60 mg [M] | $300 [assumption] | S184, S185 |",
      "## Source register",
      "- S23 not a fact [L] S23",
    ].join("\n");
    const marks = collectFactMarks(md);
    expect(Object.fromEntries(marks)).toEqual({ S23: ["H"], S24: ["H"], S25: ["M"], S26: ["M"], R1: ["M"], S184: ["M"], S185: ["M"] });
  });
});

describe("summariseMarks", () => {
  it.each([
    [["H", "H", "M"], "H"],
    [["H", "M"], "M"], // a tie goes to the lower mark
    [["L/M", "L"], "L"],
    [[], null],
  ])("%j → %s", (list, mark) => expect(summariseMarks(list)).toBe(mark));
});
