/**
 * The five invariants of exposure-model.md section 5, as properties over random scenarios.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/common";
import { formatScenarioParams } from "../scenario/parse-scenario";
import { scenarioFromParams } from "../scenario/scenario-from-params";
import { computeExposure } from "./compute-exposure";
import type { ExposureResult } from "./exposure-types";
import { resolveScenario } from "./resolve-scenario";
import type { ExclusionMode, MilitaryRule, Reading, ScenarioInput } from "./scenario";
import { compareStatus, RESTRICTED_STATUSES } from "./status";

const dataset = getDataset();
const TODAY = "2026-11-25";
const EPS = 1e-12;
const NUM_RUNS = 150;

const compute = (input: ScenarioInput): ExposureResult => computeExposure(dataset, resolveScenario(dataset, input, TODAY));

// ---- arbitraries ----

const regimeIds = dataset.regimes.regimes.map((r) => r.id);
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 0, 1);
const LAST_DAY = Date.UTC(2027, 11, 31);
const dateArb = fc
  .integer({ min: 0, max: (LAST_DAY - FIRST_DAY) / DAY_MS })
  .map((d) => new Date(FIRST_DAY + d * DAY_MS).toISOString().slice(0, 10));

/** A preset, a date, or both. */
const baseArb: fc.Arbitrary<ScenarioInput> = fc.oneof(
  fc.constantFrom(...regimeIds).map((regime) => ({ regime })),
  dateArb.map((asOf) => ({ asOf })),
  fc.tuple(fc.constantFrom(...regimeIds), dateArb).map(([regime, asOf]) => ({ regime, asOf })),
);

const controlledArb = fc.subarray([...ELEMENT_SYMBOLS]);
/** 0..100 % in steps of 0.001: values that print without an exponent, so they survive a URL. */
const thresholdArb = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000);
/** Whole percents, which format and parse back to the same number. */
const chinaShareArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...ELEMENT_SYMBOLS), fc.integer({ min: 0, max: 100 })), {
    selector: ([s]) => s,
    maxLength: 6,
  })
  .map((pairs) => {
    const out: Partial<Record<ElementSymbol, number>> = {};
    for (const [s, pct] of pairs) out[s] = pct / 100;
    return out;
  });

const optionsArb = fc.record(
  {
    controlled: controlledArb,
    thresholdPct: thresholdArb,
    reading: fc.constantFrom<Reading>("annex", "broad"),
    military: fc.constantFrom<MilitaryRule>("license", "deny"),
    extraterritorial: fc.boolean(),
    exclusions: fc.constantFrom<ExclusionMode>("apply", "ignore"),
    chinaShare: chinaShareArb,
  },
  { requiredKeys: [] },
);

const inputArb: fc.Arbitrary<ScenarioInput> = fc.tuple(baseArb, optionsArb).map(([base, options]) => ({ ...base, ...options }));

// ---- helpers ----

function expectAllFree(result: ExposureResult): void {
  for (const p of result.products) {
    expect(p.status, p.id).toBe("free");
    expect(p.drivers, p.id).toEqual([]);
    expect(p.supplyWeight, p.id).toBe(0);
    if (p.valueAtRiskUsd !== null) expect(p.valueAtRiskUsd, p.id).toBe(0);
  }
  for (const s of result.sectors) {
    expect(s.exposure, s.id).toBe(0);
    for (const st of RESTRICTED_STATUSES) expect(s.byStatus[st].exposure, `${s.id} ${st}`).toBe(0);
    if (s.valueAtRiskUsd !== null) expect(s.valueAtRiskUsd, s.id).toBe(0);
  }
}

/** `after` is never better than `before`: no product's status or weight falls, no sector's exposure falls. */
function expectNoLower(before: ExposureResult, after: ExposureResult): void {
  after.products.forEach((p, i) => {
    const q = before.products[i];
    expect(q?.id).toBe(p.id);
    if (!q) return;
    expect(compareStatus(p.status, q.status), `${p.id}: ${q.status} -> ${p.status}`).toBeGreaterThanOrEqual(0);
    expect(p.supplyWeight, p.id).toBeGreaterThanOrEqual(q.supplyWeight - EPS);
  });
  after.sectors.forEach((s, i) => {
    const t = before.sectors[i];
    expect(t?.id).toBe(s.id);
    if (!t) return;
    expect(s.exposure, s.id).toBeGreaterThanOrEqual(t.exposure - EPS);
  });
}

// ---- 1. nothing controlled, no measure: all free ----

describe("invariant 1: with nothing controlled, everything is free", () => {
  it.each<[string, ScenarioInput]>([
    ["pre-2025-04", { regime: "pre-2025-04" }],
    ["pre-2025-04 with the extraterritorial rule off", { regime: "pre-2025-04", extraterritorial: false }],
    ["a date in 2023", { asOf: "2023-06-01" }],
  ])("%s", (_label, input) => {
    const r = compute(input);
    expect(r.scenario.controlledElements).toEqual([]);
    expect(r.scenario.extraterritorial).toBe(false);
    expectAllFree(r);
  });

  it("holds for any date before 4 Apr 2025 and any switch but the controlled set", () => {
    const early = fc
      .integer({ min: 0, max: (Date.UTC(2025, 3, 3) - FIRST_DAY) / DAY_MS })
      .map((d) => new Date(FIRST_DAY + d * DAY_MS).toISOString().slice(0, 10));
    fc.assert(
      fc.property(early, optionsArb, (asOf, options) => {
        expectAllFree(compute({ ...options, asOf, controlled: undefined, extraterritorial: false }));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("holds for controlled = [] under any scenario", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expectAllFree(compute({ ...input, controlled: [] }));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---- 2. one more controlled element never lowers anything ----

describe("invariant 2: controlling one more element never lowers a status or an exposure", () => {
  it("holds over random scenarios", () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, pick) => {
        const before = resolveScenario(dataset, input, TODAY);
        const rest = ELEMENT_SYMBOLS.filter((s) => !before.controlledElements.includes(s));
        fc.pre(rest.length > 0);
        const added = rest[pick % rest.length] as ElementSymbol;
        const after = resolveScenario(dataset, { ...input, controlled: [...before.controlledElements, added] }, TODAY);
        expect(after.controlledElements).toHaveLength(before.controlledElements.length + 1);
        expectNoLower(computeExposure(dataset, before), computeExposure(dataset, after));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("holds element by element from nothing to all 17 under the breakdown, broad reading", () => {
    // A fixed walk that passes through every element once.
    let controlled: ElementSymbol[] = [];
    let previous = compute({ regime: "breakdown", reading: "broad", controlled });
    for (const s of ELEMENT_SYMBOLS) {
      controlled = [...controlled, s];
      const next = compute({ regime: "breakdown", reading: "broad", controlled });
      expectNoLower(previous, next);
      previous = next;
    }
  });
});

// ---- 3. a higher threshold never raises an exposure ----

describe("invariant 3: raising the de minimis threshold never raises an exposure", () => {
  it("holds over random scenarios", () => {
    fc.assert(
      fc.property(inputArb, thresholdArb, thresholdArb, (input, a, b) => {
        const low = compute({ ...input, thresholdPct: Math.min(a, b) });
        const high = compute({ ...input, thresholdPct: Math.max(a, b) });
        // The higher threshold is never worse: reuse the "no lower" check with the roles swapped.
        expectNoLower(high, low);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("holds with the extraterritorial rule forced on", () => {
    fc.assert(
      fc.property(inputArb, thresholdArb, thresholdArb, (input, a, b) => {
        const on = { ...input, extraterritorial: true };
        expectNoLower(
          compute({ ...on, thresholdPct: Math.max(a, b) }),
          compute({ ...on, thresholdPct: Math.min(a, b) }),
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---- 4. bounds ----

describe("invariant 4: exposure in [0, 1], value at risk within value", () => {
  it("holds over random scenarios", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = compute(input);
        for (const p of r.products) {
          expect(p.supplyWeight, p.id).toBeGreaterThanOrEqual(0);
          expect(p.supplyWeight, p.id).toBeLessThanOrEqual(1);
          if (p.status === "free") expect(p.supplyWeight, p.id).toBe(0);
          if (p.annualValueUsd !== null && p.valueAtRiskUsd !== null) {
            expect(p.valueAtRiskUsd, p.id).toBeLessThanOrEqual(p.annualValueUsd);
          }
        }
        for (const s of r.sectors) {
          expect(s.exposure, s.id).toBeGreaterThanOrEqual(0);
          expect(s.exposure, s.id).toBeLessThanOrEqual(1);
          if (s.valueUsd !== null) {
            expect(s.valueAtRiskUsd, s.id).not.toBeNull();
            expect(s.valueAtRiskUsd ?? Number.NaN, s.id).toBeGreaterThanOrEqual(0);
            expect(s.valueAtRiskUsd ?? Number.NaN, s.id).toBeLessThanOrEqual(s.valueUsd);
          } else {
            expect(s.valueAtRiskUsd, s.id).toBeNull();
          }
          let sum = 0;
          for (const st of RESTRICTED_STATUSES) {
            expect(s.byStatus[st].exposure, `${s.id} ${st}`).toBeGreaterThanOrEqual(0);
            sum += s.byStatus[st].exposure;
          }
          expect(Math.abs(sum - s.exposure), s.id).toBeLessThanOrEqual(1e-9);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---- 5. determinism ----

describe("invariant 5: the same scenario always gives the same numbers", () => {
  it("computing twice gives equal results", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(compute(input)).toEqual(compute(input));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("going through the URL parameters gives the same scenario and the same numbers", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const direct = resolveScenario(dataset, input, TODAY);
        const query = formatScenarioParams(input).toString();
        const viaParams = scenarioFromParams(dataset, new URLSearchParams(query), TODAY);
        expect(viaParams.ok, query).toBe(true);
        if (!viaParams.ok) return;
        expect(viaParams.value).toEqual(direct);
        expect(computeExposure(dataset, viaParams.value)).toEqual(computeExposure(dataset, direct));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("does not depend on the order the controlled elements are given in", () => {
    fc.assert(
      fc.property(inputArb, controlledArb, (input, controlled) => {
        const reversed = [...controlled].reverse();
        expect(compute({ ...input, controlled })).toEqual(compute({ ...input, controlled: reversed }));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
