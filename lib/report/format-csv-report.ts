import Papa from "papaparse";
import { type CsvCell as Cell, formatCsvBlock as block, scenarioCsvRows } from "./csv-block";
import type { ExposureReport } from "./build-report";

const list = (xs: readonly string[]) => xs.join(" ");

/**
 * One RFC 4180 file in five blocks separated by an empty line: report, sectors, products, method, sources.
 * Numbers are written at full precision so a spreadsheet holds exactly what the API returns.
 */
export function formatCsvReport(r: ExposureReport): string {
  // A byte-order mark makes spreadsheet programs read the file as UTF-8 rather than a legacy code page.
  return `\uFEFF${formatCsvBody(r)}`;
}

function formatCsvBody(r: ExposureReport): string {
  const s = r.scenario;
  const meta: Cell[][] = [
    ["title", r.title],
    ["generated_at", r.generatedAt],
    ["report_version", r.reportVersion],
    ["dataset", r.dataset.name],
    ["dataset_version", r.dataset.version],
    ["dataset_sha256", r.dataset.sha256],
    ["scenario_sha256", r.scenarioSha256],
    ["scenario_query", r.scenarioQuery],
    ...scenarioCsvRows(s, { warnings: r.warnings }),
  ];
  const sectors = r.sectors.map((x): Cell[] => [
    x.id, x.name, x.exposure, x.exposureBasis, x.valueUsd, x.valueAtRiskUsd,
    x.byStatus.license.exposure, x.byStatus["case-by-case"].exposure, x.byStatus.denied.exposure,
    list(x.drivers), x.productCount, x.productsWithVolume,
  ]);
  const products = r.products.map((p): Cell[] => [
    p.id, p.name, p.sectorId, p.endUse, p.status, p.controlledContentPct, p.thresholdPct, p.thresholdBasis,
    list(p.drivers), p.supplyWeight, p.unitValueUsd, p.annualUnits, p.annualValueUsd, p.valueAtRiskUsd, p.reason,
  ]);
  return [
    block(["field", "value"], meta),
    block(
      ["sector_id", "sector", "exposure", "exposure_basis", "value_usd", "value_at_risk_usd", "license_exposure",
        "case_by_case_exposure", "denied_exposure", "drivers", "products", "products_with_volume"],
      sectors,
    ),
    block(
      ["product_id", "product", "sector_id", "end_use", "status", "controlled_content_pct", "threshold_pct",
        "threshold_basis", "drivers", "supply_weight", "unit_value_usd", "annual_units", "annual_value_usd",
        "value_at_risk_usd", "reason"],
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
