import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import type { ElementSymbol } from "../schemas/common";
import { ScenarioError, resolveScenario } from "./resolve-scenario";
import type { OutcomeRules, ScenarioInput } from "./scenario";

const dataset = getDataset();
/** Today as this dataset was built: after Ann. 70's scheduled end (10 Nov 2026), which the record does not cover. */
const TODAY = "2026-12-02";
const resolve = (input: ScenarioInput, today = TODAY) => resolveScenario(dataset, input, today);

/** Ann. 18 (4 Apr 2025), in atomic-number order: Sc 21, Y 39, Sm 62, Gd 64, Tb 65, Dy 66, Lu 71. */
const APR: ElementSymbol[] = ["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Lu"];
/** Ann. 18 + Ann. 57 (Eu 63, Ho 67, Er 68, Tm 69, Yb 70), in atomic-number order: 12 of 17. */
const OCT: ElementSymbol[] = ["Sc", "Y", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"];

type Rules = Pick<OutcomeRules, "outcome" | "controlledElements" | "extraterritorial" | "deMinimisPct" | "militaryEndUse" | "advancedSemiconductor">;
const rules = (outcome: OutcomeRules["outcome"], controlled: ElementSymbol[], annex61: boolean, military: "deny" | "license" = "deny"): Rules => ({
  outcome,
  controlledElements: controlled,
  extraterritorial: annex61,
  deMinimisPct: annex61 ? 0.1 : null,
  militaryEndUse: military,
  advancedSemiconductor: annex61 ? "case-by-case" : "license",
});
const pick = (o: OutcomeRules): Rules => ({
  outcome: o.outcome,
  controlledElements: o.controlledElements,
  extraterritorial: o.extraterritorial,
  deMinimisPct: o.deMinimisPct,
  militaryEndUse: o.militaryEndUse,
  advancedSemiconductor: o.advancedSemiconductor,
});

describe("resolveScenario: presets (buyer in the US)", () => {
  // Military "deny" for a US buyer: Ann. 46 Art. 1 (US military users) in force from 3 Dec 2024, never suspended.
  it.each<[string, string, string, number, Rules[]]>([
    ["pre-2025-04", "2025-04-03", "recorded", 75, [rules("recorded", [], false)]],
    ["apr-2025", "2025-06-01", "recorded", 75, [rules("recorded", APR, false)]],
    ["oct-2025", "2025-12-01", "recorded", 75, [rules("recorded", OCT, true)]],
    ["post-suspension-2025-11", "2025-12-15", "recorded", 75, [rules("recorded", APR, false)]],
    // 2 Dec 2026 is after the suspension's scheduled end; the record holds nothing after it: both outcomes.
    ["as-of-today", TODAY, "range", 75, [rules("extended", APR, false), rules("lapsed", OCT, true)]],
    ["extended-pause", TODAY, "recorded", 75, [rules("recorded", APR, false)]],
    // general licences for civil end uses: no friction for civil supply (EST)
    ["partial-rollback", TODAY, "recorded", 0, [rules("recorded", APR, false)]],
    // 122 of 141 applications not approved (EU Chamber, Sep 2025) = 86.5 %
    ["breakdown", TODAY, "recorded", 86.5, [rules("recorded", OCT, true)]],
  ])("%s", (regime, asOf, outcome, friction, expected) => {
    const s = resolve({ regime });
    expect(s.asOf).toBe(asOf);
    expect(s.outcome).toBe(outcome);
    expect(s.frictionPct).toBe(friction);
    expect(s.outcomes.map(pick)).toEqual(expected);
  });

  it("as of today says why it is a range", () => {
    const s = resolve({ regime: "as-of-today" });
    expect(s.openMeasures).toContain("cn-mofcom-gac-ann57-2025");
    expect(s.openMeasures).toContain("cn-mofcom-ann61-2025#item1");
    expect(s.caveats.join(" ")).toMatch(/Not on record/);
  });
});

describe("resolveScenario: suspensions and outcomes", () => {
  it.each([
    // "until 10 November 2026" runs through that day
    ["2026-11-10", "recorded", [APR]],
    ["2026-11-11", "range", [APR, OCT]],
  ] as const)("%s → %s", (asOf, outcome, controlled) => {
    const s = resolve({ asOf });
    expect(s.outcome).toBe(outcome);
    expect(s.outcomes.map((o) => o.controlledElements)).toEqual(controlled);
  });

  it.each([
    ["extended", APR],
    ["lapsed", OCT],
  ] as const)("outcome=%s picks one outcome and says it is assumed", (outcome, controlled) => {
    const s = resolve({ regime: "as-of-today", outcome });
    expect(s.outcome).toBe(outcome);
    expect(s.outcomes.map((o) => o.controlledElements)).toEqual([controlled]);
    expect(s.caveats.join(" ")).toMatch(/assumes the suspension/);
  });

  it("an outcome asked where nothing is open changes nothing", () => {
    expect(resolve({ regime: "apr-2025", outcome: "lapsed" }).outcomes.map((o) => o.outcome)).toEqual(["recorded"]);
  });
});

describe("resolveScenario: destinations", () => {
  it.each<[string, ScenarioInput, "deny" | "license"]>([
    ["US buyer, June 2025: Ann. 46 Art. 1", { asOf: "2025-06-01", destination: "us" }, "deny"],
    ["Japanese buyer, June 2025: no Japan rule yet", { asOf: "2025-06-01", destination: "jp" }, "license"],
    ["Japanese buyer, Feb 2026: Ann. 1 of 2026", { asOf: "2026-02-01", destination: "jp" }, "deny"],
    ["other buyer, Feb 2026", { asOf: "2026-02-01", destination: "other" }, "license"],
    ["other buyer under Breakdown: Ann. 61 denies military users everywhere", { regime: "breakdown", destination: "other" }, "deny"],
    ["the military override wins", { asOf: "2025-06-01", destination: "us", military: "license" }, "license"],
  ])("%s", (_l, input, military) => {
    const s = resolve(input);
    for (const o of s.outcomes) expect(o.militaryEndUse).toBe(military);
  });

  it("samarium is not sold to military users anywhere from April 2025 (practice on record)", () => {
    expect(resolve({ asOf: "2025-06-01", destination: "other" }).outcomes[0]?.samariumMilitaryDenied).toBe(true);
    expect(resolve({ asOf: "2025-03-01", destination: "other" }).outcomes[0]?.samariumMilitaryDenied).toBe(false);
  });
});

describe("resolveScenario: customs content checks on NdFeB", () => {
  it.each([
    ["2025-04-03", []],
    ["2025-05-15", ["Tb", "Dy"]],
    ["2025-06-30", ["Tb", "Dy"]],
    ["2025-07-01", []],
  ] as const)("%s → held while %j are controlled", (asOf, elements) => {
    expect(resolve({ asOf }).outcomes[0]?.contentCheckElements).toEqual(elements);
  });

  it("no control, no hold", () => {
    expect(resolve({ asOf: "2025-05-15", controlled: ["Sc"] }).outcomes[0]?.contentCheckElements).toEqual([]);
  });
});

describe("resolveScenario: overrides", () => {
  it("lists what the user changed", () => {
    const s = resolve({ regime: "apr-2025", controlled: ["Dy"], reading: "broad", exclusions: "ignore", frictionPct: 50, chinaShare: { Dy: 0.5 } });
    expect(s.overrides).toEqual(["controlledElements", "reading", "exclusions", "friction", "chinaShare"]);
  });

  it("the same values as the preset are no override", () => {
    expect(resolve({ regime: "apr-2025", controlled: APR, frictionPct: 75, military: "deny" }).overrides).toEqual([]);
  });

  it.each([
    [{}, "regime"],
    [{ regime: "nope" }, "regime"],
  ] as const)("%j → ScenarioError on %s", (input, param) => {
    try {
      resolve(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioError);
      expect((e as ScenarioError).param).toBe(param);
    }
  });
});
