import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { computeExposure } from "../engine/compute-exposure";
import { compareResults } from "./compare-results";
import { resolveCompareSides } from "./compare-query";
import { readComparePageParams, toCompareView } from "./compare-view";

const dataset = getDataset();
const TODAY = "2026-12-02";
const view = (a: string | null, b: string | null) => {
  const sides = resolveCompareSides(dataset, { a, b }, TODAY);
  return toCompareView(sides, compareResults(computeExposure(dataset, sides.a.scenario), computeExposure(dataset, sides.b.scenario)));
};

describe("toCompareView", () => {
  it("names both sides, links each to the dashboard and the downloads to the API, and offers the swap", () => {
    const v = view(null, null);
    expect(v.sides.a).toMatchObject({ name: "April 2025 (Ann. 18)", regime: "apr-2025", custom: false, dashboardHref: "/?regime=apr-2025&asOf=2025-06-01" });
    expect(v.sides.b).toMatchObject({ name: "October 2025 as announced", regime: "oct-2025", custom: false });
    expect(v.downloads.csv).toBe(`/api/compare?${new URLSearchParams({ a: v.sides.a.query, b: v.sides.b.query, format: "csv" })}`);
    expect(v.swapHref).toBe(`/compare?${new URLSearchParams({ a: v.sides.b.query, b: v.sides.a.query })}`);
    expect(v.valueAtRisk).toMatch(/^Value at risk a year: A \$.*, B \$.* \([+−]\$/);
    expect(v.chart.rows).toHaveLength(v.sectors.length);
  });

  it("marks a changed preset as custom, and a range with its note", () => {
    const v = view("regime=as-of-today&destination=jp", "regime=breakdown");
    expect(v.sides.a.custom).toBe(true);
    expect(v.rangeNotes).toEqual(["A: low, the suspension was extended; high, it lapsed. The record holds neither."]);
    expect(v.chart.anyRange).toBe(true);
  });

  it("gathers both sides' notices and warnings under their own names", () => {
    const v = view("regime=nope", "regime=oct-2025&military=licence");
    expect(v.notices.map((n) => n.param)).toEqual(["a.regime"]);
    expect(v.warnings.map((n) => n.param)).toEqual(["b.military"]);
  });
});

describe("readComparePageParams", () => {
  it.each([
    [{ a: "regime=apr-2025", b: "regime=oct-2025" }, "regime=apr-2025", "regime=oct-2025", [], []],
    [{}, null, null, [], []],
    [{ a: ["regime=apr-2025", "regime=breakdown"] }, "regime=apr-2025", null, ["a"], []],
    [{ b: "regime=oct-2025", utm_source: "x", colour: "red" }, null, "regime=oct-2025", [], ["utm_source", "colour"]],
  ])("%j", (raw, a, b, notices, warnings) => {
    const r = readComparePageParams(raw);
    expect([r.a, r.b]).toEqual([a, b]);
    expect(r.notices.map((n) => n.param)).toEqual(notices);
    expect(r.warnings.map((n) => n.param)).toEqual(warnings);
  });
});
