import { describe, expect, it } from "vitest";
import { computeExposure } from "./compute-exposure";
import type { ExposureResult } from "./exposure-types";
import { resolveScenario } from "./resolve-scenario";
import type { ScenarioInput } from "./scenario";
import { makeHandDataset } from "./test-fixture";

const dataset = makeHandDataset();

const TODAY = "2026-12-02";
const run = (input: ScenarioInput): ExposureResult => computeExposure(dataset, resolveScenario(dataset, input, TODAY));
const product = (r: ExposureResult, id: string) => {
  const p = r.products.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
const sector = (r: ExposureResult, id: string) => {
  const s = r.sectors.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};
const base: ScenarioInput = { asOf: "2025-08-01" };

describe("computeExposure: dependency lens, hand-worked", () => {
  const r = run(base);

  it.each([
    // p1: A = listed 0.5 (Dy) + made outside 0.2 (Dy); the motor route is FAQ IV-excluded → 0.7. B = 0.9 (Y).
    //     1 − (1 − 0.7)(1 − 0.9) = 1 − 0.03 = 0.97
    ["p1", 0.97, "license"],
    // p2: SmCo made outside China from China-origin Sm, 0.9; military use to the US: denied (Ann. 46 Art. 1)
    ["p2", 0.9, "denied"],
    // p4: Gd compound made outside China from China-origin Gd oxide: 0.9
    ["p4", 0.9, "license"],
    ["p5", 0, "free"],
    ["p6", 0.99, "denied"],
    // p7: Er not controlled before Ann. 57
    ["p7", 0, "free"],
    // p8: Y made outside China, 0.95; no Ann. 61, so an advanced node needs a licence
    ["p8", 0.95, "license"],
    // p9: only by a motor from China, FAQ IV: nothing caught
    ["p9", 0, "free"],
  ] as const)("%s: dependence %s, %s", (id, dependence, status) => {
    const p = product(r, id);
    expect(p.dependence.low).toBeCloseTo(dependence, 12);
    expect(p.dependence.high).toBeCloseTo(dependence, 12);
    expect(p.status).toEqual({ low: status, high: status });
  });

  it("an intermediate good answers the border lens and adds nothing to its sector", () => {
    const p3 = product(r, "p3");
    expect(p3.lens).toBe("border");
    expect(p3.status.high).toBe("license");
    expect(p3.counted).toBe(false);
    expect(p3.valueAtRiskUsd).toBeNull();
  });

  it("p1's value at risk: exposed value × friction", () => {
    const p1 = product(r, "p1");
    expect(p1.annualValueUsd).toBe(100_000); // 1,000 units × US$100
    expect(p1.exposedValueUsd?.high).toBeCloseTo(97_000, 6); // × 0.97
    expect(p1.valueAtRiskUsd?.high).toBeCloseTo(72_750, 6); // × 75 %
  });

  it("the industrial sector, value-weighted over its counted final goods", () => {
    const s = sector(r, "industrial");
    expect(s.basis).toBe("value");
    // counted: p1 100,000; p2 10,000; p5 20,000; p6 10,000 → 140,000 (p3 is an input, never added)
    expect(s.valueUsd).toBe(140_000);
    // exposed: 97,000 + 9,000 + 0 + 9,900 = 115,900 → 115,900 / 140,000 = 0.827857…
    expect(s.exposure.high).toBeCloseTo(115_900 / 140_000, 12);
    // licence: p1 97,000 / 140,000; denied: (9,000 + 9,900) / 140,000
    expect(s.byStatus.license.high).toBeCloseTo(97_000 / 140_000, 12);
    expect(s.byStatus.denied.high).toBeCloseTo(18_900 / 140_000, 12);
    expect(s.byStatus["case-by-case"].high).toBe(0);
    // at risk: 72,750 (licence × 75 %) + 9,000 + 9,900 (denied, in full) = 91,650
    expect(s.valueAtRiskUsd?.high).toBeCloseTo(91_650, 6);
    // by element: Y 0.9 × 100/140 = 0.642857; Dy (p1's A 0.7 × 100 + p6 0.99 × 10)/140 = 79.9/140 = 0.570714; Sm 0.9 × 10/140
    expect(s.byElement.Y?.high).toBeCloseTo(0.9 * 100 / 140, 12);
    expect(s.byElement.Dy?.high).toBeCloseTo(79.9 / 140, 12);
    expect(s.byElement.Sm?.high).toBeCloseTo(9 / 140, 12);
    expect(s.drivers).toEqual(["Y", "Dy", "Sm"]);
    expect(s.statusCounts.high).toEqual({ free: 1, license: 2, "case-by-case": 0, denied: 2 });
  });

  it("a sector without volumes is weighed by product count and says so", () => {
    const s = sector(r, "medical");
    expect(s.basis).toBe("count");
    expect(s.exposure.high).toBeCloseTo(0.9, 12);
    expect(s.valueUsd).toBeNull();
  });
});

describe("computeExposure: scenario parameters, hand-worked", () => {
  it("destination: a military buyer outside the US and Japan needs a licence for Dy, but samarium is not sold to any military", () => {
    const r = run({ ...base, destination: "other" });
    expect(product(r, "p6").status.high).toBe("license");
    expect(product(r, "p2").status.high).toBe("denied");
    // p6 now weighted by friction: 9,900 × 0.75 = 7,425; the industrial sector: 72,750 + 9,000 + 7,425 = 89,175
    expect(sector(r, "industrial").valueAtRiskUsd?.high).toBeCloseTo(89_175, 6);
  });

  it("Japan: military users denied from 6 Jan 2026 (Ann. 1 of 2026), not before", () => {
    expect(product(run({ asOf: "2026-02-01", destination: "jp" }), "p6").status.high).toBe("denied");
    expect(product(run({ asOf: "2025-12-01", destination: "jp" }), "p6").status.high).toBe("license");
  });

  it("exclusions set aside: the motor route is caught too", () => {
    // A = 0.5 + 0.2 + 0.2 = 0.9; 1 − 0.1 × 0.1 = 0.99
    expect(product(run({ ...base, exclusions: "ignore" }), "p1").dependence.high).toBeCloseTo(0.99, 12);
  });

  it("China-share what-if: Dy at 35 % scales the routes Dy catches", () => {
    const r = run({ ...base, chinaShare: { Dy: 0.35 } });
    // A's China share 0.9; factor 0.35 / 0.9; A = 0.7 × 0.388889 = 0.272222; B untouched 0.9
    // 1 − (1 − 0.272222)(0.1) = 0.927222
    expect(product(r, "p1").dependence.high).toBeCloseTo(1 - (1 - 0.7 * 0.35 / 0.9) * 0.1, 12);
    // F: 0.99 × 0.35 / 0.99 = 0.35
    expect(product(r, "p6").dependence.high).toBeCloseTo(0.35, 12);
  });

  it("a what-if above China's share changes nothing", () => {
    expect(product(run({ ...base, chinaShare: { Dy: 1, Y: 1 } }), "p1").dependence.high).toBeCloseTo(0.97, 12);
  });

  it("friction changes the value at risk, not the exposure", () => {
    const r = run({ ...base, frictionPct: 20 });
    expect(product(r, "p1").valueAtRiskUsd?.high).toBeCloseTo(97_000 * 0.2, 6);
    expect(product(r, "p1").dependence.high).toBeCloseTo(0.97, 12);
  });

  it("the border lens: what each item needs at China's border, by count of items", () => {
    const r = run({ ...base, lens: "border" });
    // industrial items: p1 machine (free), p2 machine (free), p3 loose magnets (licence), p5 (free), p6 (free)
    const s = sector(r, "industrial");
    expect(s.basis).toBe("items");
    expect(s.exposure.high).toBeCloseTo(1 / 5, 12);
    expect(s.valueAtRiskUsd).toBeNull();
  });
});

describe("computeExposure: what is not on record is a range", () => {
  const r = run({ regime: "as-of-today" });

  it("low = suspension extended, high = lapsed", () => {
    expect(r.scenario.outcome).toBe("range");
    // p7's Er: controlled only if Ann. 57 came back
    expect(product(r, "p7").dependence).toEqual({ low: 0, high: 0.99 });
    expect(product(r, "p7").status).toEqual({ low: "free", high: "license" });
    // telecom: 100 × 3,000 = 300,000; high at risk 300,000 × 0.99 × 0.75 = 222,750
    expect(sector(r, "telecom").valueAtRiskUsd).toEqual({ low: 0, high: expect.closeTo(222_750, 6) });
    // an advanced node: licence if extended, case-by-case under Ann. 61
    expect(product(r, "p8").status).toEqual({ low: "license", high: "case-by-case" });
    expect(product(r, "p7").reason).toMatch(/^If the suspension was extended: .*If it lapsed: /);
  });

  it("each end equals the single-outcome scenario", () => {
    const low = run({ regime: "as-of-today", outcome: "extended" });
    const high = run({ regime: "as-of-today", outcome: "lapsed" });
    for (const s of r.sectors) {
      expect(s.exposure.low).toBe(sector(low, s.id).exposure.high);
      expect(s.exposure.high).toBe(sector(high, s.id).exposure.low);
    }
  });
});

describe("computeExposure: the 0.1 % test under the broad reading", () => {
  it("catches a product whose China-origin content reaches the threshold of its value, and not below", () => {
    // p9: Dy 10 g × 215.0924 US$/kg = 2.1509 US$ of a US$50 product = 4.30 %
    expect(product(run({ regime: "breakdown" }), "p9").dependence.high).toBe(0);
    expect(product(run({ regime: "breakdown", reading: "broad" }), "p9").dependence.high).toBe(1);
    expect(product(run({ regime: "breakdown", reading: "broad", thresholdPct: 4.2 }), "p9").dependence.high).toBe(1);
    expect(product(run({ regime: "breakdown", reading: "broad", thresholdPct: 4.4 }), "p9").dependence.high).toBe(0);
    expect(product(run({ regime: "breakdown", reading: "broad" }), "p9").controlledContentPct?.high).toBeCloseTo(0.01 * (187.41 / 0.8713) / 50 * 100, 9);
  });
});
