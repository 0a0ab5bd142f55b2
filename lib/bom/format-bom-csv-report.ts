import { type CsvCell as Cell, formatCsvBlock as block, scenarioCsvRows } from "../report/csv-block";
import type { BomReport } from "./build-bom-report";
import type { BomElement } from "./bom-types";

const list = (xs: readonly string[]) => xs.join(" ");

/** "Dy 45 g (China 100 %)": one element of a part, its grams and China-origin share as given. */
export function formatBomElement(e: BomElement): string {
  const share = e.chinaOriginShare === null ? "" : ` (China ${Number((e.chinaOriginShare * 100).toPrecision(6))} %)`;
  return `${e.symbol} ${e.grams} g${share}`;
}

export const BOM_METHOD = [
  "Every part goes through the same rules kernel as the dashboard's products (border lens). Bought from China (made_in china): the part is caught when it holds a controlled element in a form the control rules list for that element. A part is traded as itself, so the MOFCOM FAQ exclusions (motors, finished electronics...) do not apply. From April to June 2025 customs held every NdFeB magnet for content checks: such a hold counts as a licence-like delay.",
  "Made abroad: caught only under the Ann. 61 0.1 % rule where the scenario applies it. Annex reading: magnets and sputtering targets, Part-1 elements only; broad reading: any form, every controlled element.",
  "China-origin content = sum of grams / 1000 x element price (US$/kg: the dataset's oxide price / the element's mass fraction in the oxide) x china_origin_share; compared with the part's unit value. A missing price makes the test undecidable; it is then treated as met.",
  "Status from the end use and the buyer's country: military where a measure denies it for that country (Ann. 46 Art. 1 US, Ann. 1/2026 Japan, Ann. 61 everywhere) or samarium for any military user -> denied; advanced_semiconductor under Ann. 61 -> case-by-case; otherwise licence. Where the record leaves a suspension's end open, the worst outcome is shown and the reason gives both.",
  "Rows with an error are left out; a part with a rejected row is computed from its other rows and marked incomplete. Rows are numbered with the header as row 1.",
];

/**
 * One RFC 4180 file in five blocks separated by an empty line: report (file hash, time, scenario), summary by
 * status, parts, errors, method. Numbers at full precision; every text cell is guarded against formula injection.
 */
export function formatBomCsvReport(r: BomReport): string {
  const s = r.scenario;
  const meta: Cell[][] = [
    ["title", r.title],
    ["generated_at", r.generatedAt],
    ["report_version", r.reportVersion],
    ["dataset_version", r.datasetVersion],
    ["file_name", r.file.name],
    ["file_sha256", r.file.sha256],
    ["file_bytes", r.file.bytes],
    ["file_rows", r.file.rows],
    ["file_rows_with_errors", r.file.rowsWithErrors],
    ["file_lines", r.file.lines.total],
    ["file_lines_header", r.file.lines.header],
    ["file_lines_rows", r.file.lines.rows],
    ["file_lines_blank", r.file.lines.blank],
    ["file_lines_in_quoted_cells", r.file.lines.inQuotedCells],
    ["file_lines_swallowed", r.file.lines.swallowed],
    ["parts", r.parts.length],
    ["incomplete_parts", r.summary.incompleteParts],
    ["unprocessed_parts", r.unprocessedParts.length],
    ["errors", r.errorCount],
    ["errors_not_listed", r.errorsOmitted],
    ["scenario_query", r.scenarioQuery],
    ...scenarioCsvRows(s, { chinaShare: "not applied to parts: each row gives its own China-origin share", warnings: r.warnings }),
  ];
  const summary = r.summary.series.map((p): Cell[] => [p.status, p.parts, p.partsPct, p.unitValueUsd, p.valuePct]);
  const parts = r.parts.map((p): Cell[] => [
    p.partId, p.description, p.madeIn, p.endUse, p.form, p.elements.map(formatBomElement).join("; "), p.unitValueUsd,
    p.status, p.route, p.controlledContentPct, p.thresholdPct, list(p.drivers), p.incomplete ? "yes" : "no",
    list(p.errorRows.map(String)), list(p.rows.map(String)), p.reason,
  ]);
  const errors = r.errors.map((e): Cell[] => [e.row, e.column, e.message]);
  if (r.errorsOmitted > 0) errors.push([null, null, `${r.errorsOmitted} further errors not listed`]);
  for (const u of r.unprocessedParts) {
    errors.push([null, "part_id", `part ${u.partId} not computed: every row of it has an error (rows ${u.errorRows.join(", ")})`]);
  }
  return (
    "\uFEFF" +
    [
      block(["field", "value"], meta),
      block(["status", "parts", "parts_pct", "unit_value_usd", "value_pct"], summary),
      block(
        ["part_id", "description", "made_in", "end_use", "form", "elements", "unit_value_usd", "status", "route",
          "controlled_content_pct", "threshold_pct", "drivers", "incomplete", "error_rows", "rows", "reason"],
        parts,
      ),
      block(["row", "column", "message"], errors),
      block(["method"], BOM_METHOD.map((m) => [m])),
    ].join("\r\n\r\n") +
    "\r\n"
  );
}
