"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BarShapeProps } from "recharts";
import {
  CHINA_SHARE_STAGES,
  type ChinaShareRow,
  type ChinaShareSeries,
  type ChinaShareStage,
  STAGE_LABELS,
} from "@/lib/charts/china-share-series";

const STAGE_FILL: Record<ChinaShareStage, string> = {
  mining: "var(--chart-mining)",
  separation: "var(--chart-separation)",
  magnets: "var(--chart-magnets)",
};
/** An aggregate applied by assumption is drawn paler than a figure published for the element. */
const AGGREGATE_OPACITY = 0.45;

/** One stage's bar: solid when the figure is the element's own, pale when it is the aggregate. */
function stageShape(stage: ChinaShareStage) {
  function StageBar(props: BarShapeProps) {
    const row = props.payload as ChinaShareRow | undefined;
    const specific = row?.[stage].elementSpecific === true;
    return (
      <rect
        x={props.x}
        y={props.y}
        width={Math.max(0, props.width)}
        height={Math.max(0, props.height)}
        style={{ fill: STAGE_FILL[stage], fillOpacity: specific ? 1 : AGGREGATE_OPACITY, stroke: STAGE_FILL[stage], strokeWidth: 1 }}
      />
    );
  }
  return StageBar;
}
const SHAPES = { mining: stageShape("mining"), separation: stageShape("separation"), magnets: stageShape("magnets") };

function ShareTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const row = payload?.[0]?.payload as ChinaShareRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="rounded border border-border bg-card p-2 text-xs shadow" style={{ color: "var(--foreground)" }}>
      <p className="font-semibold">
        {row.name} ({row.symbol})
      </p>
      <ul>
        {CHINA_SHARE_STAGES.map((s) => (
          <li key={s}>
            {STAGE_LABELS[s]}: {row[s].display}
            {row[s].pct !== null && (row[s].elementSpecific ? " (element-specific" : " (aggregate, by assumption")}
            {row[s].pct !== null && `, confidence ${row[s].confidence})`}
          </li>
        ))}
        {row.overrideDisplay && <li className="font-semibold">What-if: {row.overrideDisplay} on every stage</li>}
      </ul>
    </div>
  );
}

function Swatch({ fill, opacity = 1 }: { fill: string; opacity?: number }) {
  return <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: fill, opacity }} />;
}

/** China's share by element and stage as grouped bars, with the user's what-if beside them; computes nothing. */
export const ChinaShareChart = memo(function ChinaShareChart({ series }: { series: ChinaShareSeries }) {
  return (
    <div>
      <p className="mb-1 text-xs text-muted sm:hidden" data-export-omit>Swipe sideways for all 17 elements.</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="China's share by element chart; scrolls sideways on narrow screens">
        <div className="h-72 min-w-[600px]">
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 288 }}>
            <BarChart data={series.rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }} barCategoryGap="10%" barGap={1}>
              <CartesianGrid vertical={false} stroke="var(--border)" />
              <XAxis dataKey="symbol" interval={0} tickLine={false} tick={{ fill: "var(--foreground)", fontSize: 11 }} />
              <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" width={44} tick={{ fill: "var(--muted)", fontSize: 11 }} />
              <Tooltip content={ShareTooltip} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
              {CHINA_SHARE_STAGES.map((s) => (
                <Bar
                  key={s}
                  dataKey={`${s}Pct`}
                  name={STAGE_LABELS[s]}
                  fill={STAGE_FILL[s]}
                  shape={SHAPES[s]}
                  isAnimationActive={false}
                />
              ))}
              {series.hasOverrides && (
                <Bar dataKey="overridePct" name="What-if" fill="var(--chart-override)" isAnimationActive={false} />
              )}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        {CHINA_SHARE_STAGES.map((s) => (
          <li key={s} className="inline-flex items-center gap-1">
            <Swatch fill={STAGE_FILL[s]} /> {STAGE_LABELS[s]}
          </li>
        ))}
        {series.hasOverrides && (
          <li className="inline-flex items-center gap-1">
            <Swatch fill="var(--chart-override)" /> What-if (every stage)
          </li>
        )}
        <li className="inline-flex items-center gap-1">
          <Swatch fill="var(--muted)" opacity={AGGREGATE_OPACITY} /> pale = aggregate applied by assumption
        </li>
        <li>no bar = no figure (n/a)</li>
      </ul>
    </div>
  );
});

