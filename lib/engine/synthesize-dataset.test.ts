import { describe, expect, it } from "vitest";
import { getDataset, parseDataset } from "../data/load-dataset";
import { computeExposure } from "./compute-exposure";
import { resolveScenario } from "./resolve-scenario";
import { seededRandom, synthesizeDataset } from "./synthesize-dataset";

const dataset = getDataset();
const TODAY = "2026-11-25";

describe("seededRandom", () => {
  it("is deterministic per seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(seededRandom(43)()).not.toBe(seededRandom(42)());
  });
});

describe("synthesizeDataset", () => {
  it("multiplies the products by the factor, with unique ids, and keeps the originals first and unchanged", () => {
    const n = dataset.products.products.length;
    const big = synthesizeDataset(dataset, { factor: 10, seed: 7 });
    expect(big.products.products).toHaveLength(10 * n);
    expect(new Set(big.products.products.map((p) => p.id)).size).toBe(10 * n);
    expect(big.products.products.slice(0, n)).toEqual(dataset.products.products);
    expect(big.products.sectors).toBe(dataset.products.sectors);
    expect(big.meta.version).not.toBe(dataset.meta.version);
  });

  it("is pure: the input dataset is not modified", () => {
    const before = JSON.stringify(dataset);
    synthesizeDataset(dataset, { factor: 5, seed: 3 });
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it("is deterministic: the same seed gives the same dataset, another seed another one", () => {
    const a = synthesizeDataset(dataset, { factor: 4, seed: 11 });
    const b = synthesizeDataset(dataset, { factor: 4, seed: 11 });
    const c = synthesizeDataset(dataset, { factor: 4, seed: 12 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it("factor 1 returns the bundled products as they are", () => {
    const same = synthesizeDataset(dataset, { factor: 1 });
    expect(same.products.products).toEqual(dataset.products.products);
    expect(same.meta.version).toBe(dataset.meta.version);
  });

  it("produces a dataset that passes the schema and the reference checks", () => {
    const big = synthesizeDataset(dataset, { factor: 3, seed: 5 });
    expect(() => parseDataset(big)).not.toThrow();
  });

  it("keeps each figure within the spread and keeps gaps and zeros as they are", () => {
    const spread = 0.2;
    const n = dataset.products.products.length;
    const big = synthesizeDataset(dataset, { factor: 3, seed: 9, spread });
    big.products.products.slice(n).forEach((clone, i) => {
      const orig = dataset.products.products[i % n]!;
      expect(clone.id).toMatch(new RegExp(`^${orig.id}-syn[12]$`));
      expect(clone.sectorId).toBe(orig.sectorId);
      expect(clone.endUse).toBe(orig.endUse);
      if (orig.unitValueUsd.value === null) {
        // a gap stays a gap
        expect(clone.unitValueUsd.value).toBeNull();
      } else {
        const ratio = (clone.unitValueUsd.value ?? Number.NaN) / orig.unitValueUsd.value;
        expect(ratio).toBeGreaterThanOrEqual(1 - spread - 1e-5);
        expect(ratio).toBeLessThanOrEqual(1 + spread + 1e-5);
      }
      expect(clone.annualUnits.value === null).toBe(orig.annualUnits.value === null);
      clone.components.forEach((c, j) => {
        const oc = orig.components[j]!;
        expect(c.form).toBe(oc.form);
        c.elements.forEach((e, k) => {
          const oe = oc.elements[k]!;
          expect(e.symbol).toBe(oe.symbol);
          if (oe.grams === null || oe.grams === 0) expect(e.grams).toBe(oe.grams);
          else {
            expect(e.grams! / oe.grams).toBeGreaterThanOrEqual(1 - spread - 1e-5);
            expect(e.grams! / oe.grams).toBeLessThanOrEqual(1 + spread + 1e-5);
          }
        });
      });
    });
  });

  it("gives the engine the same statuses as the originals when the spread is 0", () => {
    const big = synthesizeDataset(dataset, { factor: 3, spread: 0 });
    const scenario = resolveScenario(big, { regime: "oct-2025" }, TODAY);
    const result = computeExposure(big, scenario);
    const n = dataset.products.products.length;
    result.products.slice(n).forEach((p, i) => expect(p.status).toEqual(result.products[i % n]!.status));
    const base = computeExposure(dataset, resolveScenario(dataset, { regime: "oct-2025" }, TODAY));
    // Clones keep 6 significant digits (US$2,243,429 becomes 2,243,430): equal to 1e-6, not to the last bit.
    result.sectors.forEach((s, i) => {
      expect(s.exposure.low).toBeCloseTo(base.sectors[i]!.exposure.low, 6);
      expect(s.exposure.high).toBeCloseTo(base.sectors[i]!.exposure.high, 6);
    });
  });

  it("rejects a factor that is not a whole number ≥ 1 and a spread outside [0, 1)", () => {
    expect(() => synthesizeDataset(dataset, { factor: 0 })).toThrow(RangeError);
    expect(() => synthesizeDataset(dataset, { factor: 2.5 })).toThrow(RangeError);
    expect(() => synthesizeDataset(dataset, { factor: 2, spread: 1 })).toThrow(RangeError);
  });
});
