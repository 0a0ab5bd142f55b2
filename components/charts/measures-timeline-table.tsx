"use client";

import { memo } from "react";
import { type MeasuresTimelineSeries, formatDay } from "@/lib/charts/measures-timeline-series";
import { testIds } from "@/lib/test-ids";

/** The same dates as a table. */
export const MeasuresTimelineTable = memo(function MeasuresTimelineTable({ series }: { series: MeasuresTimelineSeries }) {
  const day = (iso: string | null) => (iso ? formatDay(iso) : "—");
  return (
    <table className="w-full text-left text-sm" data-testid={testIds.measuresTimelineTable}>
      <caption className="sr-only">China-side rare-earth measures: announced, in force, suspended</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-3">Measure</th>
          <th scope="col" className="pr-3">Announced</th>
          <th scope="col" className="pr-3">Effective</th>
          <th scope="col" className="pr-3">Suspended from</th>
          <th scope="col" className="pr-3">Scheduled end</th>
          <th scope="col" className="pr-3">Never in force</th>
          <th scope="col" className="pr-3">Today</th>
        </tr>
      </thead>
      <tbody>
        {series.rows.map((r) => (
          <tr key={r.id} className="border-t border-border align-top">
            <th scope="row" className="pr-3 font-normal" title={r.title}>
              {r.isPart ? <span className="pl-3">{r.label}</span> : r.label}
              {r.suspendedBy && <span className="text-muted"> (suspended by {r.suspendedBy})</span>}
            </th>
            <td className="pr-3 whitespace-nowrap">{day(r.announced)}</td>
            <td className="pr-3 whitespace-nowrap">{day(r.effective)}</td>
            <td className="pr-3 whitespace-nowrap">{day(r.suspendedFrom)}</td>
            <td className="pr-3 whitespace-nowrap">{day(r.suspendedUntil)}</td>
            <td className="pr-3">{r.neverInForce ? "yes" : "no"}</td>
            <td className="pr-3">{r.statusToday}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
