"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SectorSeriesRow } from "@/lib/charts/sector-series";

const SERIES = [
  { key: "license", label: "Licence required", color: "var(--status-license)" },
  { key: "caseByCase", label: "Case-by-case", color: "var(--status-case)" },
  { key: "denied", label: "Denied", color: "var(--status-denied)" },
] as const;

/** Renders precomputed sector rows as stacked horizontal bars; computes nothing. */
export const SectorExposureChart = memo(function SectorExposureChart({ rows }: { rows: SectorSeriesRow[] }) {
  return (
    <div style={{ height: Math.max(240, rows.length * 36 + 60) }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 800, height: 400 }}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis type="number" domain={[0, 100]} unit=" %" tick={{ fill: "var(--muted)", fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={190} tick={{ fill: "var(--foreground)", fontSize: 12 }} />
          <Tooltip
            formatter={(value, name) => [`${Number(value).toFixed(2)} %`, name]}
            contentStyle={{ background: "var(--card)", border: "1px solid var(--border)" }}
          />
          <Legend />
          {SERIES.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="status" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
