import { describe, expect, it } from "vitest";
import type { SectorResult } from "../engine/exposure-types";
import { checkChartTable } from "./chart-table";
import { toSectorChartData } from "./sector-chart-data";

const split = (license: number, caseByCase: number, denied: number) =>
  ({ free: { exposure: 0 }, license: { exposure: license }, "case-by-case": { exposure: caseByCase }, denied: { exposure: denied } }) as unknown as SectorResult["byStatus"];

const sectors = [
  { id: "medical", name: "Medical", exposure: 0.05, exposureBasis: "product-count", valueUsd: null, valueAtRiskUsd: null, byStatus: split(0.05, 0, 0), drivers: ["Gd"], productCount: 4, productsWithVolume: 0 },
  { id: "ev", name: "EVs", exposure: 0.25, exposureBasis: "annual-value", valueUsd: 8e11, valueAtRiskUsd: 2e11, byStatus: split(0.2, 0, 0.05), drivers: ["Dy", "Tb"], productCount: 6, productsWithVolume: 5 },
] as unknown as SectorResult[];

describe("toSectorChartData", () => {
  const t = toSectorChartData({ sectors });

  it("puts the most exposed sector first, as the chart does", () => {
    expect(t.rowKeys).toEqual(["ev", "medical"]);
    expect(checkChartTable(t)).toEqual([]);
  });

  it("gives exposure and its split in percent, the basis in words and the drivers", () => {
    // EVs: 0.25 → 25 %; licence 0.2 → 20 %; denied 0.05 → 5 %; $200 B at risk of $800 B.
    expect(t.rows[0]).toEqual(["EVs", 25, 20, 0, 5, "annual value", 2e11, "Dy Tb", 5, 6]);
    // Medical is weighed by product count: no value at risk (a gap, not zero).
    expect(t.rows[1]).toEqual(["Medical", 5, 5, 0, 0, "product count", null, "Gd", 0, 4]);
  });
});
