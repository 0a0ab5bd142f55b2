import { CHINA_SHARE_STAGES, type ChinaShareSeries, STAGE_LABELS } from "../charts/china-share-series";
import type { ChartColumn, ChartTable } from "./chart-table";

const basisOf = (elementSpecific: boolean | null) => (elementSpecific === null ? null : elementSpecific ? "element-specific" : "aggregate");

/** China's share by element and stage (%), whether each figure is the element's own or the aggregate, and the what-if. */
export function toChinaShareChartData(series: ChinaShareSeries): ChartTable {
  const stageColumns: ChartColumn[] = CHINA_SHARE_STAGES.flatMap((s) => [
    { key: `${s}_pct`, label: `${STAGE_LABELS[s]} (%)`, format: "pct" as const },
    { key: `${s}_basis`, label: `${STAGE_LABELS[s]}: figure`, format: "text" as const },
    { key: `${s}_confidence`, label: `${STAGE_LABELS[s]}: confidence`, format: "text" as const },
  ]);
  return {
    columns: [
      { key: "element", label: "Element", format: "text" },
      { key: "name", label: "Name", format: "text" },
      ...stageColumns,
      { key: "what_if_pct", label: "What-if, every stage (%)", format: "pct" },
    ],
    rows: series.rows.map((r) => [
      r.symbol,
      r.name,
      ...CHINA_SHARE_STAGES.flatMap((s) => [r[s].pct, basisOf(r[s].elementSpecific), r[s].confidence]),
      r.overridePct,
    ]),
    rowKeys: series.rows.map((r) => r.symbol),
  };
}
