"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Action } from "@/lib/parts/actions";
import type { ActionRow } from "@/lib/parts/parts-report-rows";
import { formatCount, formatPercent } from "@/lib/format/format-number";

export const ACTION_COLOURS: Record<Action, string> = {
  hold: "var(--status-denied)",
  apply: "var(--status-license)",
  review: "var(--status-case)",
  "insufficient-data": "var(--muted)",
  clear: "var(--status-free)",
};

/** Lines by action from the precomputed rows; computes nothing. */
export const PartsActionChart = memo(function PartsActionChart({ rows }: { rows: ActionRow[] }) {
  return (
    <div style={{ height: 240 }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 240 }}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: "var(--muted)", fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fill: "var(--foreground)", fontSize: 12 }} />
          <Tooltip
            formatter={(value, _name, item) => [`${formatCount(Number(value), "line")} (${formatPercent((item.payload as ActionRow).linesPct, { fractionDigits: 1 })})`, "Lines"]}
            contentStyle={{ background: "var(--card)", border: "1px solid var(--border)" }}
          />
          <Bar dataKey="lines" name="Lines" isAnimationActive={false}>
            {rows.map((p) => (
              <Cell key={p.action} fill={ACTION_COLOURS[p.action]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
});
