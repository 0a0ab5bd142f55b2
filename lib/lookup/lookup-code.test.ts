import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { getControlCodes } from "../data/load-parts-data";
import { type LookupAnswer, lookupCode, type LookupTables } from "./lookup-code";
import { parseLookupQuery } from "./parse-lookup-query";

const dataset = getDataset();
const tables: LookupTables = {
  controlCodes: getControlCodes(),
  measures: dataset.measures.measures,
  exclusions: dataset.measures.exclusions,
};

function look(input: string, asOf = "2025-06-01"): LookupAnswer {
  const parsed = parseLookupQuery(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return lookupCode(parsed.query, asOf, tables);
}
const ids = (a: LookupAnswer, match?: string) => a.candidates.filter((c) => !match || c.match === match).map((c) => c.itemId);

describe("lookupCode: shared customs codes answer sets", () => {
  it("2805301910 is one line for Sm, Gd and Lu metal; the Ann. 57 metals' 8-digit line 28053019 covers it too", () => {
    const a = look("2805301910");
    expect(ids(a, "exact")).toEqual(["1c902.a-metal", "1c903.a-metal", "1c906.a-metal"]);
    expect(a.candidates.filter((c) => c.match === "exact").flatMap((c) => c.elements)).toEqual(["Sm", "Gd", "Lu"]);
    // Ho, Er, Tm, Eu, Yb metals: 28053019 is a prefix of the typed code.
    expect(ids(a, "within-line")).toEqual(["1c909.a-metal", "1c910.a-metal", "1c911.a-metal", "1c912.a-metal", "1c913.a-metal"]);
    expect(a.candidates.filter((c) => c.match === "exact").every((c) => c.status.state === "in-force")).toBe(true);
    // 1 Jun 2025 is before Ann. 57 was announced (9 Oct 2025), let alone effective (8 Nov 2025).
    expect(a.candidates.filter((c) => c.match === "within-line").every((c) => c.status.state === "not-yet-in-force")).toBe(true);
    expect(a.note).toMatch(/answers 8 items under 8 control codes \(Sm, Gd, Lu, Ho, Er, Tm, Eu, Yb\)/);
    expect(a.note).toMatch(/the item description governs/);
  });

  it("2846901993, the mixed oxide line, answers the oxide items of all seven Ann. 18 elements", () => {
    const a = look("2846901993");
    expect(ids(a)).toEqual(["1c902.b-oxides", "1c903.b-oxides", "1c904.b-oxides", "1c905.b-oxides", "1c906.b-oxides", "1c907.b-oxides", "1c908.b-oxides"]);
    expect(a.candidates.flatMap((c) => c.elements)).toEqual(["Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y"]);
  });

  it("3824999922 stands for every element's targets, oxides and compounds (24 items), and sits under 1C914's 38249999", () => {
    const a = look("3824999922");
    // Targets: Sm, Gd, Tb, Dy (4) + Lu, Sc, Y alloys and targets (6) = 10; oxides 7; compounds 7 → 24.
    expect(ids(a, "exact")).toHaveLength(24);
    expect(ids(a, "within-line")).toEqual(["1c914.c-extractants"]);
    expect(a.candidates.find((c) => c.itemId === "1c902.a-targets")?.codeNote).toMatch(/description not verified/);
  });

  it("8486909110 answers the targets (and the Lu/Sc/Y alloys, unconfirmed)", () => {
    const a = look("8486909110");
    expect(ids(a)).toEqual([
      "1c902.a-targets", "1c903.a-targets", "1c904.a-targets", "1c905.a-targets", "1c906.a-alloys", "1c906.a-targets",
      "1c907.a-alloys", "1c907.a-targets", "1c908.a-alloys", "1c908.a-targets",
    ]);
    expect(a.candidates.filter((c) => !c.confirmed).map((c) => c.itemId)).toEqual(["1c906.a-alloys", "1c906.a-targets", "1c907.a-alloys", "1c908.a-alloys"]);
    expect(a.note).toMatch(/unconfirmed/);
  });

  it("an unconfirmed code says so: 2846901800 (Lu oxide?)", () => {
    const a = look("2846901800");
    expect(ids(a)).toEqual(["1c906.b-oxides"]);
    expect(a.candidates[0]).toMatchObject({ confirmed: false, codeNote: expect.stringMatching(/unverified/) });
  });
});

describe("lookupCode: compositionDecides (control-codes.md §5.4: PM materials, mixtures, shared lines)", () => {
  it.each([
    // A mixture line, and one line for seven elements' oxides (Sm, Gd, Tb, Dy, Lu, Sc, Y).
    ["2846901993", true],
    // Mixed chlorides with ≥ 30 % medium-heavy RE: the compounds of Sm, Gd, Tb, Dy, Lu, Sc, Y.
    ["2846902810", true],
    // One metal line for Sm, Gd and Lu (and the Ann. 57 metals under 28053019).
    ["2805301910", true],
    // Every element's targets, oxides and compounds, and the 1C914.c extractants.
    ["3824999922", true],
    // Magnets: no code; Tb/Dy content decides.
    ["8505111000", true],
    // Terbium metal alone: one element, no mixture, no magnet material.
    ["2805301300", false],
    // Dysprosium oxide's own line: one item, one element.
    ["2846901500", false],
    // Holmium oxide by its control code: one element.
    ["1C909.b", false],
  ] as const)("%s → %s", (input, decides) => {
    const a = look(input);
    expect(a.compositionDecides).toBe(decides);
    if (decides) expect(a.note).toMatch(/the code alone cannot decide/);
    else expect(a.note).not.toMatch(/the code alone cannot decide/);
  });

  it("names the 8-digit lines a code sits under, not the Ann. 57 metals for the 1C914.c extractants", () => {
    expect(look("3824999922").note).toMatch(/covers every 10-digit code under it \(38249999 for 1C914\.c\)/);
    expect(look("3824999922").note).not.toMatch(/Ann\. 57 metals/);
    expect(look("2805301910").note).toMatch(/\(28053019 for 1C909\.a, 1C910\.a, 1C911\.a, 1C912\.a, 1C913\.a\)/);
  });
});

describe("lookupCode: prefixes", () => {
  it("a prefix search confirms an item through any confirmed code under it: 2846 finds Lu oxide through 2846901993, not 2846901800 alone", () => {
    const lu = look("2846").candidates.find((c) => c.itemId === "1c906.b-oxides");
    // 1C906.b's codes: 2846901800 (unconfirmed), 2846901993 (confirmed), 3824999922 (not under 2846).
    expect(lu).toMatchObject({ match: "prefix", matchedCode: "2846901993", confirmed: true });
    // Under 28469018 only the unconfirmed code matches.
    expect(look("28469018").candidates.find((c) => c.itemId === "1c906.b-oxides")).toMatchObject({ matchedCode: "2846901800", confirmed: false });
  });

  it("the Ann. 57 8-digit line 28053019 answers its five metals, then the 10-digit codes under it", () => {
    const a = look("28053019");
    expect(ids(a, "exact")).toEqual(["1c909.a-metal", "1c910.a-metal", "1c911.a-metal", "1c912.a-metal", "1c913.a-metal"]);
    expect(ids(a, "prefix")).toEqual(["1c902.a-metal", "1c903.a-metal", "1c906.a-metal"]);
    expect(a.candidates.find((c) => c.itemId === "1c913.a-metal")?.confirmed).toBe(false);
  });

  it("a typed heading 2805 gathers every metal line under it and the 2805.30 hint", () => {
    const a = look("2805");
    // Sm, Gd, Lu (2805301910), Tb, Dy, Sc, Y (one code each) and the five Ann. 57 metals: 12.
    expect(a.candidates).toHaveLength(12);
    expect(a.candidates.every((c) => c.match === "prefix" && c.forms.includes("metal"))).toBe(true);
    expect(a.hints.map((h) => h.prefix)).toEqual(["280530"]);
  });

  it("8-digit line of one element: 28469015 finds Dy oxide (2846901500)", () => {
    expect(ids(look("2846 9015"))).toEqual(["1c905.b-oxides"]);
  });
});

describe("lookupCode: items without a code", () => {
  it.each(["8505.11", "850511", "8505111000", "85051110"])("magnets (%s): no reference code; composition decides", (input) => {
    const a = look(input);
    expect(ids(a)).toEqual(["1c902.a-pm", "1c904.a-pm", "1c905.a-pm", "1c909.a-pm", "ann61-annex1-part2"]);
    expect(a.candidates.every((c) => c.match === "no-code" && c.matchedCode === null)).toBe(true);
    expect(a.candidates.find((c) => c.itemId === "1c905.a-pm")?.requiresAnyOf).toEqual(["Dy"]);
    expect(a.compositionDecides).toBe(true);
    expect(a.note).toMatch(/There is no reference customs code for NdFeB or SmCo magnets/);
    expect(a.note).toMatch(/contains Dy or Tb \(NdFeB\), when it is SmCo, or, under Ann. 57 while in force, when it contains Ho/);
    expect(a.note).toMatch(/No control item lists a reference code under/);
  });

  it("motors: nothing listed, and the FAQ IV exclusion is named", () => {
    const a = look("8501.31");
    expect(a.candidates).toEqual([]);
    expect(a.hints[0]?.exclusions.map((x) => x.id)).toEqual(["faq-iv-motors"]);
    expect(a.note).toMatch(/FAQ IV/);
  });

  it("a code that matches nothing is never read as not controlled", () => {
    const a = look("7318150000");
    expect(a.candidates).toEqual([]);
    expect(a.hints).toEqual([]);
    expect(a.note).toMatch(/No control item on record lists 7318150000. That does not mean the goods are not controlled/);
  });
});

describe("lookupCode: control codes", () => {
  it.each([
    ["1C905.a", ["1c905.a-metal", "1c905.a-alloys", "1c905.a-targets", "1c905.a-pm"]],
    ["1c905 A", ["1c905.a-metal", "1c905.a-alloys", "1c905.a-targets", "1c905.a-pm"]],
    ["1C905", ["1c905.a-metal", "1c905.a-alloys", "1c905.a-targets", "1c905.a-pm", "1c905.b-oxides", "1c905.c-compounds"]],
    ["1C913.b", ["1c913.b-oxides"]],
    ["1C999", []],
  ])("%s", (input, expected) => {
    expect(ids(look(input))).toEqual(expected);
  });
});

describe("lookupCode: a suspended Ann. 57 item before and after its dates", () => {
  // Ann. 57: effective 8 Nov 2025, suspended by Ann. 70 from 7 Nov 2025 until 10 Nov 2026 (through that day).
  it.each([
    ["2025-10-20", "not-yet-in-force", "not yet in force (effective 8 Nov 2025)"],
    ["2025-12-01", "suspended", "suspended (until 10 Nov 2026)"],
    ["2026-11-10", "suspended", "suspended (until 10 Nov 2026)"],
    ["2026-11-11", "not-on-record", "not on record: the suspension was scheduled to end on 10 Nov 2026 and the record holds nothing after that day. If it was extended, the measure is still suspended; if it lapsed, the measure is in force again."],
  ])("holmium metal on %s: %s", (asOf, state, text) => {
    const ho = look("1C909.a", asOf).candidates.find((c) => c.itemId === "1c909.a-metal");
    expect(ho?.status).toMatchObject({ state, text });
    expect(ho?.measure.id).toBe("cn-mofcom-gac-ann57-2025");
  });

  it("Ann. 18 items stay in force across the same dates", () => {
    for (const asOf of ["2025-10-20", "2025-12-01", "2026-11-11"]) {
      expect(look("1C905.a", asOf).candidates.every((c) => c.status.state === "in-force")).toBe(true);
    }
  });
});
