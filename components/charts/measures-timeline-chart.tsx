"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Label, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type MeasuresTimelineSeries, type TimelineRow } from "@/lib/charts/measures-timeline-series";
import { formatMonth } from "@/lib/format/format-date";

const HATCH_ID = "measures-timeline-hatch";
const ROW = 26;
const LABEL_WIDTH = 136;
const LABEL_ROW = 13;

type TickProps = { x?: number | string; y?: number | string; index?: number; payload?: { value?: string | number; index?: number } };

/** A row label on one line; a measure's part is indented and muted, a measure that never took effect italic. */
function RowTick({ x, y, payload, index, rows }: TickProps & { rows: readonly TimelineRow[] }) {
  const row = rows[payload?.index ?? index ?? -1];
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dy={4}
      textAnchor="end"
      fontSize={11}
      fontStyle={row?.neverInForce ? "italic" : undefined}
      style={{ fill: row?.isPart ? "var(--muted)" : "var(--foreground)" }}
    >
      {String(payload?.value ?? "")}
    </text>
  );
}

const SEGMENTS = [
  { key: "inForce", label: "In force", fill: "var(--accent)" },
  { key: "suspended", label: "Suspended", fill: "var(--chart-suspended)" },
  { key: "afterScheduledEnd", label: "After the scheduled end (not on record)", fill: `url(#${HATCH_ID})` },
] as const;

function TimelineTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const row = payload?.[0]?.payload as TimelineRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="max-w-xs rounded border border-border bg-card p-2 text-xs shadow" style={{ color: "var(--foreground)" }}>
      <p className="font-semibold">{row.label}</p>
      <p className="mb-1 text-muted">{row.title}</p>
      <ul>
        {row.details.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <p className="mt-1">Today: {row.statusToday}</p>
    </div>
  );
}

/**
 * A reference line's label in the top margin, ending at its line so it never runs off the right edge; each line's
 * label has its own row there, so two close lines (10 Nov and today) do not overprint.
 */
function LineLabel({ viewBox, text, row }: { viewBox?: unknown; text: string; row: number }) {
  const box = viewBox as { x?: number; y?: number } | undefined;
  if (box?.x === undefined || box.y === undefined) return null;
  return (
    <text x={box.x - 3} y={box.y - 5 - row * LABEL_ROW} textAnchor="end" fontSize={11} style={{ fill: "var(--foreground)" }}>
      {text}
    </text>
  );
}

/** A legend swatch: the same fills the bars use, hatching included. */
function Swatch({ fill }: { fill: string }) {
  return (
    <svg aria-hidden width="14" height="12" className="inline-block">
      <rect width="14" height="12" rx="2" style={{ fill }} />
    </svg>
  );
}

/** Measures on a time axis: in force, suspended, and after the suspension's scheduled end; computes nothing. */
export const MeasuresTimelineChart = memo(function MeasuresTimelineChart({ series }: { series: MeasuresTimelineSeries }) {
  const topMargin = 8 + series.referenceLines.length * LABEL_ROW;
  const height = series.rows.length * ROW + 36 + topMargin;
  return (
    <div>
      <div>
        <div style={{ height }}>
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height }}>
            <BarChart data={series.rows} layout="vertical" margin={{ top: topMargin, right: 16, bottom: 4, left: 4 }} barCategoryGap={5}>
              {/* The hatch for "after the scheduled end": pale with diagonal lines; inside the chart's SVG so exports keep it. */}
              <defs>
                <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="6" height="6" style={{ fill: "var(--chart-unknown)" }} />
                  <line x1="0" y1="0" x2="0" y2="6" strokeWidth="2.5" style={{ stroke: "var(--chart-suspended)" }} />
                </pattern>
              </defs>
              <CartesianGrid horizontal={false} stroke="var(--border)" />
              <XAxis
                type="number"
                domain={series.domain}
                allowDataOverflow
                ticks={series.ticks}
                tickFormatter={formatMonth}
                interval="preserveStartEnd"
                minTickGap={8}
                tick={{ fill: "var(--muted)", fontSize: 11 }}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={LABEL_WIDTH}
                interval={0}
                tickLine={false}
                tick={(props: TickProps) => <RowTick {...props} rows={series.rows} />}
              />
              <Tooltip content={TimelineTooltip} cursor={{ fill: "var(--border)", opacity: 0.4 }} />
              <Bar dataKey="offset" stackId="t" fill="transparent" isAnimationActive={false} legendType="none" tooltipType="none" />
              {SEGMENTS.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.label} stackId="t" fill={s.fill} isAnimationActive={false} />
              ))}
              {series.referenceLines.map((l, i) => (
                <ReferenceLine
                  key={l.key}
                  x={l.ms}
                  stroke={l.key === "today" ? "var(--status-denied)" : "var(--foreground)"}
                  strokeDasharray={l.key === "today" ? undefined : "4 3"}
                >
                  <Label content={(props) => <LineLabel viewBox={props.viewBox} text={l.label} row={series.referenceLines.length - 1 - i} />} />
                </ReferenceLine>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        {SEGMENTS.map((s) => (
          <li key={s.key} className="inline-flex items-center gap-1">
            <Swatch fill={s.fill} /> {s.label}
          </li>
        ))}
        <li className="italic">italic: never took effect</li>
        {series.referenceLines.map((l) => (
          <li key={l.key} className="inline-flex items-center gap-1">
            <span
              aria-hidden
              className={`inline-block h-3 border-l-2 ${l.key === "today" ? "border-status-denied" : "border-dashed border-foreground"}`}
            />
            {l.label}
          </li>
        ))}
      </ul>
    </div>
  );
});

