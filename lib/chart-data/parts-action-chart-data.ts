import type { ActionRow } from "../parts/parts-report-rows";
import type { ChartTable } from "./chart-table";

/** Lines by action: count, share of lines (%), and the unit value and purchases (unit value × quantity) behind them. */
export function toPartsActionChartData(rows: readonly ActionRow[]): ChartTable {
  return {
    columns: [
      { key: "action", label: "Action", format: "text" },
      { key: "lines", label: "Lines", format: "int" },
      { key: "lines_pct", label: "Share of lines (%)", format: "pct" },
      { key: "unit_value_usd", label: "Unit value (USD, one of each line)", format: "usd" },
      { key: "annual_value_usd", label: "Purchases (USD, unit value × quantity)", format: "usd" },
    ],
    rows: rows.map((a) => [a.label, a.lines, a.linesPct, a.unitValueUsd, a.annualValueUsd]),
    rowKeys: rows.map((a) => a.action),
  };
}
