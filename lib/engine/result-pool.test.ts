import { describe, expect, it } from "vitest";
import { computeExposure } from "./compute-exposure";
import type { Range } from "./exposure-types";
import { resolveScenario } from "./resolve-scenario";
import { createResultPool, keepBorder, keepByElement, keepRange, keepRoute, keepRoutes, keepShares, keepStatusRange, keepSymbols, keepWords } from "./result-pool";
import { synthesizeDataset } from "./synthesize-dataset";
import { makeHandDataset } from "./test-fixture";

describe("result pool: equal pieces are one shared, frozen object", () => {
  it.each([
    ["the same symbols", () => keepSymbols(pool, ["Dy", "Tb"]), () => keepSymbols(pool, ["Dy", "Tb"]), ["Dy", "Tb"]],
    ["no symbols", () => keepSymbols(pool, []), () => keepSymbols(pool, []), []],
    ["the same range", () => keepRange(pool, 0.5, 0.9), () => keepRange(pool, 0.5, 0.9), { low: 0.5, high: 0.9 }],
    ["the same status pair", () => keepStatusRange("license", "denied"), () => keepStatusRange("license", "denied"), { low: "license", high: "denied" }],
    ["one route default's shares", () => keepShares(pool, "d1", SHARES), () => keepShares(pool, "d1", { ...SHARES }), SHARES],
    ["no figure by element", () => keepByElement(pool, [], []), () => keepByElement(pool, [], []), {}],
    ["the same figures by element", () => keepByElement(pool, ["Dy"], [keepRange(pool, 1, 1)]), () => keepByElement(pool, ["Dy"], [keepRange(pool, 1, 1)]), { Dy: { low: 1, high: 1 } }],
    ["the same route", () => route(0.5), () => route(0.5), { route: "listed", share: 0.5, caught: { low: true, high: false }, held: false, drivers: ["Dy"], note: "Dy bought from China" }],
    ["the same routes", () => keepRoutes(pool, [route(0.5), route(0.2)]), () => keepRoutes(pool, [route(0.5), route(0.2)]), [route(0.5), route(0.2)]],
    ["the same border", () => border(), () => border(), { status: { low: "free", high: "free" }, drivers: [], reason: "Free." }],
  ])("%s", (_, make, again, expected) => {
    const a = make();
    expect(again()).toBe(a);
    expect(a).toEqual(expected);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it.each([
    ["symbols in another order", () => keepSymbols(pool, ["Dy", "Tb"]), () => keepSymbols(pool, ["Tb", "Dy"])],
    ["a prefix of the symbols", () => keepSymbols(pool, ["Dy", "Tb"]), () => keepSymbols(pool, ["Dy"])],
    ["a range with another high", () => keepRange(pool, 0.5, 0.9), () => keepRange(pool, 0.5, 1)],
    ["a route with another share", () => route(0.5), () => route(0.2)],
    ["a route with another hold", () => route(0.5), () => keepRoute(pool, "listed", 0.5, true, false, true, keepSymbols(pool, ["Dy"]), "Dy bought from China")],
    ["another route default", () => keepShares(pool, "d1", SHARES), () => keepShares(pool, "d2", SHARES)],
    ["component-specific shares (each its own)", () => keepShares(pool, null, SHARES), () => keepShares(pool, null, SHARES)],
  ])("%s: a different object", (_, make, other) => {
    expect(other()).not.toBe(make());
  });

  it("keeps the first of equal words, however they were built", () => {
    const first = keepWords(pool, `Dy ${"bought"} from China`);
    expect(keepWords(pool, ["Dy", "bought", "from", "China"].join(" "))).toBe(first);
    expect(first).toBe("Dy bought from China");
  });
});

const pool = createResultPool();
const SHARES = { listed: 0.5, assembly: 0.2, madeOutside: 0.2, none: 0.1 };
const route = (share: number) => keepRoute(pool, "listed", share, true, false, false, keepSymbols(pool, ["Dy"]), keepWords(pool, "Dy bought from China"));
const border = () => keepBorder(pool, keepStatusRange("free", "free"), keepSymbols(pool, []), keepWords(pool, "Free."));

describe("computeExposure: a product and its synthetic copy share what they have in common", () => {
  // Copy 1 of each product has the same components (names, forms, route defaults) and other grams, masses and values.
  const hand = makeHandDataset();
  const dataset = synthesizeDataset(hand, { factor: 2, seed: 7 });
  const r = computeExposure(dataset, resolveScenario(dataset, { asOf: "2025-08-01" }, "2026-12-02"));
  const n = hand.products.products.length;

  it.each(hand.products.products.map((p, i) => [p.id, i] as const))("%s", (_, i) => {
    const a = r.products[i];
    const b = r.products[i + n];
    if (!a || !b) throw new Error("missing product");
    expect(b.status).toBe(a.status);
    expect(b.drivers).toBe(a.drivers);
    expect(b.dependenceByElement).toBe(a.dependenceByElement);
    expect(b.border.drivers).toBe(a.border.drivers);
    a.components.forEach((c, j) => {
      expect(b.components[j]?.routes).toBe(c.routes);
      expect(Object.isFrozen(c.routes)).toBe(true);
    });
    // The figures that are the product's own are not shared unless zero.
    const own = (x: Range | null) => x === null || (x.low === 0 && x.high === 0);
    if (!own(a.exposedValueUsd)) expect(b.exposedValueUsd).not.toBe(a.exposedValueUsd);
  });
});
