import type { Range, StatusRange } from "../engine/exposure-types";
import { type CsvCell as Cell, formatCsvBlock as block, scenarioCsvRows } from "../report/csv-block";
import { type CompareReport, sideWarnings } from "./build-compare-report";

const list = (xs: readonly string[]) => xs.join(" ");
const lo = (r: Range | null) => (r === null ? null : r.low);
const hi = (r: Range | null) => (r === null ? null : r.high);
const statusCells = (s: StatusRange): Cell[] => [s.low, s.high];

/** Scenario rows of both sides, field by field: a field only one side has (a per-outcome rule) is empty on the other. */
function scenarioRows(r: CompareReport): Cell[][] {
  const a = scenarioCsvRows(r.a.scenario, { warnings: sideWarnings(r, "a") });
  const b = scenarioCsvRows(r.b.scenario, { warnings: sideWarnings(r, "b") });
  // Caveats and warnings repeat their field name: paired by position within the name.
  const keyed = (rows: Cell[][]) => {
    const seen = new Map<string, number>();
    return rows.map((row) => {
      const field = String(row[0]);
      const n = seen.get(field) ?? 0;
      seen.set(field, n + 1);
      return { key: `${field}#${n}`, field, value: row[1] ?? null };
    });
  };
  const ka = keyed(a);
  const kb = new Map(keyed(b).map((x) => [x.key, x]));
  const rows: Cell[][] = ka.map((x) => [x.field, x.value, kb.get(x.key)?.value ?? null]);
  const inA = new Set(ka.map((x) => x.key));
  for (const x of kb.values()) if (!inA.has(x.key)) rows.push([x.field, null, x.value]);
  return rows;
}

/**
 * The comparison as one RFC 4180 file in blocks separated by an empty line, as the exposure report's CSV: report,
 * scenarios (field, a, b), what changed, sectors, products whose status changes, method, sources. Ranges have _low
 * and _high columns; changes are B − A end by end; numbers at full precision.
 */
export function formatCompareCsv(r: CompareReport): string {
  const v = r.totals.valueAtRiskUsd;
  const meta: Cell[][] = [
    ["title", r.title],
    ["generated_at", r.generatedAt],
    ["report_version", r.reportVersion],
    ["dataset", r.dataset.name],
    ["dataset_version", r.dataset.version],
    ["dataset_sha256", r.dataset.sha256],
    ["compare_sha256", r.compareSha256],
    ["a_scenario_query", r.a.scenarioQuery],
    ["b_scenario_query", r.b.scenarioQuery],
    ["a_scenario_sha256", r.a.scenarioSha256],
    ["b_scenario_sha256", r.b.scenarioSha256],
    ["headline", r.headline],
    ["a_headline", r.a.headline],
    ["b_headline", r.b.headline],
    ["elements_added", list(r.diff.elementsAdded)],
    ["elements_removed", list(r.diff.elementsRemoved)],
    ["value_at_risk_usd_a_low", v.a.low],
    ["value_at_risk_usd_a_high", v.a.high],
    ["value_at_risk_usd_b_low", v.b.low],
    ["value_at_risk_usd_b_high", v.b.high],
    ["value_at_risk_usd_change_low", v.change.low],
    ["value_at_risk_usd_change_high", v.change.high],
    ["products_changed", r.products.length],
    ["products_unchanged", r.unchangedProducts],
    ...r.warnings.map((w): Cell[] => ["warning", `${w.param}: ${w.message}`]),
  ];
  const sectors = r.sectors.map((s): Cell[] => [
    s.id, s.name, s.a.basis, s.b.basis, lo(s.a.exposure), hi(s.a.exposure), lo(s.b.exposure), hi(s.b.exposure),
    lo(s.exposureChange), hi(s.exposureChange), s.direction, lo(s.a.valueAtRiskUsd), hi(s.a.valueAtRiskUsd),
    lo(s.b.valueAtRiskUsd), hi(s.b.valueAtRiskUsd), lo(s.valueAtRiskChange), hi(s.valueAtRiskChange), list(s.a.drivers),
    list(s.b.drivers), list(s.driversAdded), list(s.driversRemoved),
  ]);
  const products = r.products.map((p): Cell[] => [
    p.id, p.name, p.sectorId, p.role, ...statusCells(p.a.status), ...statusCells(p.b.status), p.direction, list(p.a.drivers),
    list(p.b.drivers), p.why.join("; "), p.a.reason, p.b.reason,
  ]);
  return `\uFEFF${[
    block(["field", "value"], meta),
    block(["field", "a", "b"], scenarioRows(r)),
    block(["setting", "label", "a", "b"], r.diff.changes.map((c) => [c.setting, c.label, c.a, c.b])),
    block(
      ["sector_id", "sector", "basis_a", "basis_b", "exposure_a_low", "exposure_a_high", "exposure_b_low", "exposure_b_high",
        "exposure_change_low", "exposure_change_high", "direction", "value_at_risk_usd_a_low", "value_at_risk_usd_a_high",
        "value_at_risk_usd_b_low", "value_at_risk_usd_b_high", "value_at_risk_usd_change_low", "value_at_risk_usd_change_high",
        "drivers_a", "drivers_b", "drivers_added", "drivers_removed"],
      sectors,
    ),
    block(
      ["product_id", "product", "sector_id", "role", "status_a_low", "status_a_high", "status_b_low", "status_b_high",
        "direction", "drivers_a", "drivers_b", "why", "reason_a", "reason_b"],
      products,
    ),
    block(["method"], r.method.map((m) => [m])),
    block(["source_id", "citation", "url"], r.sources.map((x) => [x.id, x.citation, x.url])),
  ].join("\r\n\r\n")}\r\n`;
}
