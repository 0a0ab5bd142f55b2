import { describe, expect, it } from "vitest";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { makeHandDataset } from "../engine/test-fixture";
import type { ProductTableQuery } from "../tables/product-rows";
import { toProductsTableView } from "./products-table-view";

const dataset = makeHandDataset();
const sectorNames = new Map(dataset.products.sectors.map((s) => [s.id, s.name]));
const ALL: ProductTableQuery = { sector: null, status: null, sort: "name", dir: "asc" };
const view = (input: ScenarioInput, query: ProductTableQuery = ALL, open: string | null = null) =>
  toProductsTableView(dataset, computeExposure(dataset, resolveScenario(dataset, input, "2026-12-02")).products, query, open, sectorNames);

describe("toProductsTableView (hand dataset, 1 Aug 2025)", () => {
  const AUG = { asOf: "2025-08-01" };

  it("prints each row's figures, and a word with its reason where there is none", () => {
    const rows = new Map(view(AUG).rows.map((r) => [r.id, r]));
    // p1: 1 − (1 − 0.7)(1 − 0.9) = 0.97 → "97 %"; value at risk 100,000 × 0.97 × 75 % = 72,750 → "$72.8K"
    expect(rows.get("p1")).toMatchObject({
      dependence: { text: "97 %", missing: false, high: 0.97 },
      status: { low: "license", high: "license" },
      valueAtRisk: { text: "$72.8K", missing: false },
      isInput: false,
      endUse: "civil",
    });
    // p3, loose magnets, is an input: it never adds to a sector's value
    expect(rows.get("p3")?.valueAtRisk).toMatchObject({ text: "input", missing: true, why: "An input never adds to a sector's value" });
    expect(rows.get("p3")?.isInput).toBe(true);
    // p4 has no volume on record
    expect(rows.get("p4")?.valueAtRisk).toMatchObject({ text: "n/a", missing: true, why: "No outside-China volume or unit value on record" });
    // p5 holds no rare earth: nothing depends, nothing drives it
    expect(rows.get("p5")).toMatchObject({ dependence: { text: "0 %" }, drivers: "—", status: { high: "free" } });
    // p8, advanced-node chip making
    expect(rows.get("p8")?.endUse).toBe("civil, advanced node");
  });

  it("has no dependence figure under the border lens", () => {
    const p1 = view({ ...AUG, lens: "border" }).rows.find((r) => r.id === "p1");
    expect(p1?.dependence).toMatchObject({ text: "—", missing: true, why: "Inputs and the border lens have no dependence figure" });
  });

  it.each([
    // 9 products; medical holds only p4
    [{ ...ALL, sector: "medical" }, ["p4"], "1 of 9 products"],
    // denied: p2 and p6 (military end use)
    [{ ...ALL, status: "denied" }, ["p2", "p6"], "2 of 9 products"],
    [ALL, ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9"], "9 of 9 products"],
  ] as const)("filters and counts: %j", (query, ids, count) => {
    const v = view(AUG, query);
    expect(v.rows.map((r) => r.id)).toEqual(ids);
    expect(v.countText).toBe(count);
  });

  it("details the open product only", () => {
    expect(view(AUG).detail).toBeNull();
    const d = view(AUG, ALL, "p1").detail;
    expect(d?.id).toBe("p1");
    expect(d?.unitValue.text).toBe("Unit value $100 (2025)");
    expect(d?.annualUnits.text).toBe("Units a year 1,000 (made outside china, 2024)");
    // A: listed 0.5 + made outside 0.2 caught (Dy); the motor route is excluded → 0.7 → "70 %"; 10 g to 3 digits
    expect(d?.components[0]?.line).toBe("A magnets, ndfeb magnet: Nd 100 g, Dy 10.0 g in 400 g — dependence 70 %");
    expect(d?.components[0]?.routes.map((r) => r.text)).toEqual([
      "50 % listed item from China: caught",
      "20 % inside an assembly from China: not caught",
      "20 % made outside China: caught",
    ]);
    expect(d?.components[0]?.noneLine).toBe("10 % no China-origin material");
    // a product filtered out of the table is not detailed
    expect(view(AUG, { ...ALL, sector: "medical" }, "p1").detail).toBeNull();
  });
});
