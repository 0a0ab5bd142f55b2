import { describe, expect, it } from "vitest";
import elements from "../../data/elements.json";
import { getDataset, parseDataset } from "./load-dataset";

describe("getDataset", () => {
  const dataset = getDataset();

  it("validates every data file and resolves every reference", () => {
    expect(dataset.elements.elements).toHaveLength(17);
    expect(dataset.products.sectors.length).toBeGreaterThanOrEqual(9);
    expect(dataset.products.products.length).toBeGreaterThanOrEqual(40);
    expect(dataset.measures.measures.length).toBeGreaterThanOrEqual(6);
  });

  it("holds the measures the model needs", () => {
    const ids = dataset.measures.measures.map((m) => m.id);
    for (const id of [
      "cn-tech-catalogue-2023",
      "cn-mofcom-gac-ann18-2025",
      "cn-mofcom-gac-ann57-2025",
      "cn-mofcom-ann61-2025",
      "cn-mofcom-ann62-2025",
      "cn-mofcom-gac-ann70-2025",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("holds the nine sectors the brief names and conventional light vehicles", () => {
    expect(dataset.products.sectors.map((s) => s.id).sort()).toEqual(
      ["aerospace", "automotive", "consumer-electronics", "defense", "ev", "industrial", "medical", "semiconductors", "telecom", "wind"],
    );
  });

  it("holds the three Kuala Lumpur scenarios", () => {
    const scenarios = dataset.regimes.regimes.filter((r) => r.kind === "scenario").map((r) => r.id);
    expect(scenarios).toEqual(["extended-pause", "partial-rollback", "breakdown"]);
  });

  it("marks every estimate as an estimate with its basis", () => {
    for (const p of dataset.products.products) {
      if (p.unitValueUsd.confidence === "EST") expect(p.unitValueUsd.basis).toMatch(/EST|assum|×|x /i);
      for (const c of p.components) expect(c.basis.length).toBeGreaterThan(0);
    }
  });
});

describe("parseDataset", () => {
  const good = getDataset();

  it("rejects an element with a China share above 1", () => {
    const bad = structuredClone(elements);
    const first = bad.elements[0];
    if (!first?.chinaShare.mining) throw new Error("fixture");
    first.chinaShare.mining.value = 1.5;
    expect(() => parseDataset({ ...good, elements: bad })).toThrow();
  });

  it("rejects a source id that resolves nowhere", () => {
    const bad = structuredClone(good);
    const p = bad.products.products[0];
    if (!p) throw new Error("fixture");
    p.unitValueUsd.sourceIds = ["S99999"];
    expect(() => parseDataset(bad)).toThrow(/unknown source S99999/);
  });

  it("rejects a product in an unknown sector", () => {
    const bad = structuredClone(good);
    const p = bad.products.products[0];
    if (!p) throw new Error("fixture");
    p.sectorId = "nowhere";
    expect(() => parseDataset(bad)).toThrow(/unknown sector nowhere/);
  });
});
