import { describe, expect, it } from "vitest";
import type { MeasuresTimelineSeries, TimelineRow } from "../charts/measures-timeline-series";
import { checkChartTable } from "./chart-table";
import { toMeasuresTimelineChartData } from "./measures-timeline-chart-data";

const row = (over: Partial<TimelineRow>): TimelineRow =>
  ({ id: "m", label: "Ann. 18/2025", title: "T", isPart: false, goodsControl: true, announced: "2025-04-04", effective: "2025-04-04", suspendedFrom: null, suspendedUntil: null, suspendedBy: null, neverInForce: false, statusToday: "in force", offset: 0, inForce: 0, suspended: 0, afterScheduledEnd: 0, details: [], ...over }) as TimelineRow;

describe("toMeasuresTimelineChartData", () => {
  const series = {
    rows: [
      row({ id: "ann18" }),
      row({ id: "ann57", label: "Ann. 57/2025", announced: "2025-10-09", effective: "2025-11-08", suspendedFrom: "2025-11-07", suspendedUntil: "2026-11-10", suspendedBy: "Ann. 70/2025", neverInForce: true, statusToday: "suspended" }),
    ],
  } as MeasuresTimelineSeries;
  const t = toMeasuresTimelineChartData(series);

  it("writes each date as ISO and the flags in words", () => {
    expect(t.rows[1]).toEqual(["Ann. 57/2025", "T", "2025-10-09", "2025-11-08", "2025-11-07", "2026-11-10", "Ann. 70/2025", "yes", "suspended"]);
    expect(t.rows[0]?.slice(4, 8)).toEqual([null, null, null, "no"]);
    expect(t.rowKeys).toEqual(["ann18", "ann57"]);
    expect(checkChartTable(t)).toEqual([]);
  });
});
