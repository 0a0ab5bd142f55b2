import { describe, expect, it } from "vitest";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { makeHandDataset } from "../engine/test-fixture";
import { toSectorSeries } from "./sector-series";

const dataset = makeHandDataset();
const rows = (input: Parameters<typeof resolveScenario>[1]) => toSectorSeries(computeExposure(dataset, resolveScenario(dataset, input, "2026-12-02")));

describe("toSectorSeries", () => {
  it("puts value-weighted sectors first, by value at risk, then those weighed by count", () => {
    // 1 Aug 2025, by value at risk: industrial 91,650; semiconductors 100,000 × 0.95 × 0.75 = 71,250; aerospace and
    // telecom 0 (then by name); by count: medical 90 % (p4), then the sectors with no product in this dataset
    const r = rows({ asOf: "2025-08-01" });
    const order = r.map((x) => `${x.sectorId}:${x.basis}`);
    expect(order.slice(0, 5)).toEqual(["industrial:value", "semiconductors:value", "aerospace:value", "telecom:value", "medical:count"]);
  });

  it("splits the low end by status, in percent", () => {
    const industrial = rows({ asOf: "2025-08-01" }).find((x) => x.sectorId === "industrial");
    // licence 97,000 / 140,000 = 69.29 %; denied 18,900 / 140,000 = 13.5 %; total 115,900 / 140,000 = 82.79 %
    expect(industrial).toMatchObject({ license: 69.29, caseByCase: 0, denied: 13.5, low: 82.79, high: 82.79 });
  });

  it("carries a range to its high end", () => {
    // as of today: telecom 0 % if the suspension was extended, 99 % if it lapsed (p7's Er fibre)
    const telecom = rows({ regime: "as-of-today" }).find((x) => x.sectorId === "telecom");
    expect(telecom).toMatchObject({ low: 0, high: 99, license: 0 });
  });
});
