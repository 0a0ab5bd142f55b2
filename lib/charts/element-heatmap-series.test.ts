import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { toElementHeatmapSeries } from "./element-heatmap-series";

const TODAY = "2026-11-25";
const dataset = getDataset();
const seriesFor = (regime: string) =>
  toElementHeatmapSeries(computeExposure(dataset, resolveScenario(dataset, { regime }, TODAY)));
const breakdown = seriesFor("breakdown");
const cell = (s: ReturnType<typeof seriesFor>, symbol: string, sectorId: string) =>
  s.rows.find((r) => r.symbol === symbol)?.cells.find((c) => c.sectorId === sectorId);

describe("toElementHeatmapSeries (breakdown)", () => {
  it("keeps only elements that drive something, in atomic-number order", () => {
    // 12 controlled; Eu, Ho, Tm, Yb are in no caught product; Lu only in the Lu-177 dose and the PET scanner,
    // neither with a known volume, so medical (weighed by value) gets nothing through Lu.
    expect(breakdown.rows.map((r) => r.symbol)).toEqual(["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Er"]);
    expect(breakdown.columns.map((c) => c.sectorId)).toEqual(dataset.products.sectors.map((s) => s.id));
  });

  it.each([
    // Telecom, by product count (3): EDFA and Er fibre spool, Er separation 0.99 each: 2 × 0.99 / 3 = 0.66.
    ["Er", "telecom", 0.66],
    // 5G radio, Y oxide at 0.99: 0.99 / 3 = 0.33.
    ["Y", "telecom", 0.33],
    // Medical, by value: only the Gd dose has a volume; its weight is Gd separation 0.91: 0.91.
    ["Gd", "medical", 0.91],
    // The Dy MRI magnet has no volume: no value at risk.
    ["Dy", "medical", 0],
    // Wind: 2 PMSG lines × 0.125 of sector value × (0.94 + 0.06 × 0.99 = 0.9994) = 0.24985.
    ["Dy", "wind", 0.24985],
    // Semiconductors, by product count (6): Sc target 0.75 + 0.25 × 0.75 = 0.9375 → 0.9375 / 6 = 0.15625.
    ["Sc", "semiconductors", 0.15625],
    // Gd target 0.91 + 0.09 × 0.91 = 0.9919 → / 6 = 0.165317.
    ["Gd", "semiconductors", 0.165317],
    // Tb target 0.99 + 0.01 × 0.99 = 0.9999 → / 6 = 0.16665.
    ["Tb", "semiconductors", 0.16665],
    // Aerospace, by product count (3): Al-Sc part, Sc separation 0.75 (an alloy is not a 0.1 % rule form): 0.25.
    ["Sc", "aerospace", 0.25],
    // Industrial, by value: robots 27,065,100,000 of 64,065,100,000 (with autocatalysts 37e9), motor magnets excluded
    // (traded as motors) so only the 0.1 % rule route, 0.06 × 0.99 = 0.0594: 0.422459 × 0.0594 = 0.025094.
    ["Dy", "industrial", 0.025094],
    // Er drives nothing outside telecom.
    ["Er", "defense", 0],
  ])("%s in %s: %s", (symbol, sectorId, expected) => {
    expect(cell(breakdown, symbol, sectorId)?.value).toBeCloseTo(expected, 5);
  });

  it("tints a cell by its value, never leaving a non-zero value untinted", () => {
    // intensity = round(8 + 47 × value): Gd medical 8 + 47 × 0.91 = 50.77 → 51; zero → 0; Dy industrial → 9.
    expect(cell(breakdown, "Gd", "medical")?.intensity).toBe(51);
    expect(cell(breakdown, "Dy", "medical")?.intensity).toBe(0);
    expect(cell(breakdown, "Dy", "industrial")?.intensity).toBe(9);
    expect(cell(breakdown, "Er", "telecom")?.display).toBe("66.0 %");
  });

  it("adds up, column by column, to at least the sector's exposure", () => {
    for (const c of breakdown.columns) {
      const sum = breakdown.rows.reduce((t, r) => t + (r.cells.find((x) => x.sectorId === c.sectorId)?.value ?? 0), 0);
      expect(sum).toBeGreaterThanOrEqual(c.exposure - 1e-9);
    }
  });

  it("names the widest-reaching element and the largest cell", () => {
    // Dy reaches EV, defence, wind, consumer electronics and industrial (5 of 9). Largest cell: Sm in defence, the
    // F-35, Virginia, DDG-51 and Javelin (the F-22's volume is 0), value at risk 9,063,673,696 + 3,499,874,000 +
    // 4,999,820,000 + 505,344,000 = 18,068,711,696 of 18,101,600,000 = 0.998183 → "99.8 %".
    expect(breakdown.takeaway).toBe(
      "7 elements drive exposure; Dy reaches the most sectors (5 of 9); the largest single share is Sm in Defence (99.8 %).",
    );
  });
});

describe("toElementHeatmapSeries (other regimes)", () => {
  it.each([
    // April 2025: Er is not controlled; telecom is the 5G radio alone (Y, 0.99 / 3 = 0.33).
    ["apr-2025", ["Sc", "Y", "Sm", "Gd", "Tb", "Dy"], "Y", "telecom", 0.33],
    // Partial rollback: civil products pass under general licences, so only defence (Y, Sm, Tb, Dy) and the
    // dual-use Al-Sc part (Sc 0.75 / 3 = 0.25) remain; the free EV magnet set (drivers Tb, Dy) counts for nothing.
    ["partial-rollback", ["Sc", "Y", "Sm", "Tb", "Dy"], "Sc", "aerospace", 0.25],
    ["partial-rollback", ["Sc", "Y", "Sm", "Tb", "Dy"], "Dy", "ev", 0],
    // Before April 2025 nothing is controlled.
    ["pre-2025-04", [], "Dy", "ev", undefined],
  ] as const)("%s: rows %j, %s in %s = %s", (regime, rows, symbol, sectorId, expected) => {
    const s = seriesFor(regime);
    expect(s.rows.map((r) => r.symbol)).toEqual(rows);
    const v = cell(s, symbol, sectorId)?.value;
    if (expected === undefined) expect(v).toBeUndefined();
    else expect(v).toBeCloseTo(expected, 5);
  });

  it("says so when nothing is driven", () => {
    expect(seriesFor("pre-2025-04").takeaway).toBe("No controlled element drives any exposure in this scenario.");
  });
});

describe("toElementHeatmapSeries column headers", () => {
  it("shortens sector names for narrow headers, keeping the full name", () => {
    // Parenthetical dropped ("Aerospace (civil/dual)"), then any "& …" tail ("Telecom & optical").
    expect(breakdown.columns.map((c) => c.shortName)).toEqual([
      "Electric vehicles", "Semiconductors", "Defence", "Wind energy", "Consumer electronics", "Aerospace", "Medical",
      "Industrial", "Telecom",
    ]);
    expect(breakdown.columns.find((c) => c.sectorId === "telecom")?.name).toBe("Telecom & optical");
  });
});
