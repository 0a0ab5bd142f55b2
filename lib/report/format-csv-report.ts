import Papa from "papaparse";
import type { Range } from "../engine/exposure-types";
import type { ExposureReport } from "./build-report";
import { type CsvCell as Cell, formatCsvBlock as block, scenarioCsvRows } from "./csv-block";

const list = (xs: readonly string[]) => xs.join(" ");
const lo = (r: Range | null) => (r === null ? null : r.low);
const hi = (r: Range | null) => (r === null ? null : r.high);

/**
 * One RFC 4180 file in five blocks separated by an empty line: report, sectors, products, method, sources. Every figure
 * that can be a range has a _low and a _high column (equal when the record decides). Numbers at full precision, so a
 * spreadsheet holds exactly what the API returns.
 */
export function formatCsvReport(r: ExposureReport): string {
  // A byte-order mark makes spreadsheet programs read the file as UTF-8 rather than a legacy code page.
  return `\uFEFF${formatCsvBody(r)}`;
}

function formatCsvBody(r: ExposureReport): string {
  const meta: Cell[][] = [
    ["title", r.title],
    ["generated_at", r.generatedAt],
    ["report_version", r.reportVersion],
    ["dataset", r.dataset.name],
    ["dataset_version", r.dataset.version],
    ["dataset_sha256", r.dataset.sha256],
    ["scenario_sha256", r.scenarioSha256],
    ["scenario_query", r.scenarioQuery],
    ["headline", r.headline],
    ["range_note", r.rangeNote],
    ["value_at_risk_usd_low", r.totals.valueAtRiskUsd.low],
    ["value_at_risk_usd_high", r.totals.valueAtRiskUsd.high],
    ...scenarioCsvRows(r.scenario, { warnings: r.warnings }),
  ];
  const sectors = r.sectors.map((x): Cell[] => [
    x.id, x.name, x.basis, lo(x.exposure), hi(x.exposure), x.valueUsd, lo(x.exposedValueUsd), hi(x.exposedValueUsd),
    lo(x.valueAtRiskUsd), hi(x.valueAtRiskUsd), lo(x.byStatus.license), hi(x.byStatus.license),
    lo(x.byStatus["case-by-case"]), hi(x.byStatus["case-by-case"]), lo(x.byStatus.denied), hi(x.byStatus.denied),
    list(x.drivers), x.productCount, x.finalCount, x.countedCount,
  ]);
  const products = r.products.map((p): Cell[] => [
    p.id, p.name, p.sectorId, p.role, p.endUse, p.lens, p.status.low, p.status.high, lo(p.dependence), hi(p.dependence),
    list(p.drivers), p.border.status.low, p.border.status.high, lo(p.controlledContentPct), hi(p.controlledContentPct),
    p.thresholdBasis, p.unitValueUsd, p.annualUnits, p.unitsScope, p.unitsYear, p.annualValueUsd,
    lo(p.valueAtRiskUsd), hi(p.valueAtRiskUsd), p.reason,
  ]);
  return [
    block(["field", "value"], meta),
    block(
      ["sector_id", "sector", "basis", "exposure_low", "exposure_high", "value_usd", "exposed_value_usd_low",
        "exposed_value_usd_high", "value_at_risk_usd_low", "value_at_risk_usd_high", "license_low", "license_high",
        "case_by_case_low", "case_by_case_high", "denied_low", "denied_high", "drivers", "products", "final_goods",
        "final_goods_with_volume"],
      sectors,
    ),
    block(
      ["product_id", "product", "sector_id", "role", "end_use", "lens", "status_low", "status_high", "dependence_low",
        "dependence_high", "drivers", "border_status_low", "border_status_high", "controlled_content_pct_low",
        "controlled_content_pct_high", "threshold_basis", "unit_value_usd", "annual_units", "units_scope", "units_year",
        "annual_value_usd", "value_at_risk_usd_low", "value_at_risk_usd_high", "reason"],
      products,
    ),
    block(["method"], r.method.map((m) => [m])),
    block(["source_id", "citation", "url"], r.sources.map((x) => [x.id, x.citation, x.url])),
  ].join("\r\n\r\n") + "\r\n";
}

/** Splits a report CSV back into its blocks, each parsed with its header: for tests and for users' scripts. */
export function parseCsvReport(text: string): Record<string, string>[][] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n\r\n/)
    .filter((b) => b.trim() !== "")
    .map((b) => Papa.parse<Record<string, string>>(b, { header: true, skipEmptyLines: true }).data);
}
