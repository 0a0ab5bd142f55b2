import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { summariseResult } from "./summarise-result";

const dataset = getDataset();
const run = (regime: string, controlled?: string[]) =>
  summariseResult(
    computeExposure(
      dataset,
      resolveScenario(dataset, { regime, ...(controlled ? { controlled: controlled as never } : {}) }, "2026-11-25"),
    ),
  );

describe("summariseResult", () => {
  it("says nothing is exposed when nothing is controlled", () => {
    const s = run("apr-2025", []);
    expect(s.sectorsExposed).toBe(0);
    expect(s.valueAtRiskUsd).toBe(0);
    expect(s.headline).toMatch(/No sector is exposed/);
  });

  it("counts statuses over all 50 products under April 2025", () => {
    const s = run("apr-2025");
    expect(s.statusCounts.free + s.statusCounts.license + s.statusCounts["case-by-case"] + s.statusCounts.denied).toBe(50);
    // defence: 9 of 10 denied (the NVG phosphor is excluded); no Ann. 61 case-by-case rule in April 2025
    expect(s.statusCounts.denied).toBe(9);
    expect(s.statusCounts["case-by-case"]).toBe(0);
    expect(s.sectorsExposed).toBe(7);
  });
});
