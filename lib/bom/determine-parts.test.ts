import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { compareStatus, type Status } from "../engine/status";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import { BOM_END_USES, BOM_FORMS, BOM_MADE_IN } from "./bom-columns";
import type { BomElement, BomPart } from "./bom-types";
import { createBomContext, determinePart, determineParts, formatContentPct, type PartResult } from "./determine-parts";

const dataset = getDataset();
const TODAY = "2026-11-25";

const APR: ScenarioInput = { regime: "apr-2025" };
/** Oct-2025 measures with suspensions ignored: Ann. 18 + Ann. 57 elements, 0.1 % rule on, military denied, advanced node case-by-case. */
const BREAKDOWN: ScenarioInput = { regime: "breakdown" };
/** Apr-2025 elements with a general licence for civil use. */
const ROLLBACK: ScenarioInput = { regime: "partial-rollback" };

function part(p: Partial<BomPart> & { elements: BomElement[] }): BomPart {
  return {
    partId: "P1", description: "", unitValueUsd: 100, form: "ndfeb_magnet", endUse: "civil", madeIn: "china",
    rows: [2], incomplete: false, errorRows: [], ...p,
  };
}

const el = (symbol: ElementSymbol, grams: number, chinaOriginShare: number | null = 1): BomElement => ({ symbol, grams, chinaOriginShare });

function judge(input: ScenarioInput, p: BomPart): PartResult {
  const [r] = determineParts(dataset, resolveScenario(dataset, input, TODAY), [p]);
  if (!r) throw new Error("no result");
  return r;
}

/*
 * Reference prices from data/elements.json (US$/kg): Sm 1.78, Gd 22.94, Dy 187.41, Ho 68.67; Tm and Pm have none.
 * China-origin content = grams / 1000 × price × share; controlledContentPct = content / unit value × 100.
 */
type Case = {
  label: string;
  input: ScenarioInput;
  part: BomPart;
  status: Status;
  drivers: ElementSymbol[];
  pct: number | null;
  threshold: number | null;
  reason: string | RegExp;
};

const DY_MAGNET = part({ description: "Dy NdFeB magnet", unitValueUsd: 90, elements: [el("Nd", 326.25), el("Pr", 108.75), el("Dy", 45)] });
const SMCO = part({ form: "smco_magnet", madeIn: "abroad", endUse: "dual", unitValueUsd: 50, elements: [el("Sm", 25, 1)] });
const GD_TARGET = part({ form: "sputtering_target", madeIn: "abroad", endUse: "advanced_semiconductor", unitValueUsd: 600, elements: [el("Gd", 216.161, 0.9)] });
const TERFENOL = part({ form: "alloy", endUse: "military", unitValueUsd: 600, elements: [el("Tb", 35.5), el("Dy", 84.7)] });
const CERIA = part({ form: "oxide_compound", unitValueUsd: 120, elements: [el("Ce", 326)] });

const cases: Case[] = [
  // ---- April 2025: Ann. 18 elements, direct route only ----
  {
    label: "a Dy NdFeB magnet bought from China for civil use needs a licence",
    input: APR, part: DY_MAGNET, status: "license", drivers: ["Dy"], pct: null, threshold: null,
    reason: "Dy in an NdFeB magnet bought from China: Ann. 18 form (traded as itself, so no FAQ exclusion applies); export licence required.",
  },
  {
    label: "the same magnet made abroad is free: the 0.1 % rule is not in force",
    input: APR, part: { ...DY_MAGNET, madeIn: "abroad" }, status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: made abroad and the 0.1 % rule is not in force in this scenario.",
  },
  {
    label: "a military Tb-Dy alloy bought from China is denied",
    input: APR, part: TERFENOL, status: "denied", drivers: ["Tb", "Dy"], pct: null, threshold: null,
    reason: "Tb, Dy in an alloy bought from China: Ann. 18 form (traded as itself, so no FAQ exclusion applies); military end use: denied.",
  },
  {
    label: "ceria is free: Ce is not controlled",
    input: APR, part: CERIA, status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: holds no controlled element (Ce is not controlled in this scenario).",
  },
  {
    label: "an advanced-node target bought from China needs a licence where the rule is licence",
    input: APR, part: { ...GD_TARGET, madeIn: "china" }, status: "license", drivers: ["Gd"], pct: null, threshold: null,
    reason: /^Gd in a sputtering target bought from China: Ann\. 18 form .*; export licence required\.$/,
  },
  {
    label: "Dy in an 'other' form is not caught: that form is listed for Er, Tm and Ho only",
    input: APR, part: part({ form: "other", elements: [el("Dy", 5)] }), status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: bought from China, but a crystal, ceramic or functional material is not a listed form for Dy.",
  },
  {
    label: "0 g of a controlled element is no content",
    input: APR, part: part({ elements: [el("Nd", 300), el("Dy", 0)] }), status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: holds no controlled element (Nd is not controlled in this scenario).",
  },

  // ---- Breakdown: Ann. 57 elements too, and the 0.1 % rule for parts made abroad ----
  {
    // 25 g Sm × US$1.78/kg × 100 % China origin = 0.025 × 1.78 = US$0.0445; ÷ US$50 = 0.089 % < 0.1 %.
    label: "a US$50 SmCo magnet made abroad with 25 g of Chinese Sm is under the threshold",
    input: BREAKDOWN, part: SMCO, status: "free", drivers: [], pct: 0.089, threshold: 0.1,
    reason: "Free: made abroad; China-origin Sm content 0.089 % of value, below the 0.1 % threshold (Ann. 61 annex reading).",
  },
  {
    // The same US$0.0445 of Sm in a US$40 magnet: 0.0445 / 40 = 0.11125 % ≥ 0.1 % → caught; dual use → licence.
    label: "the same magnet at US$40 crosses it",
    input: BREAKDOWN, part: { ...SMCO, unitValueUsd: 40 }, status: "license", drivers: ["Sm"], pct: 0.11125, threshold: 0.1,
    reason: "Made abroad: China-origin Sm content 0.11 % of value ≥ 0.1 % threshold (Ann. 61 annex reading): export licence required.",
  },
  {
    // A lower threshold catches the US$50 magnet: 0.089 % ≥ 0.05 %.
    label: "a threshold of 0.05 % catches the US$50 magnet",
    input: { ...BREAKDOWN, thresholdPct: 0.05 }, part: SMCO, status: "license", drivers: ["Sm"], pct: 0.089, threshold: 0.05,
    reason: /content 0\.089 % of value ≥ 0\.05 % threshold/,
  },
  {
    // 216.161 g Gd × US$22.94/kg × 90 % = 0.216161 × 22.94 × 0.9 = US$4.46286; ÷ US$600 = 0.74381 % ≥ 0.1 %.
    label: "a Gd target made abroad for an advanced node is case-by-case",
    input: BREAKDOWN, part: GD_TARGET, status: "case-by-case", drivers: ["Gd"], pct: 0.7438100010000001, threshold: 0.1,
    reason: "Made abroad: China-origin Gd content 0.74 % of value ≥ 0.1 % threshold (Ann. 61 annex reading): advanced-node semiconductor end use: case-by-case review.",
  },
  {
    // 84.7 g Dy × 187.41 × 1 = US$15.87; Tb adds 35.5 g × 844.76 = US$29.99: far above 0.1 % of US$600 in any case.
    label: "a military magnet made abroad from Chinese Dy is denied",
    input: BREAKDOWN, part: { ...TERFENOL, form: "ndfeb_magnet", madeIn: "abroad" }, status: "denied", drivers: ["Tb", "Dy"],
    pct: ((0.0355 * 844.76 + 0.0847 * 187.41) / 600) * 100, threshold: 0.1, reason: /military end use: denied\.$/,
  },
  {
    label: "an alloy made abroad is outside the annex reading: only magnets and targets",
    input: BREAKDOWN, part: { ...TERFENOL, madeIn: "abroad", endUse: "civil" }, status: "free", drivers: [], pct: null, threshold: 0.1,
    reason: "Free: made abroad; under the Ann. 61 annex reading the 0.1 % rule covers magnets and sputtering targets, not an alloy.",
  },
  {
    label: "China-origin share 0 is no China-origin content",
    input: BREAKDOWN, part: { ...SMCO, elements: [el("Sm", 25, 0)] }, status: "free", drivers: [], pct: 0, threshold: 0.1,
    reason: "Free: made abroad with no China-origin Sm (share 0).",
  },
  {
    label: "Ho is controlled but not a Part-1 element in the annex reading",
    input: BREAKDOWN, part: part({ madeIn: "abroad", elements: [el("Nd", 200), el("Ho", 5)] }), status: "free", drivers: [], pct: null, threshold: 0.1,
    reason: "Free: made abroad; Ho is not among the rule's Part-1 elements (Ann. 61 annex reading).",
  },
  {
    label: "ceria made abroad holds nothing controlled",
    input: BREAKDOWN, part: { ...CERIA, madeIn: "abroad", form: "sputtering_target" }, status: "free", drivers: [], pct: null, threshold: 0.1,
    reason: "Free: made abroad; holds no controlled element (Ce is not controlled in this scenario).",
  },
  {
    label: "an advanced-node part bought from China is case-by-case where the scenario says so",
    input: BREAKDOWN, part: { ...GD_TARGET, madeIn: "china" }, status: "case-by-case", drivers: ["Gd"], pct: null, threshold: null,
    reason: /advanced-node semiconductor end use: case-by-case review\.$/,
  },
  {
    label: "Ho in an 'other' form bought from China: an Ann. 57 form",
    input: BREAKDOWN, part: part({ form: "other", elements: [el("Ho", 3)] }), status: "license", drivers: ["Ho"], pct: null, threshold: null,
    reason: /^Ho in a crystal, ceramic or functional material bought from China: Ann\. 57 form/,
  },

  // ---- Broad reading: any form, every controlled element ----
  {
    // 5 g Ho × US$68.67/kg = US$0.34335; ÷ US$100 = 0.34335 % ≥ 0.1 %.
    label: "broad: Ho counts, measured against the part's value",
    input: { ...BREAKDOWN, reading: "broad" }, part: part({ madeIn: "abroad", elements: [el("Nd", 200), el("Ho", 5)] }),
    status: "license", drivers: ["Ho"], pct: 0.34335, threshold: 0.1,
    reason: "Made abroad: China-origin Ho content 0.34 % of value ≥ 0.1 % threshold (Ann. 61 broad reading): export licence required.",
  },
  {
    // 10 g Dy × US$187.41/kg × 50 % = US$0.93705; ÷ US$100 = 0.93705 %.
    label: "broad: an alloy made abroad is caught too",
    input: { ...BREAKDOWN, reading: "broad" }, part: part({ form: "alloy", madeIn: "abroad", elements: [el("Dy", 10, 0.5)] }),
    status: "license", drivers: ["Dy"], pct: 0.93705, threshold: 0.1, reason: /content 0\.94 % of value/,
  },
  {
    label: "broad: a missing price (Tm) makes the test undecidable, treated as met",
    input: { ...BREAKDOWN, reading: "broad" }, part: part({ form: "other", madeIn: "abroad", elements: [el("Tm", 0.001)] }),
    status: "license", drivers: ["Tm"], pct: null, threshold: 0.1,
    reason: "Made abroad: no reference price for Tm, so the 0.1 % test on China-origin Tm content cannot be decided and is treated as met (Ann. 61 broad reading): export licence required.",
  },

  // ---- Overrides and other presets ----
  {
    label: "the 0.1 % rule switched off frees parts made abroad",
    input: { ...BREAKDOWN, extraterritorial: false }, part: GD_TARGET, status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: made abroad and the 0.1 % rule is not in force in this scenario.",
  },
  {
    label: "no element controlled",
    input: { ...APR, controlled: [] }, part: DY_MAGNET, status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: no element is controlled in this scenario.",
  },
  {
    label: "an element the user controls that no measure lists is caught in an 'any element' form",
    input: { ...APR, controlled: ["Ce"] }, part: CERIA, status: "license", drivers: ["Ce"], pct: null, threshold: null,
    reason: /^Ce in an oxide or compound bought from China: a listed form /,
  },
  {
    label: "a civil magnet passes under the general licence, though caught",
    input: ROLLBACK, part: DY_MAGNET, status: "free", drivers: ["Dy"], pct: null, threshold: null,
    reason: /bought from China: Ann\. 18 form .*; civil end use passes under a general licence\.$/,
  },
  {
    label: "military use is still denied under the general licence",
    input: ROLLBACK, part: TERFENOL, status: "denied", drivers: ["Tb", "Dy"], pct: null, threshold: null, reason: /military end use: denied\.$/,
  },
];

describe("determineParts", () => {
  it.each(cases)("$label", (c) => {
    const r = judge(c.input, c.part);
    expect(r.status).toBe(c.status);
    expect(r.drivers).toEqual(c.drivers);
    if (c.pct === null) expect(r.controlledContentPct).toBeNull();
    else expect(r.controlledContentPct).toBeCloseTo(c.pct, 10);
    expect(r.thresholdPct).toBe(c.threshold);
    if (typeof c.reason === "string") expect(r.reason).toBe(c.reason);
    else expect(r.reason).toMatch(c.reason);
  });

  it("carries the part through and says when it is incomplete", () => {
    const p = part({ partId: "M-7", description: "<b>magnet</b>", elements: [el("Dy", 45)], rows: [2, 5], incomplete: true, errorRows: [3, 4] });
    const r = judge(APR, p);
    expect(r).toMatchObject({
      partId: "M-7", description: "<b>magnet</b>", unitValueUsd: 100, madeIn: "china", endUse: "civil", form: "ndfeb_magnet",
      elements: [{ symbol: "Dy", grams: 45, chinaOriginShare: 1 }], route: "direct", incomplete: true, errorRows: [3, 4], rows: [2, 5],
    });
    expect(r.reason).toMatch(/ Incomplete: rows 3, 4 rejected\.$/);
  });

  it("names the route that caught the part", () => {
    expect(judge(APR, DY_MAGNET).route).toBe("direct");
    expect(judge(BREAKDOWN, GD_TARGET).route).toBe("extraterritorial");
    expect(judge(BREAKDOWN, SMCO).route).toBeNull();
  });

  it("lists drivers in atomic-number order whatever the row order", () => {
    const p = part({ elements: [el("Dy", 1), el("Sc", 1), el("Tb", 1), el("Sm", 1), el("Y", 1)] });
    // Sc 21, Y 39, Sm 62, Tb 65, Dy 66.
    expect(judge(APR, p).drivers).toEqual(["Sc", "Y", "Sm", "Tb", "Dy"]);
  });

  it("ignores the China-share what-if: prices and the part's own shares decide", () => {
    const base = judge(BREAKDOWN, GD_TARGET);
    const what = judge({ ...BREAKDOWN, chinaShare: { Gd: 0 } }, GD_TARGET);
    expect(what.controlledContentPct).toBe(base.controlledContentPct);
    expect(what.status).toBe(base.status);
  });

  it("shares one context across parts", () => {
    const ctx = createBomContext(dataset, resolveScenario(dataset, BREAKDOWN, TODAY));
    expect(determinePart(SMCO, ctx)).toEqual(judge(BREAKDOWN, SMCO));
  });
});

describe("formatContentPct", () => {
  it.each([
    [0, "0 %"],
    [0.089, "0.089 %"],
    [0.11125, "0.11 %"],
    [0.74381, "0.74 %"],
    [3.24, "3.2 %"],
    [42, "42 %"],
    [250.4, "250 %"],
  ])("%d → %s", (pct, text) => expect(formatContentPct(pct)).toBe(text));
});

describe("determineParts: controlling one more element never lowers a part's status", () => {
  const elementArb = fc.record({
    symbol: fc.constantFrom(...ELEMENT_SYMBOLS),
    grams: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 2000, noNaN: true })),
    chinaOriginShare: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  });
  const partArb = fc.record({
    form: fc.constantFrom(...BOM_FORMS),
    endUse: fc.constantFrom(...BOM_END_USES),
    madeIn: fc.constantFrom(...BOM_MADE_IN),
    unitValueUsd: fc.double({ min: 0.01, max: 1e6, noNaN: true }),
    elements: fc.uniqueArray(elementArb, { selector: (e) => e.symbol, minLength: 1, maxLength: 5 }),
  });
  const scenarioArb = fc.record({
    regime: fc.constantFrom(...dataset.regimes.regimes.map((r) => r.id)),
    reading: fc.constantFrom("annex" as const, "broad" as const),
    extraterritorial: fc.boolean(),
    thresholdPct: fc.integer({ min: 0, max: 2000 }).map((n) => n / 1000),
    controlled: fc.subarray([...ELEMENT_SYMBOLS]),
  });

  it("holds for random parts and scenarios", () => {
    fc.assert(
      fc.property(partArb, scenarioArb, fc.constantFrom(...ELEMENT_SYMBOLS), (p, s, extra) => {
        const bomPart = part(p);
        const before = judge(s, bomPart);
        const after = judge({ ...s, controlled: [...s.controlled, extra] }, bomPart);
        expect(compareStatus(after.status, before.status)).toBeGreaterThanOrEqual(0);
        // A driver stays a driver.
        for (const d of before.drivers) expect(after.drivers).toContain(d);
      }),
      { numRuns: 300 },
    );
  });
});
