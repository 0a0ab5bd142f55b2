import { getDataset } from "../data/load-dataset";
import type { Dataset } from "../schemas/dataset";
import type { Component, Product } from "../schemas/product";
import type { RouteDefault } from "../schemas/route-defaults";

/**
 * A dataset for hand-worked tests: the bundled elements, measures, rules and regimes, with the products and route
 * defaults a test writes itself, so that expected values can be worked out by hand from a few lines.
 */
export function makeDataset(products: Product[], routeDefaults: RouteDefault[] = []): Dataset {
  const base = getDataset();
  return {
    ...base,
    products: { ...base.products, products },
    routeDefaults: { ...base.routeDefaults, defaults: routeDefaults },
  };
}

type Shares = { listed: number; assembly: number; madeOutside: number; none: number };

export function makeComponent(over: Partial<Component> & Pick<Component, "name" | "form" | "elements">, shares?: Shares): Component {
  return {
    massG: null,
    assembly: null,
    routes: { ...(shares ?? { listed: 1, assembly: 0, madeOutside: 0, none: 0 }), sourceIds: [], basis: "test", confidence: "EST" },
    sourceIds: [],
    confidence: "EST",
    basis: "test",
    ...over,
  };
}

export function makeProduct(over: Partial<Product> & Pick<Product, "id" | "components">): Product {
  return {
    name: over.id,
    sectorId: "industrial",
    role: "final",
    unit: "unit",
    tradedAs: "machine",
    unitValueUsd: { value: 100, sourceIds: [], basis: "test", confidence: "EST", year: 2025 },
    annualUnits: { value: 1000, sourceIds: [], basis: "test", confidence: "EST", scope: "outside-china", year: 2024 },
    endUse: "civil",
    advancedSemiconductor: false,
    ...over,
  };
}

/*
 * A hand-worked dataset shared by the engine's and the views' tests (compute-exposure.test.ts works its figures out):
 * p1 a two-component civil product, p2/p6 military, p3 an input, p4 without volume, p5 without rare earths, p7 Er
 * fibre (Ann. 57), p8 an advanced node, p9 reached only through a motor from China.
 */
export function makeHandDataset(): Dataset {
  return makeDataset([
  makeProduct({
    id: "p1",
    components: [
      makeComponent({ name: "A magnets", form: "ndfeb_magnet", elements: [{ symbol: "Nd", grams: 100 }, { symbol: "Dy", grams: 10 }], massG: 400, assembly: "motor" }, { listed: 0.5, assembly: 0.2, madeOutside: 0.2, none: 0.1 }),
      makeComponent({ name: "B coating", form: "oxide_compound", elements: [{ symbol: "Y", grams: 5 }] }, { listed: 0, assembly: 0, madeOutside: 0.9, none: 0.1 }),
    ],
  }),
  makeProduct({
    id: "p2",
    endUse: "military",
    unitValueUsd: { value: 1000, sourceIds: [], basis: "test", confidence: "EST", year: 2025 },
    annualUnits: { value: 10, sourceIds: [], basis: "test", confidence: "EST", scope: "outside-china", year: 2024 },
    components: [makeComponent({ name: "C SmCo", form: "smco_magnet", elements: [{ symbol: "Sm", grams: 25 }], massG: 100 }, { listed: 0, assembly: 0, madeOutside: 0.9, none: 0.1 })],
  }),
  makeProduct({
    id: "p3",
    role: "intermediate",
    tradedAs: "ndfeb_magnet",
    unitValueUsd: { value: 20, sourceIds: [], basis: "test", confidence: "EST", year: 2025 },
    annualUnits: { value: 500, sourceIds: [], basis: "test", confidence: "EST", scope: "world", year: 2024 },
    components: [makeComponent({ name: "D loose magnets", form: "ndfeb_magnet", elements: [{ symbol: "Nd", grams: 100 }, { symbol: "Dy", grams: 10 }], massG: 400 })],
  }),
  makeProduct({
    id: "p4",
    sectorId: "medical",
    annualUnits: { value: null, sourceIds: [], basis: "NF", confidence: "NF", scope: "outside-china", year: null },
    components: [makeComponent({ name: "E Gd compound", form: "oxide_compound", elements: [{ symbol: "Gd", grams: 1 }] }, { listed: 0, assembly: 0, madeOutside: 0.9, none: 0.1 })],
  }),
  makeProduct({
    id: "p5",
    unitValueUsd: { value: 10, sourceIds: [], basis: "test", confidence: "EST", year: 2025 },
    annualUnits: { value: 2000, sourceIds: [], basis: "test", confidence: "EST", scope: "outside-china", year: 2024 },
    components: [],
  }),
  makeProduct({
    id: "p6",
    endUse: "military",
    unitValueUsd: { value: 1000, sourceIds: [], basis: "test", confidence: "EST", year: 2025 },
    annualUnits: { value: 10, sourceIds: [], basis: "test", confidence: "EST", scope: "outside-china", year: 2024 },
    components: [makeComponent({ name: "F magnets", form: "ndfeb_magnet", elements: [{ symbol: "Dy", grams: 10 }], massG: 300 }, { listed: 0, assembly: 0, madeOutside: 0.99, none: 0.01 })],
  }),
  makeProduct({
    id: "p7",
    sectorId: "telecom",
    unitValueUsd: { value: 3000, sourceIds: [], basis: "test", confidence: "EST", year: 2025 },
    annualUnits: { value: 100, sourceIds: [], basis: "test", confidence: "EST", scope: "outside-china", year: 2024 },
    components: [makeComponent({ name: "G Er fibre", form: "doped_fibre", elements: [{ symbol: "Er", grams: 0.001 }] }, { listed: 0, assembly: 0, madeOutside: 0.99, none: 0.01 })],
  }),
  makeProduct({
    id: "p8",
    sectorId: "semiconductors",
    advancedSemiconductor: true,
    components: [makeComponent({ name: "H Y2O3 coating", form: "oxide_compound", elements: [{ symbol: "Y", grams: 10 }] }, { listed: 0, assembly: 0, madeOutside: 0.95, none: 0.05 })],
  }),
  makeProduct({
    id: "p9",
    sectorId: "aerospace",
    unitValueUsd: { value: 50, sourceIds: [], basis: "test", confidence: "EST", year: 2025 },
    components: [makeComponent({ name: "I motor magnets", form: "ndfeb_magnet", elements: [{ symbol: "Dy", grams: 10 }], massG: 100, assembly: "motor" }, { listed: 0, assembly: 1, madeOutside: 0, none: 0 })],
  }),
]);
}
