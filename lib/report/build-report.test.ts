import { describe, expect, it } from "vitest";
import { makeHandDataset } from "../engine/test-fixture";
import { scenarioFromParams } from "../scenario/scenario-from-params";
import { reportFileName } from "./build-report";
import { makeTestReport } from "./report-fixture";

describe("buildReport", () => {
  it("records the scenario, its hash and a query that reproduces it", async () => {
    const r = await makeTestReport({ regime: "breakdown", controlled: ["Dy", "Tb"], thresholdPct: 0.5 });
    expect(r.scenarioSha256).toMatch(/^[0-9a-f]{64}$/);
    const again = scenarioFromParams(makeHandDataset(), new URLSearchParams(r.scenarioQuery), "2026-11-25");
    expect(again.ok && again.value).toEqual(r.scenario);
  });

  it("gives equal hashes for equal inputs and different ones otherwise", async () => {
    const a = await makeTestReport({ regime: "apr-2025" });
    const b = await makeTestReport({ regime: "apr-2025" }, "2030-01-01T00:00:00.000Z");
    const c = await makeTestReport({ regime: "apr-2025", controlled: ["Dy"] });
    expect(a.scenarioSha256).toBe(b.scenarioSha256);
    expect(a.scenarioSha256).not.toBe(c.scenarioSha256);
  });

  it("lists only sources that resolve, each once", async () => {
    const r = await makeTestReport();
    const ids = r.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("S10"); // Ann. 18, the regime's measure
    expect(ids).toContain("R4"); // the default licence friction (CLEPA, June 2025)
  });

  it("names files after the scenario, its date and hash", async () => {
    const r = await makeTestReport({ regime: "breakdown", controlled: ["Dy"] });
    expect(reportFileName(r, "csv")).toBe(`rare-earth-exposure_breakdown-custom_2026-11-25_${r.scenarioSha256.slice(0, 8)}.csv`);
  });
});

describe("scenarioToQuery", () => {
  it("keeps a changed date with a preset, so the link resolves the same scenario", async () => {
    // 1 Sep 2025 is before Ann. 61's end-user rules (9 Oct 2025): the preset's own date would give case-by-case.
    // Ce is no Ann. 18 element, so the controlled set is an override and travels too.
    const r = await makeTestReport({ regime: "oct-2025", asOf: "2025-09-01", controlled: ["Ce"] });
    expect(r.scenarioQuery).toContain("asOf=2025-09-01");
    const again = scenarioFromParams(makeHandDataset(), new URLSearchParams(r.scenarioQuery), "2030-01-01");
    expect(again.ok && again.value).toEqual(r.scenario);
  });
});

describe("buildReport: model v2", () => {
  it("carries the headline and the range note of a range", async () => {
    const r = await makeTestReport({ regime: "as-of-today" });
    expect(r.reportVersion).toBe("2.0");
    expect(r.headline).toMatch(/^Between 3 and 4 of 10 sectors/);
    expect(r.rangeNote).toMatch(/extended.*lapsed/);
    // telecom at risk: 0 if extended; 300,000 × 0.99 × 0.75 = 222,750 if lapsed
    expect(r.sectors.find((s) => s.id === "telecom")?.valueAtRiskUsd?.high).toBeCloseTo(222_750, 6);
  });

  it("writes the v2 parameters into the query that reproduces the scenario", async () => {
    const r = await makeTestReport({ regime: "as-of-today", lens: "border", destination: "jp", frictionPct: 40, outcome: "lapsed" });
    const q = new URLSearchParams(r.scenarioQuery);
    expect([q.get("lens"), q.get("destination"), q.get("friction"), q.get("outcome")]).toEqual(["border", "jp", "40", "lapsed"]);
  });
});
