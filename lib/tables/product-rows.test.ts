import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { selectProductRows } from "./product-rows";

const dataset = getDataset();
const result = computeExposure(dataset, resolveScenario(dataset, { regime: "apr-2025" }, "2026-11-25"));
const names = new Map(dataset.products.sectors.map((s) => [s.id, s.name]));

describe("selectProductRows", () => {
  it("filters by sector and status", () => {
    const rows = selectProductRows(result.products, names, { sector: "defense", status: "denied", sort: "name", dir: "asc" });
    expect(rows.length).toBe(9); // 10 defence products; the NVG's Tb sits in an FAQ-excluded phosphor
    expect(rows.every((r) => r.sectorId === "defense" && r.status === "denied")).toBe(true);
  });

  it("sorts by status worst first when descending, then by name", () => {
    const rows = selectProductRows(result.products, names, { sector: null, status: null, sort: "status", dir: "desc" });
    expect(rows[0]?.status).toBe("denied");
    expect(rows.at(-1)?.status).toBe("free");
    expect(rows).toHaveLength(result.products.length);
  });

  it("puts gaps last in both directions", () => {
    for (const dir of ["asc", "desc"] as const) {
      const rows = selectProductRows(result.products, names, { sector: null, status: null, sort: "valueAtRisk", dir });
      const firstNull = rows.findIndex((r) => r.valueAtRiskUsd === null);
      expect(rows.slice(firstNull).every((r) => r.valueAtRiskUsd === null)).toBe(true);
    }
  });
});
