import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { createKernelContext } from "./kernel-context";
import { resolveScenario } from "./resolve-scenario";
import {
  catchAssembly,
  catchListed,
  catchMadeOutside,
  contentPct,
  decideStatus,
  filterPresentElements,
  isPresent,
  type KernelComponent,
  listAssemblyGrounds,
  listListedGrounds,
  measureContent,
  meetsThreshold,
  type RouteCatch,
} from "./rules-kernel";
import type { OutcomeRules } from "./scenario";

const dataset = getDataset();
const TODAY = "2026-12-02";

/** The kernel's context for one outcome of a scenario input (first outcome). */
function ctxFor(input: Parameters<typeof resolveScenario>[1]) {
  const s = resolveScenario(dataset, input, TODAY);
  const rules = s.outcomes[0] as OutcomeRules;
  return createKernelContext(dataset, s, rules);
}

// After the content-check window (ended 30 Jun 2025): Ann. 18 alone.
const april = ctxFor({ asOf: "2025-08-01" });
// Inside it: NdFeB of every grade held at customs.
const held = ctxFor({ asOf: "2025-05-15" });
const aprilIgnore = ctxFor({ asOf: "2025-08-01", exclusions: "ignore" });
const october = ctxFor({ regime: "oct-2025" });

const c = (form: KernelComponent["form"], elements: [string, number | null][], massG: number | null = null): KernelComponent => ({
  name: "part",
  form,
  elements: elements.map(([symbol, grams]) => ({ symbol: symbol as never, grams })),
  massG,
});

const dyMagnet = c("ndfeb_magnet", [["Nd", 300], ["Pr", 100], ["Dy", 30]]);
const nGrade = c("ndfeb_magnet", [["Nd", 300], ["Pr", 100], ["Dy", 0]]);

describe("catchListed (route 1: the listed item bought from China)", () => {
  it.each([
    ["Dy NdFeB under Ann. 18", april, dyMagnet, true, ["Dy"], false],
    ["Dy-free NdFeB after the holds", april, nGrade, false, [], false],
    ["Dy-free NdFeB during the holds: held, driven by the controlled Dy/Tb", held, nGrade, true, ["Tb", "Dy"], true],
    ["Y oxide", april, c("oxide_compound", [["Y", 5]]), true, ["Y"], false],
    ["a coating's material (oxide powder)", april, c("coating", [["Y", 5]]), true, ["Y"], false],
    ["Y in a phosphor: not a listed form for Y", april, c("phosphor", [["Y", 1]]), false, [], false],
    ["Er fibre before Ann. 57", april, c("doped_fibre", [["Er", 0.001]]), false, [], false],
    ["Er fibre under Ann. 57 as announced", october, c("doped_fibre", [["Er", 0.001]]), true, ["Er"], false],
    // Ann. 57's Chinese text (R102): 1C912 lists Eu "luminescent materials (phosphor)" and Eu crystal materials.
    ["an Eu phosphor under Ann. 57 as announced", october, c("phosphor", [["Eu", 0.01]]), true, ["Eu"], false],
    ["an Eu phosphor before Ann. 57", april, c("phosphor", [["Eu", 0.01]]), false, [], false],
    ["an Eu crystal material under Ann. 57", october, c("other", [["Eu", 0.01]]), true, ["Eu"], false],
    ["Ce catalyst: Ce never controlled", april, c("catalyst", [["Ce", 60]]), false, [], false],
    ["present but amount unknown still counts", april, c("smco_magnet", [["Sm", null]]), true, ["Sm"], false],
  ] as const)("%s", (_l, ctx, comp, caught, drivers, isHeld) => {
    const r = catchListed(comp, ctx);
    expect(r.caught).toBe(caught);
    expect(r.drivers).toEqual(drivers);
    expect(r.held).toBe(isHeld);
  });
});

describe("catchAssembly (route 2: inside an assembly bought from China)", () => {
  it.each([
    ["a motor: FAQ IV applies", april, dyMagnet, "motor", false],
    ["a motor with the exclusions set aside", aprilIgnore, dyMagnet, "motor", true],
    ["a coated part is no listed item, exclusions or not", aprilIgnore, c("oxide_compound", [["Y", 5]]), "coated_part", false],
    ["a Tm phosphor: Ann. 57 names Tm luminescent materials, despite FAQ V", october, c("phosphor", [["Tm", 0.01]]), "phosphor", true],
    ["a Tb phosphor: FAQ V", october, c("phosphor", [["Tb", 0.01]]), "phosphor", false],
    ["an Eu phosphor: Ann. 57 names Eu luminescent materials too, despite FAQ V", october, c("phosphor", [["Eu", 0.01]]), "phosphor", true],
    ["a motor during the holds: products with embedded magnets were held too", held, nGrade, "motor", true],
  ] as const)("%s", (_l, ctx, comp, kind, caught) => {
    expect(catchAssembly(comp, kind, ctx).caught).toBe(caught);
  });

  it("says which FAQ excludes it", () => {
    expect(catchAssembly(dyMagnet, "motor", april).note).toMatch(/outside scope \(MOFCOM FAQ IV/);
  });
});

describe("every ground a route is caught on, strongest first", () => {
  const heldIgnore = ctxFor({ asOf: "2025-05-15", exclusions: "ignore" });
  const grounds = (list: readonly { drivers: string[]; held: boolean }[]) => list.map((g) => [g.drivers, g.held]);
  it.each([
    // a Dy magnet during the holds is a listed item (Dy) and held with every NdFeB grade (Tb, Dy): two grounds
    ["Dy NdFeB during the holds", listListedGrounds(dyMagnet, held), [[["Dy"], false], [["Tb", "Dy"], true]]],
    ["Dy NdFeB after the holds: the listing alone", listListedGrounds(dyMagnet, april), [[["Dy"], false]]],
    ["Dy-free NdFeB after the holds: none", listListedGrounds(nGrade, april), []],
    ["a motor during the holds, exclusions applied: the hold alone", listAssemblyGrounds(dyMagnet, "motor", held), [[["Tb", "Dy"], true]]],
    ["a motor during the holds, exclusions set aside: the magnet's Dy, then the hold", listAssemblyGrounds(dyMagnet, "motor", heldIgnore), [[["Dy"], false], [["Tb", "Dy"], true]]],
    ["an Eu phosphor under Ann. 57: named despite FAQ V", listAssemblyGrounds(c("phosphor", [["Eu", 0.01]]), "phosphor", october), [[["Eu"], false]]],
  ] as const)("%s", (_l, list, expected) => {
    expect(grounds(list)).toEqual(expected);
  });
});

describe("catchMadeOutside (route 3: made outside China from China-origin material)", () => {
  it.each([
    ["Dy magnet: Dy oxide/metal exports are licensed", april, dyMagnet, ["Dy"]],
    ["N-grade magnet: Nd, Pr not controlled", april, nGrade, []],
    ["N-grade magnet during the holds: holds concern magnets from China only", held, nGrade, []],
    ["Gd drug made outside China from Gd oxide", april, c("oxide_compound", [["Gd", 1.1]]), ["Gd"]],
    ["Lu crystal: in the component's order", april, c("other", [["Lu", 40], ["Y", 2]]), ["Lu", "Y"]],
  ] as const)("%s", (_l, ctx, comp, drivers) => {
    const r = catchMadeOutside(comp, ctx);
    expect(r.drivers).toEqual(drivers);
    expect(r.caught).toBe(drivers.length > 0);
  });
});

describe("decideStatus", () => {
  const legal = (drivers: string[]): RouteCatch => ({ route: "listed", caught: true, drivers: drivers as never, held: false, note: "" });
  const hold: RouteCatch = { route: "listed", caught: true, drivers: ["Dy"], held: true, note: "" };
  const base: OutcomeRules = (april.rules);
  it.each([
    ["military, US destination under Ann. 46 Art. 1", "military", false, [legal(["Dy"])], base, "denied"],
    ["military, other destination", "military", false, [legal(["Dy"])], { ...base, militaryEndUse: "license" as const, samariumMilitaryDenied: false }, "license"],
    ["military samarium, other destination: the samarium practice", "military", false, [legal(["Sm"])], { ...base, militaryEndUse: "license" as const, samariumMilitaryDenied: true }, "denied"],
    ["advanced node under Ann. 61", "civil", true, [legal(["Y"])], { ...base, advancedSemiconductor: "case-by-case" as const }, "case-by-case"],
    ["advanced node without Ann. 61", "civil", true, [legal(["Y"])], base, "license"],
    ["military beats advanced node", "military", true, [legal(["Y"])], { ...base, advancedSemiconductor: "case-by-case" as const }, "denied"],
    ["held only: a licence-like delay, even for military", "military", false, [hold], base, "license"],
  ] as const)("%s", (_l, endUse, advanced, catches, rules, expected) => {
    expect(decideStatus(endUse, advanced, catches, rules).status).toBe(expected);
  });
});

describe("the 0.1 % test", () => {
  const part1 = new Set(["Dy", "Tb", "Sm"] as const);
  it("values content at element prices: the oxide price divided by the element's mass fraction", () => {
    // Dy: 187.41 US$/kg Dy2O3 ÷ 0.8713 = 215.0924 US$/kg Dy; 30 g → 0.030 × 215.0924 = 6.45277
    const m = measureContent(dyMagnet.elements, part1, april);
    expect(m.usd).toBeCloseTo(6.45277, 4);
    expect(m.complete).toBe(true);
    // against a 430 g magnet at US$80/kg = 34.40: 6.45277 / 34.40 = 18.758 %
    expect(contentPct(m, 34.4)).toBeCloseTo(18.758, 2);
  });

  it("the SmCo actuator: 250 g Sm in a 1 kg magnet", () => {
    // Sm: 1.78 ÷ 0.8624 = 2.06401 US$/kg; 0.25 kg → 0.516002; ÷ (1 kg × 80) = 0.645 %
    const m = measureContent([{ symbol: "Sm", grams: 250 }], part1, april);
    expect(contentPct(m, 80)).toBeCloseTo(0.645, 3);
    expect(meetsThreshold(m, 80, 0.1)).toBe(true);
    expect(meetsThreshold(m, 80, 1)).toBe(false);
  });

  it.each([
    ["no Part 1 element", [{ symbol: "Nd", grams: 100 }], 100, 0.1, false],
    ["an unknown gram figure never hides exposure", [{ symbol: "Dy", grams: null }], 100, 0.1, true],
    ["an unknown value never hides exposure", [{ symbol: "Dy", grams: 1 }], null, 0.1, true],
    // 0.001 kg × 215.0924 = 0.2151 US$ of 1,000 US$ = 0.0215 % < 0.1 %
    ["below the threshold", [{ symbol: "Dy", grams: 1 }], 1000, 0.1, false],
    ["exactly at a zero threshold still needs content", [{ symbol: "Dy", grams: 0 }], 1000, 0, false],
  ] as const)("%s", (_l, elements, value, threshold, expected) => {
    expect(meetsThreshold(measureContent(elements as never, part1, april), value, threshold)).toBe(expected);
  });
});

describe("filterPresentElements", () => {
  // Nd 100 g and Tb (present, amount not found) are held; Dy at 0 g is not.
  const elements = [
    { symbol: "Nd", grams: 100 },
    { symbol: "Dy", grams: 0 },
    { symbol: "Tb", grams: null },
  ] as const;
  const part = { name: "magnets", form: "ndfeb_magnet", elements, massG: null } as const;
  it("lists what a component holds once: Nd and Tb", () => {
    expect(elements.filter(isPresent).map((e) => e.symbol)).toEqual(["Nd", "Tb"]);
  });
  it.each([
    ["every element held", () => true, ["Nd", "Tb"]],
    ["the controlled ones of them (Dy, Tb)", (s: string) => s === "Dy" || s === "Tb", ["Tb"]],
    ["none", () => false, []],
  ])("%s: the same from the elements and from the list the engine makes once (present)", (_, keep, expected) => {
    expect(filterPresentElements(part, keep)).toEqual(expected);
    expect(filterPresentElements({ ...part, present: ["Nd", "Tb"] }, keep)).toEqual(expected);
  });
  it("reads the given list, not the elements, where a list is given", () => {
    // A list that disagrees with the elements (which the engine never makes) tells the two paths apart.
    expect(filterPresentElements({ ...part, present: ["Dy"] }, () => true)).toEqual(["Dy"]);
  });
});
