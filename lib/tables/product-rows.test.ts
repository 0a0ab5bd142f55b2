import { describe, expect, it } from "vitest";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { makeHandDataset } from "../engine/test-fixture";
import { selectProductRows } from "./product-rows";

const dataset = makeHandDataset();
const names = new Map(dataset.products.sectors.map((s) => [s.id, s.name]));
const at = (input: Parameters<typeof resolveScenario>[1]) => computeExposure(dataset, resolveScenario(dataset, input, "2026-12-02")).products;
const august = at({ asOf: "2025-08-01" });

describe("selectProductRows (hand dataset, 1 Aug 2025)", () => {
  it("filters by sector and status", () => {
    // industrial: p1 licence, p2 denied, p3 licence (input), p5 free, p6 denied
    const rows = selectProductRows(august, names, { sector: "industrial", status: "denied", sort: "name", dir: "asc" });
    expect(rows.map((r) => r.id)).toEqual(["p2", "p6"]);
  });

  it("sorts by status worst first when descending, then by name", () => {
    const rows = selectProductRows(august, names, { sector: null, status: null, sort: "status", dir: "desc" });
    expect(rows.map((r) => r.id)).toEqual(["p2", "p6", "p1", "p3", "p4", "p8", "p5", "p7", "p9"]);
  });

  it("sorts by dependence, gaps never first", () => {
    // p6 0.99, p1 0.97, p8 0.95, p2 0.9, p4 0.9, then the zeros by name
    const rows = selectProductRows(august, names, { sector: null, status: null, sort: "dependence", dir: "desc" });
    expect(rows.slice(0, 5).map((r) => r.id)).toEqual(["p6", "p1", "p8", "p2", "p4"]);
  });

  it("puts gaps last in both directions", () => {
    for (const dir of ["asc", "desc"] as const) {
      const rows = selectProductRows(august, names, { sector: null, status: null, sort: "valueAtRisk", dir });
      const firstNull = rows.findIndex((r) => r.valueAtRiskUsd === null);
      expect(firstNull).toBeGreaterThan(0);
      expect(rows.slice(firstNull).every((r) => r.valueAtRiskUsd === null)).toBe(true);
    }
  });

  it("a status filter matches either end of a range", () => {
    // as of today, p7 is free if extended, licence if lapsed
    const today = at({ regime: "as-of-today" });
    expect(selectProductRows(today, names, { sector: "telecom", status: "free", sort: "name", dir: "asc" }).map((r) => r.id)).toEqual(["p7"]);
    expect(selectProductRows(today, names, { sector: "telecom", status: "license", sort: "name", dir: "asc" }).map((r) => r.id)).toEqual(["p7"]);
  });
});
