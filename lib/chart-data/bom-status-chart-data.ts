import type { BomStatusPoint } from "../bom/bom-summary";
import type { ChartTable } from "./chart-table";

/** Parts by status: count, share of parts and of unit value (%), and the summed unit value. */
export function toBomStatusChartData(series: readonly BomStatusPoint[]): ChartTable {
  return {
    columns: [
      { key: "status", label: "Status", format: "text" },
      { key: "parts", label: "Parts", format: "int" },
      { key: "parts_pct", label: "Share of parts (%)", format: "pct" },
      { key: "unit_value_usd", label: "Unit value (USD, one of each part)", format: "usd" },
      { key: "value_pct", label: "Share of unit value (%)", format: "pct" },
    ],
    rows: series.map((p) => [p.label, p.parts, p.partsPct, p.unitValueUsd, p.valuePct]),
    rowKeys: series.map((p) => p.status),
  };
}
