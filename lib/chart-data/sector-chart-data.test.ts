import { describe, expect, it } from "vitest";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { makeHandDataset } from "../engine/test-fixture";
import { checkChartTable } from "./chart-table";
import { toSectorChartData } from "./sector-chart-data";

const dataset = makeHandDataset();
const table = (input: Parameters<typeof resolveScenario>[1]) => toSectorChartData(computeExposure(dataset, resolveScenario(dataset, input, "2026-12-02")));

describe("toSectorChartData (hand dataset)", () => {
  const t = table({ asOf: "2025-08-01" });

  it("keeps the chart's order: value-weighted sectors by value at risk, then those by count", () => {
    expect(t.rowKeys.slice(0, 5)).toEqual(["industrial", "semiconductors", "aerospace", "telecom", "medical"]);
    expect(checkChartTable(t)).toEqual([]);
  });

  it("gives both ends, the split in percent, the basis in words and the value at risk", () => {
    // industrial: 115,900 / 140,000 = 82.7857 %; licence 97,000 / 140,000 = 69.2857 %; denied 18,900 / 140,000 = 13.5 %;
    // at risk 91,650; drivers Y, Dy, Sm; 4 of 4 final goods counted (p1, p2, p5, p6)
    const [name, low, high, licence, cbc, denied, basis, varLow, varHigh, drivers, counted, finals] = t.rows[0] ?? [];
    expect([name, basis, drivers, counted, finals]).toEqual([
      "Industrial (robots, lasers, catalysts, glass)",
      "output made outside China, by value",
      "Y Dy Sm",
      4,
      4,
    ]);
    expect(low).toBeCloseTo((115_900 / 140_000) * 100, 9);
    expect(high).toBeCloseTo((115_900 / 140_000) * 100, 9);
    expect(licence).toBeCloseTo((97_000 / 140_000) * 100, 9);
    expect(cbc).toBe(0);
    expect(denied).toBeCloseTo((18_900 / 140_000) * 100, 9);
    expect(varLow).toBeCloseTo(91_650, 6);
    expect(varHigh).toBeCloseTo(91_650, 6);
    // medical is weighed by count: no value at risk (a gap, not zero)
    const medical = t.rows[t.rowKeys.indexOf("medical")];
    expect(medical?.[7]).toBeNull();
  });

  it("writes both ends of a range", () => {
    const today = table({ regime: "as-of-today" });
    const telecom = today.rows[today.rowKeys.indexOf("telecom")];
    expect([telecom?.[1], telecom?.[2]]).toEqual([0, 99]);
  });
});
