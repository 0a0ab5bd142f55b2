import { describe, expect, it } from "vitest";
import type { BomStatusPoint } from "../bom/bom-summary";
import { toBomStatusChartData } from "./bom-status-chart-data";

describe("toBomStatusChartData", () => {
  it("gives each status's parts, shares and unit value", () => {
    const series: BomStatusPoint[] = [
      { status: "free", label: "Free", parts: 3, unitValueUsd: 30, partsPct: 75, valuePct: 30 },
      { status: "denied", label: "Denied", parts: 1, unitValueUsd: 70, partsPct: 25, valuePct: 70 },
    ];
    const t = toBomStatusChartData(series);
    expect(t.rows).toEqual([
      ["Free", 3, 75, 30, 30],
      ["Denied", 1, 25, 70, 70],
    ]);
    expect(t.rowKeys).toEqual(["free", "denied"]);
  });
});
