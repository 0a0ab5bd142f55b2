import { describe, expect, it } from "vitest";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { makeHandDataset } from "../engine/test-fixture";
import { toElementHeatmapSeries } from "./element-heatmap-series";

const dataset = makeHandDataset();
const seriesFor = (input: Parameters<typeof resolveScenario>[1]) => toElementHeatmapSeries(computeExposure(dataset, resolveScenario(dataset, input, "2026-12-02")));
const cell = (s: ReturnType<typeof seriesFor>, symbol: string, sectorId: string) => s.rows.find((r) => r.symbol === symbol)?.cells.find((c) => c.sectorId === sectorId);

describe("toElementHeatmapSeries (hand dataset, 1 Aug 2025)", () => {
  const s = seriesFor({ asOf: "2025-08-01" });

  it("keeps only elements that drive something, in atomic-number order", () => {
    // Y (p1's coating, p8), Sm (p2), Gd (p4), Dy (p1's magnets, p6): Y 39, Sm 62, Gd 64, Dy 66
    expect(s.rows.map((r) => r.symbol)).toEqual(["Y", "Sm", "Gd", "Dy"]);
    expect(s.columns.map((c) => c.sectorId)).toEqual(dataset.products.sectors.map((x) => x.id));
  });

  it.each([
    // industrial, by value (140,000): Y 0.9 × 100,000; Dy 0.7 × 100,000 + 0.99 × 10,000; Sm 0.9 × 10,000
    ["Y", "industrial", 90 / 140, "64 %", 38], // intensity round(8 + 47 × 0.642857) = round(38.21)
    ["Dy", "industrial", 79.9 / 140, "57 %", 35], // round(8 + 47 × 0.570714) = round(34.82)
    ["Sm", "industrial", 9 / 140, "6.4 %", 11], // round(8 + 47 × 0.064286) = round(11.02)
    ["Gd", "medical", 0.9, "90 %", 50], // by count: p4 alone; round(8 + 42.3)
    ["Y", "semiconductors", 0.95, "95 %", 53], // round(8 + 44.65) = round(52.65)
    ["Dy", "medical", 0, "0 %", 0],
  ] as const)("%s in %s", (symbol, sectorId, value, display, intensity) => {
    const c = cell(s, symbol, sectorId);
    expect(c?.value.high).toBeCloseTo(value, 12);
    expect(c?.display).toBe(display);
    expect(c?.intensity).toBe(intensity);
  });

  it("names the widest-reaching element and the largest share", () => {
    // Y reaches industrial and semiconductors (2); the largest cell is Y in semiconductors, 95 %
    expect(s.takeaway).toBe("4 elements drive exposure; Y reaches the most sectors (2 of 10); the largest single share is Y in Semiconductors (95 %).");
  });
});

describe("toElementHeatmapSeries: ranges", () => {
  it("shows a cell the record leaves open as a range", () => {
    // p7's Er fibre: 0 if the suspension was extended, 0.99 if it lapsed
    expect(cell(seriesFor({ regime: "as-of-today" }), "Er", "telecom")?.display).toBe("0–99 %");
  });
});
