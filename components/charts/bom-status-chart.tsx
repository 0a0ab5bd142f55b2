"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { BomStatusPoint } from "@/lib/bom/bom-summary";
import { formatCount, formatPercent } from "@/lib/format/format-number";
import { STATUS_COLOR } from "@/lib/format/status-vocabulary";

/** Parts by status from the precomputed summary series; computes nothing. */
export const BomStatusChart = memo(function BomStatusChart({ series }: { series: BomStatusPoint[] }) {
  return (
    <div style={{ height: 220 }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 220 }}>
        <BarChart data={series} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: "var(--muted)", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={110} tick={{ fill: "var(--foreground)", fontSize: 12 }} />
          <Tooltip
            formatter={(value, _name, item) => [`${formatCount(Number(value), "part")} (${formatPercent((item.payload as BomStatusPoint).valuePct, { fractionDigits: 1 })} of value)`, "Parts"]}
            contentStyle={{ background: "var(--card)", border: "1px solid var(--border)" }}
          />
          <Bar dataKey="parts" name="Parts" isAnimationActive={false}>
            {series.map((p) => (
              <Cell key={p.status} fill={STATUS_COLOR[p.status].css} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
