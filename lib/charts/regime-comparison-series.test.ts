import { describe, expect, it } from "vitest";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { makeHandDataset } from "../engine/test-fixture";
import { CURRENT_KEY, combineRegimeComparison, computePresetResults, toRegimeComparisonSeries } from "./regime-comparison-series";

const TODAY = "2026-12-02";
const dataset = makeHandDataset();
const presets = computePresetResults(dataset, TODAY);
const breakdown = computeExposure(dataset, resolveScenario(dataset, { regime: "breakdown" }, TODAY));
const series = combineRegimeComparison(presets, breakdown);
const bar = (sectorId: string, key: string) => series.sectors.find((s) => s.sectorId === sectorId)?.bars.find((b) => b.key === key);

describe("computePresetResults", () => {
  it("evaluates every preset in dataset order, the 'today' presets on today", () => {
    expect(presets.presets.map((p) => p.id)).toEqual(dataset.regimes.regimes.map((r) => r.id));
    expect(presets.presets.find((p) => p.id === "apr-2025")?.asOf).toBe("2025-06-01");
    expect(presets.presets.find((p) => p.id === "breakdown")?.asOf).toBe(TODAY);
  });
});

describe("combineRegimeComparison (hand dataset)", () => {
  it.each([
    ["telecom", "pre-2025-04", 0, 0],
    // p7's Er fibre: Er controlled only under Ann. 57
    ["telecom", "apr-2025", 0, 0],
    ["telecom", "oct-2025", 99, 99],
    ["telecom", "as-of-today", 0, 99],
    // 1 Jun 2025, customs holds on: p1's motor route is held too, A = 0.9, p1 = 1 − 0.1 × 0.1 = 0.99;
    // (99,000 + 9,000 + 9,900) / 140,000 = 84.21 %
    ["industrial", "apr-2025", 84.21, 84.21],
    // 15 Dec 2025, holds over: (97,000 + 9,000 + 9,900) / 140,000 = 82.79 %
    ["industrial", "post-suspension-2025-11", 82.79, 82.79],
    // p9 reached only by a motor: held in June 2025, FAQ-excluded after
    ["aerospace", "apr-2025", 100, 100],
    ["aerospace", "post-suspension-2025-11", 0, 0],
    ["telecom", CURRENT_KEY, 99, 99],
  ] as const)("%s under %s: %s–%s %%", (sectorId, key, low, high) => {
    expect(bar(sectorId, key)).toMatchObject({ lowPct: low, highPct: high });
  });

  it("has one bar per preset and then the current scenario, highlighted", () => {
    for (const s of series.sectors) {
      expect(s.bars.map((b) => b.key)).toEqual([...presets.presets.map((p) => p.id), CURRENT_KEY]);
      expect(s.bars.filter((b) => b.isCurrent).map((b) => b.key)).toEqual([CURRENT_KEY]);
    }
    expect(bar("telecom", "as-of-today")?.display).toBe("0–99 %");
  });

  it("orders sectors by the current scenario's high end", () => {
    const current = series.sectors.map((s) => s.currentPct);
    expect(current).toEqual([...current].sort((a, b) => b - a));
  });

  it("says which sector swings most across presets", () => {
    // Before April 2025 is all 0 and set aside. Aerospace spans 0 % (first at October 2025) to 100 % (April 2025):
    // 100 points, more than telecom's 99.
    expect(series.takeaway).toBe(
      "Leaving aside Before April 2025 (no sector exposed), Aerospace (civil/dual) depends most on the regime: 0 % (October 2025 as announced) to 100 % (April 2025 (Ann. 18)); the current scenario puts it at 0 %.",
    );
  });

  it("gives the same answer in one call", () => {
    expect(toRegimeComparisonSeries(dataset, breakdown, TODAY)).toEqual(series);
  });
});
