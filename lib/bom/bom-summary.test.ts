import { describe, expect, it } from "vitest";
import type { Status } from "../engine/status";
import type { ElementSymbol } from "../schemas/constants";
import { summariseParts } from "./bom-summary";
import type { PartResult } from "./determine-parts";

function result(status: Status, unitValueUsd: number, drivers: ElementSymbol[], incomplete = false): PartResult {
  return {
    partId: "x", description: "", unitValueUsd, madeIn: "china", endUse: "civil", form: "alloy", elements: [], status,
    statusLow: status,
    route: drivers.length > 0 ? "direct" : null, controlledContentPct: null, thresholdPct: null, drivers, reason: "",
    incomplete, errorRows: [], rows: [],
  };
}

describe("summariseParts", () => {
  it("counts parts and sums unit value by status, with a chart series in status order", () => {
    const s = summariseParts([
      result("license", 90, ["Dy"]),
      result("free", 50, []),
      result("denied", 600, ["Tb", "Dy"], true),
      result("license", 10, ["Sm"]),
      // Caught but free under a general licence: counted as free, and not as a restricted driver.
      result("free", 250, ["Dy"]),
    ]);
    // Total 90 + 50 + 600 + 10 + 250 = 1000.
    expect(s.parts).toBe(5);
    expect(s.totalUnitValueUsd).toBe(1000);
    expect(s.incompleteParts).toBe(1);
    expect(s.byStatus).toEqual({
      free: { parts: 2, unitValueUsd: 300 },
      license: { parts: 2, unitValueUsd: 100 },
      "case-by-case": { parts: 0, unitValueUsd: 0 },
      denied: { parts: 1, unitValueUsd: 600 },
    });
    expect(s.series).toEqual([
      { status: "free", label: "Free", parts: 2, unitValueUsd: 300, partsPct: 40, valuePct: 30 },
      { status: "license", label: "Licence", parts: 2, unitValueUsd: 100, partsPct: 40, valuePct: 10 },
      { status: "case-by-case", label: "Case-by-case", parts: 0, unitValueUsd: 0, partsPct: 0, valuePct: 0 },
      { status: "denied", label: "Denied", parts: 1, unitValueUsd: 600, partsPct: 20, valuePct: 60 },
    ]);
    // Dy restricts 2 parts (90 + 600); Sm (62) and Tb (65) one each, so in atomic order after Dy.
    expect(s.drivers).toEqual([
      { symbol: "Dy", parts: 2, unitValueUsd: 690 },
      { symbol: "Sm", parts: 1, unitValueUsd: 10 },
      { symbol: "Tb", parts: 1, unitValueUsd: 600 },
    ]);
  });

  it("summarises no parts as zeros, not NaN", () => {
    const s = summariseParts([]);
    expect(s.parts).toBe(0);
    expect(s.series.every((p) => p.parts === 0 && p.partsPct === 0 && p.valuePct === 0)).toBe(true);
    expect(s.drivers).toEqual([]);
  });
});
