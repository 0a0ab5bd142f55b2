import { describe, expect, it } from "vitest";
import { computeExposure } from "../engine/compute-exposure";
import type { ExposureResult } from "../engine/exposure-types";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { makeHandDataset } from "../engine/test-fixture";
import { type Comparison, compareResults } from "./compare-results";

// The hand dataset (lib/engine/test-fixture.ts; its figures are worked in compute-exposure.test.ts), evaluated on
// 2 Dec 2026, after Ann. 70's suspension was scheduled to end.
const dataset = makeHandDataset();
const run = (input: ScenarioInput): ExposureResult => computeExposure(dataset, resolveScenario(dataset, input, "2026-12-02"));
const compare = (a: ScenarioInput, b: ScenarioInput) => compareResults(run(a), run(b));
const sector = (c: Comparison, id: string) => c.sectors.find((s) => s.id === id) ?? (() => { throw new Error(id); })();
const product = (c: Comparison, id: string) => c.products.find((p) => p.id === id) ?? (() => { throw new Error(id); })();

describe("compareResults: April 2025 (A) against October 2025 as announced (B)", () => {
  const c = compare({ regime: "apr-2025" }, { regime: "oct-2025" });

  it("names what changed in the scenario: Ann. 57's five elements, the 0.1 % rule, advanced-node chips, the date, customs holds", () => {
    expect(c.diff.elementsAdded).toEqual(["Eu", "Ho", "Er", "Tm", "Yb"]);
    expect(c.diff.elementsRemoved).toEqual([]);
    expect(c.diff.changes.map((x) => x.setting)).toEqual(["regime", "asOf", "elements", "extraterritorial", "advanced", "contentChecks"]);
    // On 1 June 2025 customs held all NdFeB while Tb and Dy magnets needed licences; by December no longer.
    expect(c.diff.changes.at(-1)).toMatchObject({ a: "all NdFeB held while Tb, Dy-bearing NdFeB is licensed", b: "none" });
    expect(c.diff.changes.find((x) => x.setting === "advanced")).toMatchObject({ label: "Advanced-node chips", a: "licence", b: "case-by-case" });
  });

  it.each([
    // p7, Er fibre made outside China from China-origin Er (0.99): Er is controlled only from Ann. 57.
    ["p7", "free", "license", "worse", ["Er"], "Er controlled in B, not in A"],
    // p8, an advanced node with a Y coating: licensed in April; case-by-case under Ann. 61.
    ["p8", "license", "case-by-case", "worse", [], "Advanced-node chips: licence → case-by-case"],
    // p9, magnets only inside a motor from China (FAQ IV): held at customs for content checks from April to June 2025
    // (a licence-like delay), free by December.
    ["p9", "license", "free", "better", [], "Customs content checks on NdFeB: all NdFeB held while Tb, Dy-bearing NdFeB is licensed → none"],
  ] as const)("%s: %s → %s (%s), because %j / %s", (id, from, to, direction, added, reason) => {
    const p = product(c, id);
    expect(p.a.status).toEqual({ low: from, high: from });
    expect(p.b.status).toEqual({ low: to, high: to });
    expect(p.direction).toBe(direction);
    expect(p.driversAdded).toEqual(added);
    expect(p.why).toContain(reason);
  });

  it("lists only the products whose status moves, worse first", () => {
    // p1–p6 keep theirs: 9 products, 3 change.
    expect(c.products.map((p) => p.id)).toEqual(["p8", "p7", "p9"]);
    expect(c.unchangedProducts).toBe(6);
  });

  it.each([
    // telecom: p7 alone, 100 × US$3,000 = 300,000; 0 → 0.99 depends; at risk 0.99 × 300,000 × 75 % = 222,750.
    ["telecom", 0, 0.99, 0, 222_750, "up"],
    // aerospace: p9, 1,000 × US$50 = 50,000, held in full in April (1.0, at risk 37,500), free in December.
    ["aerospace", 1, 0, 37_500, 0, "down"],
    // industrial: p1 0.99 in April (its motor route held too: 1 − 0.1 × 0.1) → 0.97; (99,000 + 9,000 + 9,900) / 140,000
    // = 0.842143 → (97,000 + 18,900) / 140,000 = 0.827857; at risk 74,250 + 18,900 = 93,150 → 72,750 + 18,900 = 91,650.
    ["industrial", 117_900 / 140_000, 115_900 / 140_000, 93_150, 91_650, "down"],
    // semiconductors: p8 0.95 in both; only its status moves (licence → case-by-case, both weighed at 75 %).
    ["semiconductors", 0.95, 0.95, 71_250, 71_250, "none"],
  ] as const)("sector %s: exposure %d → %d, value at risk %d → %d (%s)", (id, ea, eb, va, vb, direction) => {
    const s = sector(c, id);
    expect(s.a.exposure.high).toBeCloseTo(ea, 12);
    expect(s.b.exposure.high).toBeCloseTo(eb, 12);
    expect(s.exposureChange.low).toBeCloseTo(eb - ea, 12);
    expect(s.exposureChange.high).toBeCloseTo(eb - ea, 12);
    expect(s.a.valueAtRiskUsd?.high).toBeCloseTo(va, 6);
    expect(s.b.valueAtRiskUsd?.high).toBeCloseTo(vb, 6);
    expect(s.valueAtRiskChange?.high).toBeCloseTo(vb - va, 6);
    expect(s.direction).toBe(direction);
  });

  it("draws each side's bar as the dashboard does: semiconductors move from licence to case-by-case", () => {
    const s = sector(c, "semiconductors");
    expect(s.a.bar).toEqual({ license: 95, caseByCase: 0, denied: 0, low: 95, high: 95 });
    expect(s.b.bar).toEqual({ license: 0, caseByCase: 95, denied: 0, low: 95, high: 95 });
  });

  it("puts the largest change first, sectors weighed by count last", () => {
    // aerospace −100 pts, telecom +99, industrial −1.4; medical (no volumes) is weighed by count.
    expect(c.sectors.slice(0, 3).map((s) => s.id)).toEqual(["aerospace", "telecom", "industrial"]);
    expect(c.sectors.at(-1)?.a.basis).toBe("count");
  });

  it("totals the value at risk and says it in one sentence", () => {
    // A: 37,500 + 93,150 + 71,250 = 201,900; B: 222,750 + 91,650 + 71,250 = 385,650; +183,750.
    expect(c.totals.valueAtRiskUsd.a.high).toBeCloseTo(201_900, 6);
    expect(c.totals.valueAtRiskUsd.b.high).toBeCloseTo(385_650, 6);
    expect(c.totals.valueAtRiskUsd.change.high).toBeCloseTo(183_750, 6);
    expect(c.headline).toBe(
      "From A to B: 3 products change status (2 worse, 1 better); exposure rises in 1 sector and falls in 2 sectors; " +
        "largest change: Aerospace (civil/dual), \u2212100 pts; value at risk $202K → $386K a year (+$184K).",
    );
  });
});

describe("compareResults: other changes, hand-worked", () => {
  it("the buyer's country: a Dy-bearing military product sold elsewhere needs a licence, not a denial", () => {
    const c = compare({ regime: "apr-2025" }, { regime: "apr-2025", destination: "other" });
    expect(c.products.map((p) => [p.id, p.a.status.high, p.b.status.high, p.direction])).toEqual([["p6", "denied", "license", "better"]]);
    expect(product(c, "p6").why).toEqual([
      "Buyer's country: United States → elsewhere (EU, India, Korea, …)",
      "Military end use: denied (MOFCOM Announcement No. 46 (2024)) → licence",
    ]);
    // p6 9,900 now weighed by friction: 9,900 × 75 % = 7,425; industrial 93,150 − 9,900 + 7,425 = 90,675. Exposure is
    // the same (denied and licensed alike depend on the input).
    const s = sector(c, "industrial");
    expect(s.valueAtRiskChange?.high).toBeCloseTo(-2_475, 6);
    expect(s.direction).toBe("none");
  });

  it("a range against one outcome: the change is taken end by end (low with low, high with high)", () => {
    // A: as of today, the record silent on Ann. 70's end: low = extended (April rules), high = lapsed (October's).
    // B: the same, assuming it lapsed: both ends are October's.
    const c = compare({ regime: "as-of-today" }, { regime: "as-of-today", outcome: "lapsed" });
    const telecom = sector(c, "telecom");
    expect(telecom.a.exposure).toEqual({ low: 0, high: 0.99 });
    expect(telecom.b.exposure.low).toBeCloseTo(0.99, 12);
    expect(telecom.exposureChange.low).toBeCloseTo(0.99, 12);
    expect(telecom.exposureChange.high).toBeCloseTo(0, 12);
    expect(telecom.direction).toBe("up");
    expect(telecom.a.bar).toMatchObject({ low: 0, high: 99 });
    // p7 free–licence → licence; p8 licence–case-by-case → case-by-case: worse at the low end, the same at the high.
    expect(product(c, "p7")).toMatchObject({ a: { status: { low: "free", high: "license" } }, b: { status: { low: "license", high: "license" } }, direction: "worse" });
    expect(product(c, "p8").direction).toBe("worse");
    // Er is controlled in some outcome of both (no element added); what moves p7 is the outcome A leaves open. The 0.1 %
    // rule does not bear on it: its fibre is caught through the export licence of China-origin Er, not by the test.
    expect(product(c, "p7").why).toEqual(["Outcome: not on record: a range, low = suspension extended, high = lapsed → not on record; this view assumes the suspension lapsed"]);
  });

  it("the same scenario twice: nothing changes, and the headline says so", () => {
    const c = compare({ regime: "breakdown" }, { regime: "breakdown" });
    expect(c.diff.changes).toEqual([]);
    expect(c.products).toEqual([]);
    expect(c.sectors.every((s) => s.direction === "none")).toBe(true);
    expect(c.headline).toBe("From A to B nothing changes: every product keeps its status and every sector its exposure.");
  });

  it("B with elements removed: a product loses its driver and its status falls", () => {
    // April's list without Y: p8's only input is Y, so it becomes free (p1 keeps a licence through Dy).
    const c = compare({ regime: "apr-2025" }, { regime: "apr-2025", controlled: ["Sc", "Sm", "Gd", "Tb", "Dy", "Lu"] });
    expect(c.diff.elementsRemoved).toEqual(["Y"]);
    const p8 = product(c, "p8");
    expect([p8.a.status.high, p8.b.status.high, p8.direction]).toEqual(["license", "free", "better"]);
    expect(p8.driversRemoved).toEqual(["Y"]);
    expect(p8.why[0]).toBe("Y controlled in A, not in B");
  });
});
