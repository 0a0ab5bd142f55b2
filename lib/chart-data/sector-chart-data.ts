import { toSectorSeries } from "../charts/sector-series";
import type { ExposureResult, SectorBasis } from "../engine/exposure-types";
import { STATUS_SHARE_LABEL } from "../format/status-vocabulary";
import type { ChartTable } from "./chart-table";

const BASIS: Record<SectorBasis, string> = {
  value: "output made outside China, by value",
  count: "final goods, by count (no volumes known)",
  items: "traded items, by count (border lens)",
};

/**
 * The sector chart's figures in the chart's order: exposure at both ends of its range and its split by status (low
 * end), as a percentage, at full precision; value at risk at both ends.
 */
export function toSectorChartData(result: ExposureResult): ChartTable {
  const order = toSectorSeries(result).map((r) => r.sectorId);
  const byId = new Map(result.sectors.map((s) => [s.id, s]));
  const sectors = order.flatMap((id) => byId.get(id) ?? []);
  return {
    columns: [
      { key: "sector", label: "Sector", format: "text" },
      { key: "exposure_low_pct", label: "Exposure, low (%)", format: "pct" },
      { key: "exposure_high_pct", label: "Exposure, high (%)", format: "pct" },
      { key: "licence_pct", label: `${STATUS_SHARE_LABEL.license} (%)`, format: "pct" },
      { key: "case_by_case_pct", label: `${STATUS_SHARE_LABEL["case-by-case"]} (%)`, format: "pct" },
      { key: "denied_pct", label: `${STATUS_SHARE_LABEL.denied} (%)`, format: "pct" },
      { key: "basis", label: "Measured against", format: "text" },
      { key: "value_at_risk_low_usd", label: "Value at risk, low (USD a year)", format: "usd" },
      { key: "value_at_risk_high_usd", label: "Value at risk, high (USD a year)", format: "usd" },
      { key: "drivers", label: "Drivers", format: "text" },
      { key: "final_goods_with_volume", label: "Final goods with a volume", format: "int" },
      { key: "final_goods", label: "Final goods", format: "int" },
    ],
    rows: sectors.map((s) => [
      s.name,
      s.exposure.low * 100,
      s.exposure.high * 100,
      s.byStatus.license.low * 100,
      s.byStatus["case-by-case"].low * 100,
      s.byStatus.denied.low * 100,
      BASIS[s.basis],
      s.valueAtRiskUsd?.low ?? null,
      s.valueAtRiskUsd?.high ?? null,
      s.drivers.join(" "),
      s.countedCount,
      s.finalCount,
    ]),
    rowKeys: sectors.map((s) => s.id),
  };
}
