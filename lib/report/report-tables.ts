import { datasetDateFromVersion } from "../cite/format-citation";
import { DATA_LICENCE } from "../cite/licence";
import type { ProductResult, Range, SectorResult } from "../engine/exposure-types";
import type { ReportTable } from "./report-params";
import { defineSheet, USD_CENTS, type XlsxCellType, type XlsxSheet } from "../xlsx/xlsx-sheet";
import type { ExposureReport } from "./build-report";
import { scenarioCsvRows } from "./csv-block";
import { roundPercentOfValue, roundShare, roundUnits, roundUnitUsd, roundUsd } from "./report-precision";
import { describeScenarioLines } from "./scenario-lines";

/**
 * The report's five tables as sheet specs (lib/xlsx): the XLSX writes each as a sheet, the CSV as a block or a file
 * (format-csv-report.ts), so both hold the same columns and the same figures, rounded as report-precision.ts says.
 * Every figure that can be a range has a _low and a _high column (equal when the record decides).
 */

type Field = { field: string; value: string | number | null; type: XlsxCellType };

const list = (xs: readonly string[]) => xs.join(" ");
const low = (r: Range | null) => (r === null ? null : r.low);
const high = (r: Range | null) => (r === null ? null : r.high);

/** Where the scenario opens on the page: absolute when the site's address is known (the request's), else relative. */
export function reportLink(r: ExposureReport, siteUrl: string | null): string {
  return `${siteUrl ?? ""}/?${r.scenarioQuery}`;
}

function reportFields(r: ExposureReport, siteUrl: string | null): Field[] {
  const text = (field: string, value: string | null): Field => ({ field, value, type: "text" });
  const usd = (field: string, value: number | null): Field => ({ field, value: roundUsd(value), type: "usd" });
  const date = datasetDateFromVersion(r.dataset.version);
  return [
    text("title", r.title),
    text("generated_at", r.generatedAt),
    text("report_version", r.reportVersion),
    text("dataset", r.dataset.name),
    text("dataset_version", r.dataset.version),
    date ? { field: "dataset_date", value: date, type: "date" } : text("dataset_date", null),
    text("dataset_sha256", r.dataset.sha256),
    text("scenario_sha256", r.scenarioSha256),
    text("scenario_query", r.scenarioQuery),
    text("link", reportLink(r, siteUrl)),
    text("licence", `${DATA_LICENCE.name} (${DATA_LICENCE.title}), proposed; each source keeps its own terms`),
    text("licence_url", DATA_LICENCE.url),
    text("headline", r.headline),
    text("range_note", r.rangeNote),
    usd("value_usd", r.totals.valueUsd),
    usd("exposed_value_usd_low", r.totals.exposedValueUsd.low),
    usd("exposed_value_usd_high", r.totals.exposedValueUsd.high),
    usd("value_at_risk_usd_low", r.totals.valueAtRiskUsd.low),
    usd("value_at_risk_usd_high", r.totals.valueAtRiskUsd.high),
    ...describeScenarioLines(r.scenario).map(([label, words]) => text("scenario_in_words", `${label}: ${words}`)),
    ...scenarioCsvRows(r.scenario, { warnings: r.warnings }).map(([field, value]): Field => ({
      field: String(field),
      value: value ?? null,
      type: typeof value === "number" ? "number" : "text",
    })),
  ];
}

const sectorsSheet = (r: ExposureReport) =>
  defineSheet<SectorResult>({
    name: "sectors",
    rows: r.sectors,
    frozenColumns: 2,
    columns: [
      { header: "sector_id", type: "text", value: (x) => x.id },
      { header: "sector", type: "text", value: (x) => x.name, maxWidth: 40 },
      { header: "basis", type: "text", value: (x) => x.basis },
      { header: "exposure_low", type: "percent", value: (x) => roundShare(x.exposure.low) },
      { header: "exposure_high", type: "percent", value: (x) => roundShare(x.exposure.high) },
      { header: "value_usd", type: "usd", value: (x) => roundUsd(x.valueUsd) },
      { header: "exposed_value_usd_low", type: "usd", value: (x) => roundUsd(low(x.exposedValueUsd)) },
      { header: "exposed_value_usd_high", type: "usd", value: (x) => roundUsd(high(x.exposedValueUsd)) },
      { header: "value_at_risk_usd_low", type: "usd", value: (x) => roundUsd(low(x.valueAtRiskUsd)) },
      { header: "value_at_risk_usd_high", type: "usd", value: (x) => roundUsd(high(x.valueAtRiskUsd)) },
      { header: "license_low", type: "percent", value: (x) => roundShare(x.byStatus.license.low) },
      { header: "license_high", type: "percent", value: (x) => roundShare(x.byStatus.license.high) },
      { header: "case_by_case_low", type: "percent", value: (x) => roundShare(x.byStatus["case-by-case"].low) },
      { header: "case_by_case_high", type: "percent", value: (x) => roundShare(x.byStatus["case-by-case"].high) },
      { header: "denied_low", type: "percent", value: (x) => roundShare(x.byStatus.denied.low) },
      { header: "denied_high", type: "percent", value: (x) => roundShare(x.byStatus.denied.high) },
      { header: "drivers", type: "text", value: (x) => list(x.drivers) },
      { header: "products", type: "integer", value: (x) => x.productCount },
      { header: "final_goods", type: "integer", value: (x) => x.finalCount },
      { header: "final_goods_with_volume", type: "integer", value: (x) => x.countedCount },
    ],
  });

// Percentages of value are already percent (0.37 means 0.37 %): a number with four decimals, not a % format.
const PCT_OF_VALUE = "0.0000";

const productsSheet = (r: ExposureReport) =>
  defineSheet<ProductResult>({
    name: "products",
    rows: r.products,
    frozenColumns: 2,
    columns: [
      { header: "product_id", type: "text", value: (p) => p.id },
      { header: "product", type: "text", value: (p) => p.name, maxWidth: 40 },
      { header: "sector_id", type: "text", value: (p) => p.sectorId },
      { header: "role", type: "text", value: (p) => p.role },
      { header: "end_use", type: "text", value: (p) => p.endUse },
      { header: "lens", type: "text", value: (p) => p.lens },
      { header: "status_low", type: "text", value: (p) => p.status.low },
      { header: "status_high", type: "text", value: (p) => p.status.high },
      { header: "dependence_low", type: "percent", value: (p) => roundShare(p.dependence.low) },
      { header: "dependence_high", type: "percent", value: (p) => roundShare(p.dependence.high) },
      { header: "drivers", type: "text", value: (p) => list(p.drivers) },
      { header: "border_status_low", type: "text", value: (p) => p.border.status.low },
      { header: "border_status_high", type: "text", value: (p) => p.border.status.high },
      { header: "controlled_content_pct_low", type: "number", format: PCT_OF_VALUE, value: (p) => roundPercentOfValue(low(p.controlledContentPct)) },
      { header: "controlled_content_pct_high", type: "number", format: PCT_OF_VALUE, value: (p) => roundPercentOfValue(high(p.controlledContentPct)) },
      { header: "threshold_basis", type: "text", value: (p) => p.thresholdBasis },
      { header: "unit_value_usd", type: "usd", format: USD_CENTS, value: (p) => roundUnitUsd(p.unitValueUsd) },
      { header: "annual_units", type: "number", format: "#,##0.##", value: (p) => roundUnits(p.annualUnits) },
      { header: "units_scope", type: "text", value: (p) => p.unitsScope, maxWidth: 40 },
      // A year, not an amount: no thousands separator.
      { header: "units_year", type: "number", format: "0", value: (p) => p.unitsYear },
      { header: "annual_value_usd", type: "usd", value: (p) => roundUsd(p.annualValueUsd) },
      { header: "value_at_risk_usd_low", type: "usd", value: (p) => roundUsd(low(p.valueAtRiskUsd)) },
      { header: "value_at_risk_usd_high", type: "usd", value: (p) => roundUsd(high(p.valueAtRiskUsd)) },
      // Not wrapped: the last column, so a long reason runs on to the right and every row stays one line high.
      { header: "reason", type: "text", value: (p) => p.reason, maxWidth: 80 },
    ],
  });

/** The report's tables, in the order the files hold them. `siteUrl` makes the report's link absolute. */
export function getReportTables(r: ExposureReport, opts: { siteUrl?: string | null } = {}): Record<ReportTable, XlsxSheet<unknown>> {
  return {
    report: defineSheet<Field>({
      name: "report",
      rows: reportFields(r, opts.siteUrl ?? null),
      columns: [
        { header: "field", type: "text", value: (f) => f.field },
        // Left-aligned, numbers too: one column of mixed values reads as a list.
        { header: "value", type: (f) => f.type, value: (f) => f.value, maxWidth: 100, wrap: true, align: "left" },
      ],
    }),
    sectors: sectorsSheet(r),
    products: productsSheet(r),
    method: defineSheet<string>({
      name: "method",
      rows: r.method,
      columns: [{ header: "method", type: "text", value: (m) => m, width: 120, wrap: true }],
    }),
    sources: defineSheet<ExposureReport["sources"][number]>({
      name: "sources",
      rows: r.sources,
      columns: [
        { header: "source_id", type: "text", value: (s) => s.id },
        { header: "citation", type: "text", value: (s) => s.citation, maxWidth: 100, wrap: true },
        { header: "url", type: "text", value: (s) => s.url, maxWidth: 60 },
      ],
    }),
  };
}
