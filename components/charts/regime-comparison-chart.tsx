"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BarShapeProps } from "recharts";
import type { RegimeComparisonBar, RegimeComparisonSector, RegimeComparisonSeries } from "@/lib/charts/regime-comparison-series";
import { testIds } from "@/lib/test-ids";

const BAR_ROW = 20;

/** The current scenario's bar in the accent colour, the presets' in a quiet grey. */
function ComparisonBarShape(props: BarShapeProps) {
  const bar = props.payload as RegimeComparisonBar | undefined;
  return (
    <rect
      x={props.x}
      y={props.y}
      width={Math.max(0, props.width)}
      height={Math.max(0, props.height)}
      style={{ fill: bar?.isCurrent ? "var(--accent)" : "var(--chart-preset)" }}
    />
  );
}

/** The part of a range the record leaves open: outlined and hatched, on from the bar's end. */
function RangeExtensionShape(props: BarShapeProps) {
  const w = Math.max(0, props.width);
  if (w <= 0) return <g />;
  return (
    <rect
      x={props.x}
      y={props.y}
      width={w}
      height={Math.max(0, props.height)}
      style={{ fill: "url(#range-hatch)", stroke: "var(--muted)", strokeWidth: 1 }}
    />
  );
}

/** The bar's value just past its end, on one line (the default label wraps at the space before "%"). */
function BarValueLabel(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown }) {
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) + 4;
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  return (
    <text x={x} y={y} dy={4} fontSize={11} style={{ fill: "var(--foreground)" }}>
      {String(props.value ?? "")}
    </text>
  );
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: string | number } };

function CategoryTick({ x, y, payload, currentLabel }: TickProps & { currentLabel: string }) {
  const label = String(payload?.value ?? "");
  const current = label === currentLabel;
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dy={4}
      textAnchor="end"
      fontSize={11}
      fontWeight={current ? 700 : 400}
      style={{ fill: current ? "var(--accent)" : "var(--foreground)" }}
    >
      {label}
    </text>
  );
}

function SectorMultiple({ sector }: { sector: RegimeComparisonSector }) {
  const height = sector.bars.length * BAR_ROW + 28;
  const currentShort = sector.bars.find((b) => b.isCurrent)?.shortLabel ?? "";
  return (
    <section className="min-w-0 rounded-md border border-border p-3" data-testid={testIds.regimeComparisonSector(sector.sectorId)}>
      <h3 className="text-sm font-semibold leading-tight">{sector.name}</h3>
      <p className="text-xs text-muted">
        {sector.basis === "count" ? "by product count (no volumes known)" : sector.basis === "items" ? "share of items (border lens)" : "share of output made outside China"}
      </p>
      <div className="mt-1" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
          <BarChart data={sector.bars} layout="vertical" margin={{ top: 0, right: 48, bottom: 0, left: 0 }} barCategoryGap={3}>
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 50, 100]}
              unit=" %"
              tick={{ fill: "var(--muted)", fontSize: 11 }}
              height={20}
            />
            <YAxis
              type="category"
              dataKey="shortLabel"
              width={100}
              interval={0}
              tickLine={false}
              tick={(props: TickProps) => <CategoryTick {...props} currentLabel={currentShort} />}
            />
            <Tooltip
              cursor={{ fill: "var(--border)", opacity: 0.4 }}
              formatter={(_value, _name, item) => [(item.payload as RegimeComparisonBar).display, "Exposure"]}
              labelFormatter={(_label, payload) => (payload?.[0]?.payload as RegimeComparisonBar | undefined)?.label ?? ""}
              wrapperStyle={{ maxWidth: 240 }}
              contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", color: "var(--foreground)", fontSize: 12, whiteSpace: "normal" }}
            />
            <defs>
              <pattern id="range-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="4" style={{ stroke: "var(--muted)", strokeWidth: 1.5 }} />
              </pattern>
            </defs>
            <Bar dataKey="lowPct" name="Exposure" stackId="exposure" isAnimationActive={false} shape={ComparisonBarShape} />
            <Bar dataKey="extraPct" name="Not on record" stackId="exposure" isAnimationActive={false} shape={RangeExtensionShape}>
              <LabelList dataKey="display" content={BarValueLabel} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}

/** Small multiples: one bar chart per sector, one bar per preset and the current scenario highlighted; computes nothing. */
export const RegimeComparisonChart = memo(function RegimeComparisonChart({ series }: { series: RegimeComparisonSeries }) {
  return (
    <div>
      <p className="mb-2 flex items-center gap-3 text-xs text-muted">
        <span className="inline-flex items-center gap-1">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: "var(--chart-preset)" }} /> Presets
        </span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: "var(--accent)" }} />
          {series.currentLabel}
        </span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden className="range-hatch inline-block h-3 w-3 rounded-sm border border-muted" /> Not on record (range)
        </span>
      </p>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
        {series.sectors.map((s) => (
          <SectorMultiple key={s.sectorId} sector={s} />
        ))}
      </div>
    </div>
  );
});

