import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { toSectorSeries } from "./sector-series";

describe("toSectorSeries", () => {
  const dataset = getDataset();
  const result = computeExposure(dataset, resolveScenario(dataset, { regime: "apr-2025" }, "2026-11-25"));
  const rows = toSectorSeries(result);

  it("has one row per sector, most exposed first", () => {
    expect(rows).toHaveLength(dataset.products.sectors.length);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.total).toBeGreaterThanOrEqual(rows[i]!.total);
  });

  it("splits each sector's percentage by status and matches the engine", () => {
    for (const row of rows) {
      const sector = result.sectors.find((s) => s.id === row.sectorId)!;
      expect(row.license + row.caseByCase + row.denied).toBeCloseTo(row.total, 1);
      expect(row.total).toBeCloseTo(sector.exposure * 100, 1);
    }
  });

  it("puts defence first under April 2025, nearly all denied", () => {
    expect(rows[0]?.sectorId).toBe("defense");
    expect(rows[0]?.denied).toBeGreaterThan(90);
    expect(rows[0]?.license).toBe(0);
  });
});
