import type { ExposureResult } from "../engine/exposure-types";
import type { ChartTable } from "./chart-table";

const BASIS = { "annual-value": "annual value", "product-count": "product count" } as const;

/**
 * The sector chart's figures, most exposed sector first (the chart's order): exposure and its split by status as a
 * percentage of the sector's annual value (or of its products, by count), at full precision.
 */
export function toSectorChartData(result: Pick<ExposureResult, "sectors">): ChartTable {
  const sectors = [...result.sectors].sort((a, b) => b.exposure - a.exposure || a.name.localeCompare(b.name));
  return {
    columns: [
      { key: "sector", label: "Sector", format: "text" },
      { key: "exposure_pct", label: "Exposure (%)", format: "pct" },
      { key: "licence_pct", label: "Licence required (%)", format: "pct" },
      { key: "case_by_case_pct", label: "Case-by-case (%)", format: "pct" },
      { key: "denied_pct", label: "Denied (%)", format: "pct" },
      { key: "basis", label: "Measured against", format: "text" },
      { key: "value_at_risk_usd", label: "Value at risk (USD a year)", format: "usd" },
      { key: "drivers", label: "Drivers", format: "text" },
      { key: "products_with_volume", label: "Products with a known volume", format: "int" },
      { key: "products", label: "Products", format: "int" },
    ],
    rows: sectors.map((s) => [
      s.name,
      s.exposure * 100,
      s.byStatus.license.exposure * 100,
      s.byStatus["case-by-case"].exposure * 100,
      s.byStatus.denied.exposure * 100,
      BASIS[s.exposureBasis],
      s.valueAtRiskUsd,
      s.drivers.join(" "),
      s.productsWithVolume,
      s.productCount,
    ]),
    rowKeys: sectors.map((s) => s.id),
  };
}
