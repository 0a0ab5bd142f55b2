import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { type Citation, computeCitedBy, describeField, groupCitations } from "./cited-by";

// A dataset cut down to one record of each kind; the shapes are those of data/ (only the keys the walk reads).
const fixture = {
  elements: {
    meta: { description: "" },
    elements: [
      {
        symbol: "Dy",
        name: "Dysprosium",
        atomicNumber: 66,
        chinaShare: { mining: { value: 0.69, sourceIds: ["S1"] }, separation: { value: 0.99, sourceIds: ["S1", "S2"] } },
        price: { value: 200, sourceIds: ["S3"], alternatives: [{ value: 900, sourceIds: ["S4"] }] },
        usesSourceIds: ["S2"],
      },
    ],
  },
  measures: {
    meta: { description: "" },
    measures: [{ id: "ann-18", title: "Ann. 18", sourceIds: ["S5"], parts: [{ part: "art1", description: "", sourceIds: ["S6"] }] }],
    exclusions: [{ id: "faq-motors", text: "Motors are not in scope.", sourceIds: ["S5"] }],
    presetHints: [],
  },
  products: {
    meta: { description: "" },
    sectors: [{ id: "ev", name: "EVs" }],
    products: [
      {
        id: "ev-motor",
        name: "EV motor",
        unitValueUsd: { value: 1, sourceIds: ["S7"] },
        annualUnits: { value: null, sourceIds: [] },
        // The element list inside a component is not a record: its ids stay with the component.
        components: [{ name: "Magnet", elements: [{ symbol: "Dy", grams: 40 }], sourceIds: ["S1", "S1"] }],
      },
    ],
  },
  regimes: { meta: { description: "" }, regimes: [{ id: "apr-2025", name: "April 2025", sourceIds: ["S5"] }] },
  controlRules: {
    meta: { description: "", sourceIds: ["S8"] },
    rules: [{ form: "metal", label: "Metal", sourceIds: ["S8"] }],
    extraterritorial: { sourceIds: ["S9"], componentValue: { sourceIds: ["S9"] } },
  },
} as unknown as Parameters<typeof computeCitedBy>[0];

const where = (cs: Citation[] | undefined) => (cs ?? []).map((c) => [c.entity.kind, c.entity.id, c.part?.label ?? null, c.field]);

describe("computeCitedBy", () => {
  const cited = computeCitedBy(fixture);

  it.each([
    // S1: Dy's mining and separation shares, and once (not twice) the magnet component of the EV motor.
    ["S1", [["element", "Dy", null, "China's share of mining"], ["element", "Dy", null, "China's share of separation"], ["product", "ev-motor", "Magnet", ""]]],
    ["S2", [["element", "Dy", null, "China's share of separation"], ["element", "Dy", null, "uses"]]],
    ["S4", [["element", "Dy", null, "other price quotes"]]],
    ["S5", [["measure", "ann-18", null, ""], ["exclusion", "faq-motors", null, ""], ["regime", "apr-2025", null, ""]]],
    ["S6", [["measure", "ann-18", "art1", ""]]],
    ["S7", [["product", "ev-motor", null, "unit value"]]],
    ["S8", [["setting", "control-rules.meta", null, ""], ["control-rule", "metal", null, ""]]],
    ["S9", [["setting", "control-rules.extraterritorial", null, ""], ["setting", "control-rules.extraterritorial", null, "component value"]]],
  ])("%s is cited where it is named", (id, expected) => {
    expect(where(cited.get(id))).toEqual(expected);
  });

  it("knows nothing of an id no record names", () => {
    expect(cited.get("S99")).toBeUndefined();
  });
});

describe("groupCitations", () => {
  it("lists each record once with its places", () => {
    const groups = groupCitations(computeCitedBy(fixture).get("S1") ?? []);
    expect(groups.map((g) => [g.entity.label, g.places])).toEqual([
      ["Dysprosium (Dy)", ["China's share of mining", "China's share of separation"]],
      ["EV motor", ["component Magnet"]],
    ]);
  });
});

describe("describeField", () => {
  it.each([
    [[], "sourceIds", ""],
    [["unitValueUsd"], "sourceIds", "unit value"],
    [["licensing"], "reviewSourceIds", "licence review time"],
    [["someNewField"], "sourceIds", "some new field"],
  ] as const)("%j + %s → %s", (path, key, words) => expect(describeField(path, key)).toBe(words));
});

describe("computeCitedBy on the bundled dataset", () => {
  const dataset = getDataset();
  const cited = computeCitedBy(dataset);

  it("finds the F-35's defence figures in CRS R41744 (S173)", () => {
    const products = groupCitations(cited.get("S173") ?? []).filter((g) => g.entity.kind === "product").map((g) => g.entity.id);
    expect(products).toContain("def-f35");
  });

  it("counts every source id the data names, and only those", () => {
    const named = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object")
        for (const [k, x] of Object.entries(v)) {
          if (/sourceIds$/i.test(k) && Array.isArray(x)) x.forEach((id) => named.add(String(id)));
          else walk(x);
        }
    };
    [dataset.elements, dataset.measures, dataset.products, dataset.regimes, dataset.controlRules].forEach(walk);
    expect(new Set(cited.keys())).toEqual(named);
  });
});
