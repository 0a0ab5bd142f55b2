import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import {
  CURRENT_KEY,
  combineRegimeComparison,
  computePresetResults,
  toRegimeComparisonSeries,
} from "./regime-comparison-series";

const TODAY = "2026-11-25";
const dataset = getDataset();
const presets = computePresetResults(dataset, TODAY);
const breakdown = computeExposure(dataset, resolveScenario(dataset, { regime: "breakdown" }, TODAY));
const series = combineRegimeComparison(presets, breakdown);
const bar = (sectorId: string, key: string) =>
  series.sectors.find((s) => s.sectorId === sectorId)?.bars.find((b) => b.key === key);

describe("computePresetResults", () => {
  it("evaluates every preset in dataset order, the 'today' presets on today", () => {
    expect(presets.presets.map((p) => p.id)).toEqual(dataset.regimes.regimes.map((r) => r.id));
    expect(presets.presets.find((p) => p.id === "apr-2025")?.asOf).toBe("2025-06-01");
    expect(presets.presets.find((p) => p.id === "breakdown")?.asOf).toBe(TODAY);
    expect(presets.sectors).toHaveLength(dataset.products.sectors.length);
  });
});

describe("combineRegimeComparison", () => {
  // Exposure in percent, worked out from data/products.json and data/elements.json:
  it.each([
    // Before April 2025 no rare-earth goods are listed: every sector is free.
    ["telecom", "pre-2025-04", 0],
    ["defense", "pre-2025-04", 0],
    // Telecom has no known volumes, so it is weighed by product count (3 products). Apr 2025: only the 5G radio
    // (Y oxide) is caught, Y separation share 0.99 (element-specific): 0.99 / 3 = 0.33.
    ["telecom", "apr-2025", 33],
    // Oct 2025 adds Er: EDFA and Er fibre spool (Er, 0.99) plus the 5G radio (Y, 0.99): 3 × 0.99 / 3 = 0.99.
    ["telecom", "oct-2025", 99],
    // Partial rollback: civil general licences; EDFA/fibre are dual-use but Er is not controlled (Apr list) and
    // the 5G radio is civil, so nothing is restricted.
    ["telecom", "partial-rollback", 0],
    // Aerospace, 3 products by count: only the Al-Sc part (alloy, Sc separation 0.75, dual-use) is caught:
    // 0.75 / 3 = 0.25, under every preset with Sc controlled, including partial rollback (not civil).
    ["aerospace", "apr-2025", 25],
    ["aerospace", "partial-rollback", 25],
    // Medical: only the Gd contrast dose has a volume ($1.5B/yr), weight = Gd separation 0.91 (aggregate):
    // 1.5e9 × 0.91 / 1.5e9 = 0.91.
    ["medical", "apr-2025", 91],
    ["medical", "partial-rollback", 0],
    // Wind: the two PMSG lines are 16,426,800,000 each of 131,414,400,000 = 0.125 each; Dy magnets bought from
    // China at the magnet share 0.94: 2 × 0.125 × 0.94 = 0.235.
    ["wind", "apr-2025", 23.5],
    // Breakdown adds the 0.1 % rule: weight 0.94 + (1 − 0.94) × 0.99 (Dy separation) = 0.9994; 0.25 × 0.9994 = 0.24985.
    ["wind", "breakdown", 24.985],
    // Semiconductors, 6 products by count: Sc target 0.75 + Gd target 0.91 + Tb target 0.99 = 2.65; 2.65 / 6 = 0.441667.
    ["semiconductors", "apr-2025", 44.1667],
    // Current = breakdown: Sc 0.75 + 0.25 × 0.75 = 0.9375; Gd 0.91 + 0.09 × 0.91 = 0.9919; Tb 0.99 + 0.01 × 0.99
    // = 0.9999; (0.9375 + 0.9919 + 0.9999) / 6 = 2.9293 / 6 = 0.488217.
    ["semiconductors", CURRENT_KEY, 48.8217],
    ["telecom", CURRENT_KEY, 99],
  ])("%s under %s: %s %%", (sectorId, key, expected) => {
    expect(bar(sectorId, key)?.exposurePct).toBeCloseTo(expected, 1);
  });

  it("has one bar per preset and then the current scenario, highlighted", () => {
    for (const s of series.sectors) {
      expect(s.bars.map((b) => b.key)).toEqual([...presets.presets.map((p) => p.id), CURRENT_KEY]);
      expect(s.bars.filter((b) => b.isCurrent).map((b) => b.key)).toEqual([CURRENT_KEY]);
    }
  });

  it("orders sectors by current exposure and keeps their basis", () => {
    const current = series.sectors.map((s) => s.currentPct);
    expect(current).toEqual([...current].sort((a, b) => b - a));
    expect(series.sectors.find((s) => s.sectorId === "telecom")?.basis).toBe("product-count");
    expect(series.sectors.find((s) => s.sectorId === "wind")?.basis).toBe("annual-value");
  });

  it("recomputes only the current column when the scenario changes", () => {
    // Current: April 2025 with only Y controlled. Telecom: the 5G radio alone, 0.99 / 3 = 0.33; medical: the Gd
    // dose is no longer caught and the Y-bearing PET scanner has no volume: 0.
    const onlyY = computeExposure(dataset, resolveScenario(dataset, { regime: "apr-2025", controlled: ["Y"] }, TODAY));
    const changed = combineRegimeComparison(presets, onlyY);
    const get = (sectorId: string, key: string) =>
      changed.sectors.find((s) => s.sectorId === sectorId)?.bars.find((b) => b.key === key)?.exposurePct;
    expect(get("telecom", CURRENT_KEY)).toBeCloseTo(33, 1);
    expect(get("medical", CURRENT_KEY)).toBe(0);
    expect(get("medical", "apr-2025")).toBeCloseTo(91, 1);
    expect(changed.currentLabel).toContain("changed: controlledElements");
  });

  it("says which sector swings most across presets", () => {
    // Before April 2025 every sector is at 0 %, so it is set aside. Among the rest, telecom spans 0 % (partial
    // rollback) to 99 % (October 2025 as announced, the first preset at 99 %): 99 points, the widest; medical spans
    // 0–91, wind 0–24.985, defence 99.8 under all of them.
    expect(series.takeaway).toBe(
      "Leaving aside Before April 2025 (no sector exposed), Telecom & optical depends most on the regime: 0 % (Partial rollback) to 99.0 % (October 2025 as announced); the current scenario puts it at 99.0 %.",
    );
  });

  it("gives the same answer in one call", () => {
    expect(toRegimeComparisonSeries(dataset, breakdown, TODAY)).toEqual(series);
  });
});
