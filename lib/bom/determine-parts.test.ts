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
const TODAY = "2026-12-02";

const APR: ScenarioInput = { regime: "apr-2025" };
/** Oct-2025 measures with suspensions ignored: Ann. 18 + Ann. 57 elements, 0.1 % rule on, military denied, advanced node case-by-case. */
const BREAKDOWN: ScenarioInput = { regime: "breakdown" };
/** Apr-2025 elements; general licences for civil use (friction 0). */
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
 * Element prices: the oxide price in data/elements.json ÷ the element's mass fraction in its oxide (US$/kg):
 * Sm 1.78 / 0.8624 = 2.064007; Gd 22.94 / 0.8676 = 26.440756; Tb 844.76 / 0.8502 = 993.601506;
 * Dy 187.41 / 0.8713 = 215.092391; Ho 68.67 / 0.8730 = 78.659794; Tm and Pm have no price.
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
const SMCO = part({ description: "SmCo magnet", form: "smco_magnet", madeIn: "abroad", endUse: "dual", unitValueUsd: 60, elements: [el("Sm", 25, 1)] });
const GD_TARGET = part({ description: "Gd target", form: "sputtering_target", madeIn: "abroad", endUse: "advanced_semiconductor", unitValueUsd: 600, elements: [el("Gd", 216.161, 0.9)] });
const TERFENOL = part({ description: "Terfenol-D rod", form: "alloy", endUse: "military", unitValueUsd: 600, elements: [el("Tb", 35.5), el("Dy", 84.7)] });
const CERIA = part({ description: "ceria powder", form: "oxide_compound", unitValueUsd: 120, elements: [el("Ce", 326)] });
const N_GRADE = part({ description: "N42 magnet", elements: [el("Nd", 300), el("Dy", 0)] });

const cases: Case[] = [
  // ---- April 2025 (1 Jun 2025): Ann. 18 elements, bought from China; customs holds on NdFeB ----
  {
    label: "a Dy NdFeB magnet bought from China for civil use needs a licence",
    input: APR, part: DY_MAGNET, status: "license", drivers: ["Dy"], pct: null, threshold: null,
    reason: "Dy in Dy NdFeB magnet (ndfeb magnet) bought from China: export licence required.",
  },
  {
    label: "the same magnet made abroad is free: the 0.1 % rule is not in force",
    input: APR, part: { ...DY_MAGNET, madeIn: "abroad" }, status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: Dy NdFeB magnet made outside China: the 0.1 % rule is not in force.",
  },
  {
    label: "a military Tb-Dy alloy bought from China is denied (US buyer)",
    input: APR, part: TERFENOL, status: "denied", drivers: ["Tb", "Dy"], pct: null, threshold: null,
    reason: /^Tb, Dy in Terfenol-D rod \(alloy\) bought from China: military end use: denied \(MOFCOM Announcement No\. 46/,
  },
  {
    label: "the same alloy for a military buyer elsewhere needs a licence",
    input: { ...APR, destination: "other" }, part: TERFENOL, status: "license", drivers: ["Tb", "Dy"], pct: null, threshold: null,
    reason: /: export licence required\.$/,
  },
  {
    label: "ceria is free: Ce is not controlled",
    input: APR, part: CERIA, status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: ceria powder holds no controlled element.",
  },
  {
    label: "an advanced-node target bought from China needs a licence without Ann. 61",
    input: APR, part: { ...GD_TARGET, madeIn: "china" }, status: "license", drivers: ["Gd"], pct: null, threshold: null,
    reason: "Gd in Gd target (sputtering target) bought from China: export licence required.",
  },
  {
    label: "Dy in an 'other' form is not caught: that form is listed for Er, Tm and Ho only",
    input: APR, part: part({ description: "crystal", form: "other", elements: [el("Dy", 5)] }), status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: Dy in crystal: a crystal, ceramic or functional material is not a listed form for Dy.",
  },
  {
    label: "a Dy-free magnet bought from China in June 2025 is held for content checks",
    input: APR, part: N_GRADE, status: "license", drivers: ["Tb", "Dy"], pct: null, threshold: null,
    reason: /^N42 magnet: NdFeB held at China's customs for content checks .*: held for customs content checks \(a licence-like delay\)\.$/,
  },
  {
    label: "the same magnet after the holds is free",
    input: { asOf: "2025-08-01" }, part: N_GRADE, status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: N42 magnet holds no controlled element.",
  },

  // ---- Breakdown: Ann. 57 elements too, and the 0.1 % rule for parts made abroad ----
  {
    // 25 g Sm × 2.064007 × 100 % = US$0.0516002; ÷ US$60 = 0.086000 % < 0.1 %
    label: "a US$60 SmCo magnet made abroad with 25 g of Chinese Sm is under the threshold",
    input: BREAKDOWN, part: SMCO, status: "free", drivers: [], pct: (0.025 * 1.78) / 0.8624 / 60 * 100, threshold: 0.1,
    reason: "Free: SmCo magnet made outside China: China-origin Sm content 0.086 % of its value, below the 0.1 % threshold.",
  },
  {
    // the same US$0.0516002 in a US$50 magnet: 0.1032 % ≥ 0.1 % → caught; dual use → licence
    label: "the same magnet at US$50 crosses it",
    input: BREAKDOWN, part: { ...SMCO, unitValueUsd: 50 }, status: "license", drivers: ["Sm"], pct: (0.025 * 1.78) / 0.8624 / 50 * 100, threshold: 0.1,
    reason: "SmCo magnet made outside China: China-origin Sm content 0.1 % of its value, at or above the 0.1 % threshold (Ann. 61, annex reading): export licence required.",
  },
  {
    label: "a threshold of 0.05 % catches the US$60 magnet",
    input: { ...BREAKDOWN, thresholdPct: 0.05 }, part: SMCO, status: "license", drivers: ["Sm"], pct: (0.025 * 1.78) / 0.8624 / 60 * 100, threshold: 0.05,
    reason: /content 0\.086 % of its value, at or above the 0\.05 % threshold/,
  },
  {
    // 216.161 g Gd × 26.440756 × 90 % = US$5.143925; ÷ US$600 = 0.857321 %
    label: "a Gd target made abroad for an advanced node is case-by-case",
    input: BREAKDOWN, part: GD_TARGET, status: "case-by-case", drivers: ["Gd"], pct: (0.216161 * (22.94 / 0.8676) * 0.9) / 600 * 100, threshold: 0.1,
    reason: /0\.86 % of its value, at or above the 0\.1 % threshold \(Ann\. 61, annex reading\): advanced-node semiconductor end use: case-by-case review \(Ann\. 61\)\.$/,
  },
  {
    // Tb 35.5 g × 993.601506 + Dy 84.7 g × 215.092391 = 35.272853 + 18.218325 = US$53.491178 of US$600
    label: "a military magnet made abroad from Chinese Tb and Dy is denied",
    input: BREAKDOWN, part: { ...TERFENOL, form: "ndfeb_magnet", madeIn: "abroad" }, status: "denied", drivers: ["Tb", "Dy"],
    pct: ((0.0355 * 844.76) / 0.8502 + (0.0847 * 187.41) / 0.8713) / 600 * 100, threshold: 0.1, reason: /military end use: denied/,
  },
  {
    label: "an alloy made abroad is outside the annex reading: only magnets and targets",
    input: BREAKDOWN, part: { ...TERFENOL, madeIn: "abroad", endUse: "civil" }, status: "free", drivers: [], pct: null, threshold: 0.1,
    reason: "Free: Terfenol-D rod made outside China: under the annex reading the 0.1 % rule covers magnets and sputtering targets, not an alloy.",
  },
  {
    label: "China-origin share 0 is no China-origin content",
    input: BREAKDOWN, part: { ...SMCO, elements: [el("Sm", 25, 0)] }, status: "free", drivers: [], pct: null, threshold: 0.1,
    reason: "Free: SmCo magnet made outside China holds no China-origin Part 1 element.",
  },
  {
    label: "Ho is controlled but not a Part-1 element in the annex reading",
    input: BREAKDOWN, part: part({ description: "Ho magnet", madeIn: "abroad", elements: [el("Nd", 200), el("Ho", 5)] }), status: "free", drivers: [], pct: null, threshold: 0.1,
    reason: "Free: Ho magnet made outside China holds no China-origin Part 1 element.",
  },
  {
    label: "an advanced-node part bought from China is case-by-case where Ann. 61 is in force",
    input: BREAKDOWN, part: { ...GD_TARGET, madeIn: "china" }, status: "case-by-case", drivers: ["Gd"], pct: null, threshold: null,
    reason: /advanced-node semiconductor end use: case-by-case review \(Ann\. 61\)\.$/,
  },
  {
    label: "Ho in an 'other' form bought from China: an Ann. 57 form",
    input: BREAKDOWN, part: part({ description: "Ho crystal", form: "other", elements: [el("Ho", 3)] }), status: "license", drivers: ["Ho"], pct: null, threshold: null,
    reason: "Ho in Ho crystal (crystal, ceramic or functional material) bought from China: export licence required.",
  },

  // ---- Broad reading: any form, every controlled element ----
  {
    // 5 g Ho × 78.659794 = US$0.393299; ÷ US$100 = 0.393299 %
    label: "broad: Ho counts, measured against the part's value",
    input: { ...BREAKDOWN, reading: "broad" }, part: part({ description: "Ho magnet", madeIn: "abroad", elements: [el("Nd", 200), el("Ho", 5)] }),
    status: "license", drivers: ["Ho"], pct: (0.005 * 68.67) / 0.873 / 100 * 100, threshold: 0.1, reason: /content 0\.39 % of its value/,
  },
  {
    // 10 g Dy × 215.092391 × 50 % = US$1.075462; ÷ US$100 = 1.075462 %
    label: "broad: an alloy made abroad is caught too",
    input: { ...BREAKDOWN, reading: "broad" }, part: part({ form: "alloy", madeIn: "abroad", elements: [el("Dy", 10, 0.5)] }),
    status: "license", drivers: ["Dy"], pct: (0.01 * 187.41) / 0.8713 * 0.5, threshold: 0.1, reason: /content 1\.1 % of its value/,
  },
  {
    label: "broad: a missing price (Tm) makes the test undecidable, treated as met",
    input: { ...BREAKDOWN, reading: "broad" }, part: part({ description: "Tm crystal", form: "other", madeIn: "abroad", elements: [el("Tm", 0.001)] }),
    status: "license", drivers: ["Tm"], pct: null, threshold: 0.1,
    reason: "Tm crystal made outside China: China-origin Tm content undecidable (a gram figure or a price is missing), at or above the 0.1 % threshold (Ann. 61, broad reading): export licence required.",
  },

  // ---- Overrides, other presets and open outcomes ----
  {
    label: "the 0.1 % rule switched off frees parts made abroad",
    input: { ...BREAKDOWN, extraterritorial: false }, part: GD_TARGET, status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: Gd target made outside China: the 0.1 % rule is not in force.",
  },
  {
    label: "no element controlled",
    input: { ...APR, controlled: [] }, part: DY_MAGNET, status: "free", drivers: [], pct: null, threshold: null,
    reason: "Free: Dy NdFeB magnet holds no controlled element.",
  },
  {
    label: "an element the user controls that no measure lists is caught in an 'any element' form",
    input: { ...APR, controlled: ["Ce"] }, part: CERIA, status: "license", drivers: ["Ce"], pct: null, threshold: null,
    reason: "Ce in ceria powder (oxide or compound) bought from China: export licence required.",
  },
  {
    label: "general licences (partial rollback) are licences: no friction, but still a licence",
    input: ROLLBACK, part: DY_MAGNET, status: "license", drivers: ["Dy"], pct: null, threshold: null, reason: /export licence required\.$/,
  },
  {
    label: "military use is still denied under partial rollback",
    input: ROLLBACK, part: TERFENOL, status: "denied", drivers: ["Tb", "Dy"], pct: null, threshold: null, reason: /military end use: denied/,
  },
  {
    label: "as of today, a part only the lapsed outcome catches is free to licence, and says both",
    input: { regime: "as-of-today" }, part: { ...SMCO, unitValueUsd: 50 }, status: "license", drivers: ["Sm"], pct: (0.025 * 1.78) / 0.8624 / 50 * 100, threshold: 0.1,
    reason: /^If the suspension was extended: Free: SmCo magnet made outside China: the 0\.1 % rule is not in force\. If it lapsed: SmCo magnet made outside China: China-origin Sm content/,
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

  it("gives both ends where the record leaves the outcome open", () => {
    const r = judge({ regime: "as-of-today" }, { ...SMCO, unitValueUsd: 50 });
    expect([r.statusLow, r.status]).toEqual(["free", "license"]);
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
    [0.857321, "0.86 %"],
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
      { numRuns: 150 },
    );
  });
});
