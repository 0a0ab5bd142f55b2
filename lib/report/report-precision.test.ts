import { describe, expect, it } from "vitest";
import { roundPercentOfValue, roundShare, roundTo, roundUnitUsd, roundUnits, roundUsd } from "./report-precision";

describe("report precision", () => {
  it.each([
    // value, places, expected (worked by hand)
    [0.11429768638094467, 4, 0.1143], // 1142.97… → 1143
    [0.99995, 4, 1], // 9999.5 → 10000 (half up)
    [0.00004, 4, 0], // 0.4 → 0
    [2 / 3, 4, 0.6667],
    [1234567.5, 0, 1234568],
    [1234567.49, 0, 1234567],
    [140.905, 2, 140.91], // 14090.5 → 14091
    [-0.11425, 4, -0.1143], // half away from zero
    [-0.00001, 4, 0], // never "-0"
    [0, 4, 0],
  ])("roundTo(%s, %s) = %s", (value, places, expected) => {
    expect(roundTo(value, places)).toBe(expected);
  });

  it("prints rounded values without float noise", () => {
    // 0.1 + 0.2 = 0.30000000000000004; 1/7 = 0.14285714285714285
    expect(String(roundShare(0.1 + 0.2))).toBe("0.3");
    expect(String(roundShare(1 / 7))).toBe("0.1429");
    expect(String(roundPercentOfValue(0.012345678))).toBe("0.0123");
  });

  it("rounds each kind of figure to its own precision and keeps gaps", () => {
    expect(roundShare(0.11429768638094467)).toBe(0.1143);
    expect(roundUsd(2_500_000_000.4)).toBe(2_500_000_000);
    expect(roundUnitUsd(862.6049)).toBe(862.6);
    expect(roundUnits(1.2)).toBe(1.2);
    expect(roundUsd(null)).toBeNull();
  });
});
