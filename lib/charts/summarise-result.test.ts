import { describe, expect, it } from "vitest";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import { makeHandDataset } from "../engine/test-fixture";
import { describeValueAtRisk, summariseResult } from "./summarise-result";

const dataset = makeHandDataset();
const run = (input: Parameters<typeof resolveScenario>[1]) => computeExposure(dataset, resolveScenario(dataset, input, "2026-12-02"));

describe("summariseResult (hand dataset)", () => {
  it("says nothing is exposed when nothing is controlled", () => {
    const s = summariseResult(run({ asOf: "2025-08-01", controlled: [] }));
    expect(s.sectorsExposed).toEqual({ low: 0, high: 0 });
    expect(s.headline).toMatch(/^No sector depends on a controlled input/);
  });

  it("names the sector with the most output at risk", () => {
    // 1 Aug 2025: industrial 82.79 % with 91,650 at risk; semiconductors 95 % (p8) with 71,250 at risk; medical 90 %
    // by count (not compared with value). Exposed: industrial, semiconductors, medical = 3 of 10
    const s = summariseResult(run({ asOf: "2025-08-01" }));
    expect(s.sectorsExposed).toEqual({ low: 3, high: 3 });
    expect(s.top?.id).toBe("industrial");
    // industrial drivers by contribution: Y 0.642857, Dy 0.570714, Sm 0.064286
    expect(s.headline).toBe(
      "3 of 10 sectors depend on a controlled input; most at risk: Industrial (robots, lasers, catalysts, glass), 83 % of its output made outside China, through Y, Dy, Sm ($91.7K a year at risk).",
    );
    // products: p1 licence, p2 denied, p3 licence, p4 licence, p5 free, p6 denied, p7 free, p8 licence, p9 free
    expect(s.statusCounts.high).toEqual({ free: 3, license: 4, "case-by-case": 0, denied: 2 });
    expect(s.rangeNote).toBeNull();
  });

  it("answers a range where the record is silent", () => {
    // as of today: telecom exposed only if the suspension lapsed: 3 (extended) to 4 (lapsed)
    const s = summariseResult(run({ regime: "as-of-today" }));
    expect(s.sectorsExposed).toEqual({ low: 3, high: 4 });
    expect(s.headline).toMatch(/^Between 3 and 4 of 10 sectors depend on a controlled input/);
    expect(s.rangeNote).toMatch(/extended.*lapsed/);
  });

  it("words the value at risk with the friction it assumes", () => {
    // industrial 91,650 + semiconductors 95,000 × 0.75 = 71,250; telecom, aerospace 0 → 162,900
    expect(describeValueAtRisk(run({ asOf: "2025-08-01" }))).toBe(
      "$163K a year of output made outside China depends on supply that does not arrive in time (licences at 75 % friction, denials in full)",
    );
    expect(describeValueAtRisk(run({ asOf: "2025-08-01", lens: "border" }))).toBeNull();
  });
});
