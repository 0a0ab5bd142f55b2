import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import type { ElementSymbol } from "../schemas/common";
import { ScenarioError, resolveScenario } from "./resolve-scenario";
import type { Scenario, ScenarioInput } from "./scenario";

const dataset = getDataset();
/** A fixed "today" after Ann. 70's scheduled end (10 Nov 2026), so the as-scheduled presets see the October measures back. */
const TODAY = "2026-11-25";
const resolve = (input: ScenarioInput, today = TODAY) => resolveScenario(dataset, input, today);

/** Ann. 18 (4 Apr 2025), in atomic-number order: Sc 21, Y 39, Sm 62, Gd 64, Tb 65, Dy 66, Lu 71. */
const APR: ElementSymbol[] = ["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Lu"];
/** Ann. 18 + Ann. 57 (Eu 63, Ho 67, Er 68, Tm 69, Yb 70), in atomic-number order: 12 of 17. */
const OCT: ElementSymbol[] = ["Sc", "Y", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"];

type Expected = Pick<
  Scenario,
  | "asOf"
  | "kind"
  | "suspensions"
  | "controlledElements"
  | "extraterritorial"
  | "deMinimisPct"
  | "militaryEndUse"
  | "advancedSemiconductor"
  | "civilGeneralLicence"
>;

describe("resolveScenario: presets", () => {
  // Military "deny" everywhere: Ann. 46 Art. 1 (US military users, denied) is in force from 3 Dec 2024 and never suspended.
  // Advanced-node "case-by-case" only where Ann. 61 (its end-user rules) is in force.
  it.each<[string, Expected]>([
    [
      "pre-2025-04",
      {
        asOf: "2025-04-03", kind: "enacted", suspensions: "as-scheduled", controlledElements: [], extraterritorial: false,
        deMinimisPct: null, militaryEndUse: "deny", advancedSemiconductor: "license", civilGeneralLicence: false,
      },
    ],
    [
      "apr-2025",
      {
        asOf: "2025-06-01", kind: "enacted", suspensions: "as-scheduled", controlledElements: APR, extraterritorial: false,
        deMinimisPct: null, militaryEndUse: "deny", advancedSemiconductor: "license", civilGeneralLicence: false,
      },
    ],
    [
      "oct-2025",
      {
        asOf: "2025-12-01", kind: "enacted", suspensions: "ignored", controlledElements: OCT, extraterritorial: true,
        deMinimisPct: 0.1, militaryEndUse: "deny", advancedSemiconductor: "case-by-case", civilGeneralLicence: false,
      },
    ],
    [
      // Ann. 57 and Ann. 61 suspended from 7 Nov 2025; Ann. 18 stays.
      "post-suspension-2025-11",
      {
        asOf: "2025-12-15", kind: "enacted", suspensions: "as-scheduled", controlledElements: APR, extraterritorial: false,
        deMinimisPct: null, militaryEndUse: "deny", advancedSemiconductor: "license", civilGeneralLicence: false,
      },
    ],
    [
      // 25 Nov 2026 is after the recorded end of the suspension (10 Nov 2026).
      "as-of-today",
      {
        asOf: TODAY, kind: "enacted", suspensions: "as-scheduled", controlledElements: OCT, extraterritorial: true,
        deMinimisPct: 0.1, militaryEndUse: "deny", advancedSemiconductor: "case-by-case", civilGeneralLicence: false,
      },
    ],
    [
      "extended-pause",
      {
        asOf: TODAY, kind: "scenario", suspensions: "extended", controlledElements: APR, extraterritorial: false,
        deMinimisPct: null, militaryEndUse: "deny", advancedSemiconductor: "license", civilGeneralLicence: false,
      },
    ],
    [
      "partial-rollback",
      {
        asOf: TODAY, kind: "scenario", suspensions: "extended", controlledElements: APR, extraterritorial: false,
        deMinimisPct: null, militaryEndUse: "deny", advancedSemiconductor: "license", civilGeneralLicence: true,
      },
    ],
    [
      "breakdown",
      {
        asOf: TODAY, kind: "scenario", suspensions: "ignored", controlledElements: OCT, extraterritorial: true,
        deMinimisPct: 0.1, militaryEndUse: "deny", advancedSemiconductor: "case-by-case", civilGeneralLicence: false,
      },
    ],
  ])("%s", (regime, expected) => {
    const s = resolve({ regime });
    expect(s).toMatchObject(expected);
    expect(s.regime).toBe(regime);
    expect(s.regimeControlledElements).toEqual(expected.controlledElements);
    expect(s.reading).toBe("annex");
    expect(s.exclusions).toBe("apply");
    expect(s.chinaShareOverrides).toEqual({});
    expect(s.overrides).toEqual([]);
  });

  it("covers every preset in the data", () => {
    expect(dataset.regimes.regimes.map((r) => r.id).sort()).toEqual(
      [
        "apr-2025", "as-of-today", "breakdown", "extended-pause", "oct-2025", "partial-rollback", "post-suspension-2025-11", "pre-2025-04",
      ],
    );
  });

  it("apr-2025 controls exactly the seven Ann. 18 elements, in atomic-number order", () => {
    const s = resolve({ regime: "apr-2025" });
    expect(s.controlledElements).toEqual(["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Lu"]);
    expect(s.measuresInForce).toContain("cn-mofcom-gac-ann18-2025");
    expect(s.measuresInForce).not.toContain("cn-mofcom-gac-ann57-2025");
  });

  it("oct-2025 controls 12 of the 17 elements and leaves La, Ce, Pr, Nd, Pm out", () => {
    const s = resolve({ regime: "oct-2025" });
    expect(s.controlledElements).toHaveLength(12);
    for (const free of ["La", "Ce", "Pr", "Nd", "Pm"] as const) expect(s.controlledElements).not.toContain(free);
    expect(s.measuresInForce).toContain("cn-mofcom-ann61-2025#item1");
  });

  it("'today' is the date passed in, not the clock", () => {
    expect(resolve({ regime: "as-of-today" }, "2025-06-01")).toMatchObject({ asOf: "2025-06-01", controlledElements: APR });
    expect(resolve({ regime: "breakdown" }, "2027-03-01").asOf).toBe("2027-03-01");
    expect(resolve({ regime: "apr-2025" }, "2027-03-01").asOf).toBe("2025-06-01"); // a dated preset keeps its own date
  });
});

describe("resolveScenario: caveats", () => {
  const renewal = /10 Nov 2026/;
  it.each<[ScenarioInput, number, boolean]>([
    [{ regime: "apr-2025" }, 0, false],
    [{ regime: "oct-2025" }, 1, false], // its counterfactual caveat only
    [{ regime: "as-of-today" }, 2, true], // its own caveat plus the unknown-renewal note
    [{ regime: "extended-pause" }, 1, true],
    [{ regime: "breakdown" }, 0, false], // suspensions ignored: no renewal note
    [{ asOf: "2026-11-09" }, 0, false],
    [{ asOf: "2026-11-10" }, 1, true],
  ])("%j -> %i caveat(s)", (input, count, mentionsRenewal) => {
    const s = resolve(input);
    expect(s.caveats).toHaveLength(count);
    expect(s.caveats.some((c) => renewal.test(c))).toBe(mentionsRenewal);
  });
});

describe("resolveScenario: asOf only", () => {
  it.each<[string, Partial<Scenario>]>([
    // Nothing in force yet but the 2023 technology catalogue; Ann. 46 (3 Dec 2024) not yet, so no military denial.
    ["2023-06-01", { controlledElements: [], extraterritorial: false, militaryEndUse: "license", advancedSemiconductor: "license" }],
    // The day before Ann. 18 takes effect.
    ["2025-04-03", { controlledElements: [], extraterritorial: false, militaryEndUse: "deny", advancedSemiconductor: "license" }],
    ["2025-04-04", { controlledElements: APR, extraterritorial: false, militaryEndUse: "deny" }],
    // Ann. 61 item 3 (9 Oct 2025) brings its end-user rules; the 0.1 % rule (item 1) waits for 1 Dec 2025.
    ["2025-10-20", { controlledElements: APR, extraterritorial: false, deMinimisPct: null, advancedSemiconductor: "case-by-case" }],
    ["2025-12-15", { controlledElements: APR, extraterritorial: false, advancedSemiconductor: "license" }],
    ["2026-11-25", { controlledElements: OCT, extraterritorial: true, deMinimisPct: 0.1, advancedSemiconductor: "case-by-case" }],
  ])("%s", (asOf, expected) => {
    const s = resolve({ asOf });
    expect(s).toMatchObject({
      ...expected,
      asOf,
      regime: null,
      kind: "as-of",
      suspensions: "as-scheduled",
      regimeName: `Measures in force on ${asOf}`,
      civilGeneralLicence: false,
    });
  });

  it("an asOf date overrides a preset's date but keeps its suspension reading", () => {
    const s = resolve({ regime: "apr-2025", asOf: "2025-04-03" });
    expect(s).toMatchObject({ regime: "apr-2025", asOf: "2025-04-03", controlledElements: [] });
    // oct-2025 ignores suspensions: on 15 Dec 2025 Ann. 57 still counts, unlike the as-scheduled reading.
    expect(resolve({ regime: "oct-2025", asOf: "2025-12-15" }).controlledElements).toEqual(OCT);
    expect(resolve({ asOf: "2025-12-15" }).controlledElements).toEqual(APR);
  });
});

describe("resolveScenario: overrides", () => {
  it.each<[string, ScenarioInput, string[]]>([
    ["nothing changed", { regime: "apr-2025" }, []],
    ["the same set in another order", { regime: "apr-2025", controlled: ["Lu", "Dy", "Tb", "Gd", "Sm", "Y", "Sc"] }, []],
    ["a smaller set", { regime: "apr-2025", controlled: ["Dy"] }, ["controlledElements"]],
    ["extraterritorial equal to the preset", { regime: "oct-2025", extraterritorial: true }, []],
    ["extraterritorial switched off", { regime: "oct-2025", extraterritorial: false }, ["extraterritorial"]],
    ["the default threshold", { regime: "oct-2025", thresholdPct: 0.1 }, []],
    ["another threshold", { regime: "oct-2025", thresholdPct: 0.5 }, ["deMinimisPct"]],
    ["reading annex", { regime: "oct-2025", reading: "annex" }, []],
    ["reading broad", { regime: "oct-2025", reading: "broad" }, ["reading"]],
    ["military equal to the preset", { regime: "apr-2025", military: "deny" }, []],
    ["military licensed", { regime: "apr-2025", military: "license" }, ["militaryEndUse"]],
    ["exclusions applied", { regime: "apr-2025", exclusions: "apply" }, []],
    ["exclusions ignored", { regime: "apr-2025", exclusions: "ignore" }, ["exclusions"]],
    ["an empty chinaShare", { regime: "apr-2025", chinaShare: {} }, []],
    ["a chinaShare", { regime: "apr-2025", chinaShare: { Dy: 0.5 } }, ["chinaShare"]],
    [
      "everything, in a fixed order",
      {
        regime: "apr-2025", controlled: ["Dy"], extraterritorial: true, thresholdPct: 1, reading: "broad", military: "license",
        exclusions: "ignore", chinaShare: { Tb: 0 },
      },
      ["controlledElements", "extraterritorial", "deMinimisPct", "reading", "militaryEndUse", "exclusions", "chinaShare"],
    ],
  ])("%s", (_label, input, overrides) => {
    expect(resolve(input).overrides).toEqual(overrides);
  });

  it("orders and de-duplicates a controlled override, keeping the preset's own set alongside", () => {
    const s = resolve({ regime: "apr-2025", controlled: ["Yb", "Dy", "La", "Dy"] });
    expect(s.controlledElements).toEqual(["La", "Dy", "Yb"]); // 57, 66, 70
    expect(s.regimeControlledElements).toEqual(APR);
  });

  it("applies the threshold only where an extraterritorial rule applies", () => {
    expect(resolve({ regime: "oct-2025", thresholdPct: 0.5 }).deMinimisPct).toBe(0.5);
    expect(resolve({ regime: "oct-2025", extraterritorial: false, thresholdPct: 0.5 }).deMinimisPct).toBeNull();
    // Switching the rule on in April 2025 uses the default threshold.
    expect(resolve({ regime: "apr-2025", extraterritorial: true })).toMatchObject({ extraterritorial: true, deMinimisPct: 0.1 });
  });

  it("passes military, reading and exclusions through", () => {
    expect(resolve({ regime: "apr-2025", military: "license", reading: "broad", exclusions: "ignore" })).toMatchObject({
      militaryEndUse: "license",
      reading: "broad",
      exclusions: "ignore",
    });
  });

  it("keeps only defined China-share overrides", () => {
    const s = resolve({ regime: "apr-2025", chinaShare: { Dy: 0.5, Tb: undefined, Sc: 0 } });
    expect(s.chinaShareOverrides).toEqual({ Dy: 0.5, Sc: 0 });
    expect(Object.keys(s.chinaShareOverrides).sort()).toEqual(["Dy", "Sc"]);
  });
});

describe("resolveScenario: errors", () => {
  const thrown = (input: ScenarioInput): unknown => {
    try {
      resolve(input);
    } catch (e) {
      return e;
    }
    return undefined;
  };

  it("rejects an unknown regime on the regime parameter, listing the known ones", () => {
    const e = thrown({ regime: "nope" });
    expect(e).toBeInstanceOf(ScenarioError);
    expect((e as ScenarioError).param).toBe("regime");
    expect((e as ScenarioError).message).toMatch(/unknown regime "nope"/);
    expect((e as ScenarioError).message).toContain("apr-2025");
  });

  it.each<[string, ScenarioInput]>([
    ["nothing at all", {}],
    ["overrides without a regime or date", { controlled: ["Dy"], thresholdPct: 0.1 }],
  ])("needs a regime or an asOf date: %s", (_label, input) => {
    const e = thrown(input);
    expect(e).toBeInstanceOf(ScenarioError);
    expect((e as ScenarioError).param).toBe("regime");
    expect((e as ScenarioError).message).toMatch(/asOf/);
  });
});
