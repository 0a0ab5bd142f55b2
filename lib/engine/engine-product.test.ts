import { describe, expect, it } from "vitest";
import { findAnnualValueUsd, planProducts } from "./engine-product";
import { makeComponent, makeDataset, makeProduct } from "./test-fixture";

const DEFAULT = { id: "magnet-default", label: "test default", appliesTo: "test magnets", listed: 0.6, assembly: 0.2, madeOutside: 0.1, none: 0.1, sourceIds: [], basis: "test", confidence: "EST" as const };

const dataset = makeDataset(
  [
    makeProduct({
      id: "motor",
      components: [
        // Nd 100 g, Dy 0 g (holds none), Tb null (present, amount not found): holds Nd and Tb, in that order.
        makeComponent({ name: "magnets", form: "ndfeb_magnet", elements: [{ symbol: "Nd", grams: 100 }, { symbol: "Dy", grams: 0 }, { symbol: "Tb", grams: null }], massG: 250 }),
        makeComponent({ name: "sensor", form: "ndfeb_magnet", elements: [{ symbol: "Nd", grams: 2 }, { symbol: "Tb", grams: null }] }),
      ],
    }),
    makeProduct({
      id: "pump",
      components: [{ ...makeComponent({ name: "rotor", form: "ndfeb_magnet", elements: [{ symbol: "Nd", grams: 5 }] }), routes: { ref: "magnet-default" } }],
    }),
    makeProduct({
      id: "fan",
      components: [{ ...makeComponent({ name: "rotor", form: "ndfeb_magnet", elements: [{ symbol: "Nd", grams: 7 }] }), routes: { ref: "magnet-default" } }],
    }),
  ],
  [DEFAULT],
);

describe("planProducts", () => {
  const [motor, pump, fan] = planProducts(dataset);

  it.each([
    // [product, component, elements held]
    ["motor", 0, ["Nd", "Tb"]],
    ["motor", 1, ["Nd", "Tb"]],
    ["pump", 0, ["Nd"]],
  ] as const)("lists the elements %s's component %i holds", (id, i, held) => {
    const p = [motor, pump, fan].find((x) => x?.id === id);
    expect(p?.components[i]?.present).toEqual(held);
  });

  it("shares what repeats: one list per set of elements held, one resolved default per route default", () => {
    expect(motor?.components[0]?.present).toBe(motor?.components[1]?.present);
    expect(pump?.components[0]?.shares).toBe(fan?.components[0]?.shares);
    // The default's shares, resolved: 0.6 / 0.2 / 0.1 / 0.1, named by its id.
    expect(pump?.components[0]?.shares).toEqual({ listed: 0.6, assembly: 0.2, madeOutside: 0.1, none: 0.1, ref: "magnet-default" });
    // A component's own shares (makeComponent's default: all listed) carry no reference.
    expect(motor?.components[0]?.shares).toEqual({ listed: 1, assembly: 0, madeOutside: 0, none: 0, ref: null });
  });

  it("keeps the figures the engine reads: unit value, volume and the value added to the sector", () => {
    // makeProduct: US$100 a unit, 1,000 units made outside China, a final good: 100 × 1,000 = US$100,000.
    expect(motor).toMatchObject({ unitValueUsd: 100, annualUnits: 1000, unitsScope: "outside-china", unitsYear: 2024, annualValueUsd: 100_000 });
    expect(motor?.components[0]).toMatchObject({ name: "magnets", form: "ndfeb_magnet", massG: 250, assembly: null });
  });

  it("is made once per dataset", () => {
    expect(planProducts(dataset)).toBe(planProducts(dataset));
    expect(planProducts(makeDataset([], [DEFAULT]))).toEqual([]);
  });

  it("names a route default the dataset does not hold", () => {
    const broken = makeDataset([makeProduct({ id: "x", components: [{ ...makeComponent({ name: "c", form: "metal", elements: [{ symbol: "Dy", grams: 1 }] }), routes: { ref: "missing" } }] })]);
    expect(() => planProducts(broken)).toThrow('unknown route default "missing"');
  });
});

describe("findAnnualValueUsd", () => {
  const value = (v: number | null) => ({ value: v, sourceIds: [], basis: "test", confidence: "EST" as const, year: 2025 });
  const units = (v: number | null, scope: "outside-china" | "world" = "outside-china") => ({ value: v, sourceIds: [], basis: "test", confidence: "EST" as const, scope, year: 2024 });
  it.each([
    // [role, unit value, units, scope, expected]
    ["final", 250, 4_000, "outside-china", 1_000_000], // 250 × 4,000
    ["final", 250, null, "outside-china", null], // no volume: not counted
    ["final", null, 4_000, "outside-china", null], // no unit value: not counted
    ["final", 250, 4_000, "world", null], // a world volume would count China's output
    ["intermediate", 250, 4_000, "outside-china", null], // an input is counted in the goods it goes into
  ] as const)("%s, US$%s × %s units (%s) → %s", (role, v, n, scope, expected) => {
    expect(findAnnualValueUsd({ role, unitValueUsd: value(v), annualUnits: units(n, scope) })).toBe(expected);
  });
});
