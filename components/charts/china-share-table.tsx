"use client";

import { memo } from "react";
import { CHINA_SHARE_STAGES, type ChinaShareRow, type ChinaShareSeries, type ChinaShareStage, STAGE_LABELS } from "@/lib/charts/china-share-series";
import { testIds } from "@/lib/test-ids";

/** The same figures as a table; a gap prints as n/a. */
export const ChinaShareTable = memo(function ChinaShareTable({ series }: { series: ChinaShareSeries }) {
  const cell = (row: ChinaShareRow, s: ChinaShareStage) => {
    const f = row[s];
    return (
      <td key={s} className="pr-3 tabular-nums" data-value={f.pct ?? ""}>
        {f.display}
        {f.pct !== null && (
          <span className="text-muted">
            {" "}
            ({f.elementSpecific ? "element-specific" : "aggregate"}, {f.confidence})
          </span>
        )}
      </td>
    );
  };
  return (
    <table className="w-full text-left text-sm" data-testid={testIds.chinaShareTable}>
      <caption className="sr-only">China&apos;s share of each rare earth&apos;s mining, separation and magnet making</caption>
      <thead>
        <tr>
          <th scope="col" className="pr-3">Element</th>
          {CHINA_SHARE_STAGES.map((s) => (
            <th key={s} scope="col" className="pr-3">{STAGE_LABELS[s]}</th>
          ))}
          <th scope="col" className="pr-3">What-if</th>
        </tr>
      </thead>
      <tbody>
        {series.rows.map((r) => (
          <tr key={r.symbol} className="border-t border-border">
            <th scope="row" className="pr-3 font-normal">
              {r.symbol} <span className="text-muted">{r.name}</span>
            </th>
            {CHINA_SHARE_STAGES.map((s) => cell(r, s))}
            <td className="pr-3 tabular-nums">{r.overrideDisplay ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
