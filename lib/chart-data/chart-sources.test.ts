import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { collectSourceIds, compareSourceIds, sourcesOfResult, sourcesOfRules, sourcesOfTimeline } from "./chart-sources";

describe("compareSourceIds", () => {
  it("orders S before R before FX, by number", () => {
    expect(["R2", "FX-ECB", "S10", "S2", "R10"].sort(compareSourceIds)).toEqual(["S2", "S10", "R2", "R10", "FX-ECB"]);
  });
});

describe("collectSourceIds", () => {
  it("finds ids under any key ending in sourceIds, at any depth, once each", () => {
    expect(collectSourceIds({ sourceIds: ["S3"], a: [{ usesSourceIds: ["S1", "S3"] }], b: { c: { reviewSourceIds: ["R1"] } } }, null)).toEqual(["S1", "S3", "R1"]);
  });
});

describe("sourcesOfResult", () => {
  const dataset = getDataset();
  const today = "2026-12-02";
  const ids = (regime: string) => sourcesOfResult(dataset, computeExposure(dataset, resolveScenario(dataset, { regime }, today)));

  it("cites the regime and the measures in force, and every product's sources", () => {
    const apr = ids("apr-2025");
    const regime = dataset.regimes.regimes.find((r) => r.id === "apr-2025")!;
    const ann18 = dataset.measures.measures.find((m) => m.id === "cn-mofcom-gac-ann18-2025")!;
    for (const id of [...regime.sourceIds, ...ann18.sourceIds, "S173"]) expect(apr).toContain(id);
  });

  it("leaves out a measure that is not in force, and cites it once it is", () => {
    // Give Ann. 57 an id nothing else cites: it is in force under the October 2025 preset, not under April 2025's.
    const marked = structuredClone(dataset);
    marked.measures.measures.find((m) => m.id === "cn-mofcom-gac-ann57-2025")!.sourceIds = ["S9999"];
    const of = (regime: string) => sourcesOfResult(marked, computeExposure(marked, resolveScenario(marked, { regime }, today)));
    expect(of("apr-2025")).not.toContain("S9999");
    expect(of("oct-2025")).toContain("S9999");
  });

  it("checks a parts list against the rules only: no product's own sources", () => {
    const scenario = resolveScenario(dataset, { regime: "apr-2025" }, today);
    const rules = sourcesOfRules(dataset, { scenario });
    const productOnly = collectSourceIds(dataset.products).filter((id) => !collectSourceIds(dataset.regimes, dataset.measures, dataset.controlRules, dataset.elements).includes(id));
    expect(productOnly.length).toBeGreaterThan(0);
    for (const id of productOnly) expect(rules).not.toContain(id);
    expect(sourcesOfResult(dataset, { scenario })).toEqual(expect.arrayContaining(rules));
  });

  it("gives the timeline the measures' sources only", () => {
    expect(sourcesOfTimeline(dataset)).toEqual(collectSourceIds(dataset.measures.measures));
  });
});
