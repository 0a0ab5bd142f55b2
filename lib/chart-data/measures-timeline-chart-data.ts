import type { MeasuresTimelineSeries } from "../charts/measures-timeline-series";
import type { ChartTable } from "./chart-table";

/** The timeline's dates, one row per measure (or part with its own dates), as ISO dates. */
export function toMeasuresTimelineChartData(series: MeasuresTimelineSeries): ChartTable {
  return {
    columns: [
      { key: "measure", label: "Measure", format: "text" },
      { key: "title", label: "Title", format: "text" },
      { key: "announced", label: "Announced", format: "date" },
      { key: "effective", label: "Effective", format: "date" },
      { key: "suspended_from", label: "Suspended from", format: "date" },
      { key: "scheduled_end", label: "Suspension's scheduled end", format: "date" },
      { key: "suspended_by", label: "Suspended by", format: "text" },
      { key: "never_in_force", label: "Never in force", format: "text" },
      { key: "status_today", label: "Status today", format: "text" },
    ],
    rows: series.rows.map((r) => [
      r.label,
      r.title,
      r.announced,
      r.effective,
      r.suspendedFrom,
      r.suspendedUntil,
      r.suspendedBy,
      r.neverInForce ? "yes" : "no",
      r.statusToday,
    ]),
    rowKeys: series.rows.map((r) => r.id),
  };
}
