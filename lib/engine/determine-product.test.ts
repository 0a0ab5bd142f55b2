/**
 * A route caught on several independent grounds (its elements, the broad reading, a customs hold): the China-share
 * what-if shrinks each ground by the elements that drive it, and the route keeps the largest share left over its
 * grounds, with the worst status over the grounds still holding supply (exposure-model.md §3, §7 invariants 2 and 4).
 * Each table reproduces, on a product small enough to work out by hand, a counterexample the property tests found.
 */
import { describe, expect, it } from "vitest";
import type { ElementSymbol } from "../schemas/common";
import { computeExposure } from "./compute-exposure";
import { sortSymbols } from "./determine-product";
import { resolveScenario } from "./resolve-scenario";
import type { ScenarioInput } from "./scenario";
import type { Status } from "./status";
import { makeComponent, makeDataset, makeProduct } from "./test-fixture";

const TODAY = "2026-12-02";

const dataset = makeDataset([
  // A phosphor (FAQ V) holding Y and Eu: 0.6 comes from China inside the phosphor, 0.3 is made outside China from
  // China-origin material; China's share of the component is 0.6 + 0.3 = 0.9.
  makeProduct({
    id: "backlight",
    components: [
      makeComponent(
        { name: "LED phosphor", form: "phosphor", assembly: "phosphor", elements: [{ symbol: "Y", grams: 100 }, { symbol: "Eu", grams: 1 }] },
        { listed: 0, assembly: 0.6, madeOutside: 0.3, none: 0.1 },
      ),
    ],
  }),
  // A Dy/Tb-free NdFeB magnet: 0.7 bought from China as a magnet, 0.2 made outside China from China-origin material.
  makeProduct({
    id: "car",
    components: [
      makeComponent(
        { name: "N-grade magnets", form: "ndfeb_magnet", elements: [{ symbol: "Nd", grams: 300 }, { symbol: "Pr", grams: 100 }], massG: 500 },
        { listed: 0.7, assembly: 0, madeOutside: 0.2, none: 0.1 },
      ),
    ],
  }),
  makeProduct({
    id: "dy-car",
    components: [
      makeComponent(
        { name: "Dy-bearing magnets", form: "ndfeb_magnet", elements: [{ symbol: "Nd", grams: 300 }, { symbol: "Dy", grams: 30 }], massG: 500 },
        { listed: 0.7, assembly: 0, madeOutside: 0.2, none: 0.1 },
      ),
    ],
  }),
  makeProduct({
    id: "military-car",
    endUse: "military",
    components: [
      makeComponent(
        { name: "N-grade magnets", form: "ndfeb_magnet", elements: [{ symbol: "Nd", grams: 300 }, { symbol: "Pr", grams: 100 }], massG: 500 },
        { listed: 0.7, assembly: 0, madeOutside: 0.2, none: 0.1 },
      ),
    ],
  }),
]);

function product(input: ScenarioInput, id: string) {
  const p = computeExposure(dataset, resolveScenario(dataset, input, TODAY)).products.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
}

describe("the broad reading is a ground of its own (invariant 2 counterexample, ce-lcd-tv)", () => {
  // Nothing in force on 1 Jan 2023: the user controls the elements and sets Ann. 61 in force (default 0.1 %).
  // The broad test: Y 7.83 US$/kg Y2O3 ÷ 0.7874 = 9.944 US$/kg Y; 0.1 kg × 9.944 × 0.9 (China share) = 0.895 US$,
  // plus Eu, of a US$100 product: at least 0.895 % ≥ 0.1 %, so every China-origin route is caught through Y (and Eu).
  const base: ScenarioInput = { asOf: "2023-01-01", destination: "us", lens: "dependency", extraterritorial: true };
  it.each<[string, ScenarioInput, number]>([
    // phosphor route: caught by the broad reading through Y, 0.6; made outside: China-origin Y, 0.3. 0.6 + 0.3 = 0.9
    ["Y controlled, Eu at 0 %", { reading: "broad", controlled: ["Y"], chinaShare: { Eu: 0 } }, 0.9],
    // phosphor route: Ann. 57 names Eu luminescent materials (factor 0 at Eu 0 %), and the broad reading catches it
    // through Y and Eu (factor 1: Y has no what-if), so 0.6 stays; made outside: Y, Eu, 0.3. 0.6 + 0.3 = 0.9
    // (before the fix: the Eu ground alone was seen and zeroed, 0 + 0.3 = 0.3)
    ["Y and Eu controlled, Eu at 0 %", { reading: "broad", controlled: ["Y", "Eu"], chinaShare: { Eu: 0 } }, 0.9],
    // Y at 45 %: the broad ground keeps 0.45 ÷ 0.9 = 0.5 of each route: 0.6 × 0.5 + 0.3 × 0.5 = 0.45
    ["Y at 45 %, Eu at 0 %", { reading: "broad", controlled: ["Y", "Eu"], chinaShare: { Y: 0.45, Eu: 0 } }, 0.45],
    // annex reading: no broad ground, FAQ V frees the phosphor but for Eu (zeroed): 0 + made outside 0.3 = 0.3
    ["annex reading, Eu at 0 %", { reading: "annex", controlled: ["Y", "Eu"], chinaShare: { Eu: 0 } }, 0.3],
    ["no what-if: 0.6 + 0.3", { reading: "broad", controlled: ["Y", "Eu"] }, 0.9],
  ])("%s", (_label, over, dependence) => {
    const p = product({ ...base, ...over }, "backlight");
    expect(p.dependence.low).toBeCloseTo(dependence, 12);
    expect(p.dependence.high).toBeCloseTo(dependence, 12);
    expect(p.status).toEqual({ low: "license", high: "license" });
  });
});

describe("a customs hold is a ground of its own (invariant 2 counterexample, auto-ice-car)", () => {
  // 15 May 2025: Ann. 18 and the NdFeB content checks in force (4 Apr–30 Jun 2025); US military users denied
  // (Ann. 46 Art. 1). With Tb controlled, every NdFeB magnet bought from China is held (drivers: Tb); with Pr
  // controlled, NdFeB (any element) and Pr oxide/metal are listed items.
  const base: ScenarioInput = { asOf: "2025-05-15", destination: "us", lens: "dependency" };
  it.each<[string, string, ScenarioInput, number, Status, ElementSymbol[]]>([
    // magnet route: held (Tb), 0.7; made outside: Nd, Pr not controlled. = 0.7, licence-like hold
    ["Tb controlled, Pr at 0 %", "car", { controlled: ["Tb"], chinaShare: { Pr: 0 } }, 0.7, "license", ["Tb"]],
    // magnet route: listed through Pr (factor 0) and held (Tb, factor 1): 0.7; made outside: Pr, factor 0. = 0.7
    // (before the fix: the Pr ground alone was seen and zeroed: free, 0)
    ["Tb and Pr controlled, Pr at 0 %", "car", { controlled: ["Tb", "Pr"], chinaShare: { Pr: 0 } }, 0.7, "license", ["Tb"]],
    // the same for a military product: only the hold holds supply, no licence in law, so nothing to deny
    ["military, Pr at 0 %: held only", "military-car", { controlled: ["Tb", "Pr"], chinaShare: { Pr: 0 } }, 0.7, "license", ["Tb"]],
    // Pr at 45 %: the Pr ground keeps 0.45 ÷ 0.9 = 0.5 of its supply, so the listed magnet is still a licensed
    // item for part of it (denied to US military users). magnet route max(0.5, hold 1) × 0.7 = 0.7;
    // made outside 0.2 × 0.5 = 0.1. = 0.8; the hold carries the half the Pr ground lost (1 > 0.5): Pr and Tb
    ["military, Pr at 45 %: a licence ground still holds supply", "military-car", { controlled: ["Tb", "Pr"], chinaShare: { Pr: 0.45 } }, 0.8, "denied", ["Pr", "Tb"]],
    // the preset's own elements (Ann. 18: Sm, Gd, Tb, Dy, Lu, Sc, Y), Dy at 0 %: the magnet route is listed through
    // Dy (factor 0) and held through Tb, Dy (factor 1: Tb has no what-if), 0.7; made outside: Dy, factor 0. = 0.7
    ["Dy-bearing magnets, Dy at 0 %: still held", "dy-car", { chinaShare: { Dy: 0 } }, 0.7, "license", ["Tb", "Dy"]],
    // no what-if: listed through Dy and held, 0.7; made outside through Dy, 0.2. = 0.9. The hold carries nothing the
    // Dy licence does not (factor 1 against 1): put down to Dy alone, the element the magnet holds
    ["Dy-bearing magnets, no what-if", "dy-car", {}, 0.9, "license", ["Dy"]],
    // no what-if: 0.7 + 0.2 = 0.9, denied; the hold (factor 1) adds nothing to the Pr ground (factor 1): Pr alone
    ["military, no what-if", "military-car", { controlled: ["Tb", "Pr"] }, 0.9, "denied", ["Pr"]],
  ])("%s (%s)", (_label, id, over, dependence, status, drivers) => {
    const p = product({ ...base, ...over }, id);
    expect(p.dependence.low).toBeCloseTo(dependence, 12);
    expect(p.dependence.high).toBeCloseTo(dependence, 12);
    expect(p.status).toEqual({ low: status, high: status });
    expect(p.drivers).toEqual(drivers);
  });
});

describe("sortSymbols", () => {
  // Atomic numbers: Y 39, Nd 60, Sm 62, Eu 63, Gd 64, Tb 65, Dy 66.
  const order = new Map<ElementSymbol, number>([["Y", 39], ["Nd", 60], ["Sm", 62], ["Eu", 63], ["Gd", 64], ["Tb", 65], ["Dy", 66]]);
  it.each([
    [[], []],
    [["Dy"], ["Dy"]],
    [["Dy", "Tb"], ["Tb", "Dy"]],
    [["Tb", "Dy"], ["Tb", "Dy"]],
    [["Dy", "Tb", "Nd", "Y"], ["Y", "Nd", "Tb", "Dy"]],
    [["Gd", "Sm", "Eu", "Y", "Dy"], ["Y", "Sm", "Eu", "Gd", "Dy"]],
    // A symbol missing from the order ranks 0, before Y (39); two such keep the order they came in, as Array.sort does.
    [["Dy", "La"], ["La", "Dy"]],
    [["Ce", "Dy", "La"], ["Ce", "La", "Dy"]],
    [["La", "Dy", "Ce"], ["La", "Ce", "Dy"]],
  ] as [ElementSymbol[], ElementSymbol[]][])("%j → %j, in place", (input, expected) => {
    const list = [...input];
    expect(sortSymbols(list, order)).toBe(list);
    expect(list).toEqual(expected);
  });
});
