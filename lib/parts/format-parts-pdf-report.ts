import { formatCount, formatUsdCompact } from "../format/format-number";
import { MUTED, type PdfFonts, SANS_BOLD } from "../pdf/pdf-document";
import { writeScenarioBlock } from "../pdf/pdf-scenario-block";
import { STATUS_COLOR } from "../pdf/pdf-status";
import { type TableColumn, writeTable } from "../pdf/pdf-table";
import { formatPdfTime, openPdfWriter, type PdfWriter, TEXT } from "../pdf/pdf-writer";
import { ACTION_LABELS, ACTION_MEANINGS, ACTIONS, type Action } from "./actions";
import type { PartsReport } from "./build-parts-report";
import { actionRows, partsHeadline } from "./parts-report-rows";
import type { LineCounts } from "./sheet-rows";
import type { CheckedPart } from "./triage-parts";
import { dashboardHref } from "../scenario/scenario-query";

/** "12 lines: 1 header, 9 data rows, 1 blank, 1 inside quoted cells": where every line of a CSV file went. */
export function fileLinesText(l: LineCounts): string {
  const parts = [
    l.aboveHeader > 0 ? `${formatCount(l.aboveHeader, "line")} above the header` : "",
    formatCount(l.header, "header line"),
    formatCount(l.rows, "data row"),
    l.blank > 0 ? formatCount(l.blank, "blank line") : "",
    l.inQuotedCells > 0 ? `${formatCount(l.inQuotedCells, "line")} inside quoted cells` : "",
    l.swallowed > 0 ? `${formatCount(l.swallowed, "line")} swallowed by a broken quote (see the errors)` : "",
  ].filter((p) => p !== "");
  return `${formatCount(l.total, "line")}: ${parts.join(", ")}.`;
}

/** "$90", "$1,234.50", "$0.40", "< $0.01", "$1.23M": whole dollars or cents below US$10,000, compact above. */
export function formatPartsUsd(value: number): string {
  if (value >= 10_000) return formatUsdCompact(value);
  // A part worth less than half a cent (a washer in a list priced per unit) is not "$0".
  if (value > 0 && value < 0.005) return "< $0.01";
  const cents = Math.round(value * 100) % 100 !== 0;
  return `$${value.toLocaleString("en-US", { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 })}`;
}

const ACTION_ORDER: Record<Action, number> = { hold: 0, apply: 1, review: 2, "insufficient-data": 3, clear: 4 };

/** Actions in print take the colours of the statuses they answer (denied → hold, licence → apply, …). */
const ACTION_COLOR: Record<Action, string> = {
  hold: STATUS_COLOR.denied,
  apply: STATUS_COLOR.license,
  review: STATUS_COLOR["case-by-case"],
  "insufficient-data": MUTED,
  clear: STATUS_COLOR.free,
};

function drawSummary(w: PdfWriter, r: PartsReport): void {
  const { doc } = w;
  const labelW = 110;
  const textW = 160;
  const barX = w.left + labelW;
  const barW = w.width - labelW - textW;
  const rows = actionRows(r);
  const max = Math.max(1, ...rows.map((p) => p.lines));
  w.ensure(rows.length * 16 + 10);
  for (const p of rows) {
    const y = doc.y;
    w.put(p.label, w.left, y + 2, labelW - 6, TEXT.body);
    const bw = p.lines === 0 ? 0 : Math.max(0.75, (barW * p.lines) / max);
    if (bw > 0) doc.rect(barX, y + 2, bw, 10).fill(ACTION_COLOR[p.action]);
    w.put(`${formatCount(p.lines, "line")} · ${formatPartsUsd(p.annualValueUsd)} purchases`, barX + barW + 6, y + 2, textW - 6, { size: 8, color: MUTED });
    doc.y = y + 16;
  }
  doc.x = w.left;
}

function partColumns(): TableColumn<CheckedPart>[] {
  return [
    { header: "Part (row)", width: 120, bold: true, text: (p) => `${p.partId} (${p.row})` },
    { header: "Action", width: 90, text: (p) => ACTION_LABELS[p.action], swatch: (p) => ACTION_COLOR[p.action] },
    { header: "Type", width: 110, text: (p) => `${p.typeLabel}${p.grade ? ` ${p.grade}` : ""}` },
    { header: "Customs code", width: 70, text: (p) => p.hsCode ?? "—" },
    { header: "Unit value", width: 60, align: "right", indent: 4, text: (p) => (p.unitValue ? formatPartsUsd(p.unitValue.usd) : "—") },
    { header: "Drivers", width: 50, indent: 6, text: (p) => (p.drivers.length > 0 ? p.drivers.join(", ") : "—") },
  ];
}

/** Lines listed in the PDF, worst action first; a 100,000-line file would otherwise make thousands of pages. */
export const PARTS_PDF_MAX_LINES = 500;
export const PARTS_PDF_MAX_ERRORS = 200;

/**
 * The checked parts list as a PDF, drawn with the one writer (lib/pdf): title, file, scenario, summary by action,
 * exchange rates, lines (worst first, at most PARTS_PDF_MAX_LINES, each with its reason), errors, coverage. Fonts are
 * passed in, so the formatter does no I/O.
 */
export async function formatPartsPdfReport(report: PartsReport, fonts: PdfFonts): Promise<Uint8Array> {
  const w = openPdfWriter({ fonts, title: report.title, subject: `Parts-list file ${report.file.sha256}`, generatedAt: report.generatedAt, shareLayout: false });

  w.paragraph(report.title, TEXT.title, { after: 4 });
  w.paragraph(`Generated ${formatPdfTime(report.generatedAt)} · dataset version ${report.datasetVersion} · report version ${report.reportVersion}`, TEXT.meta, { after: 1 });
  const f = report.file;
  w.paragraph(
    `File: ${f.name ? `${f.name}, ` : ""}${f.format.toUpperCase()}${f.encoding ? ` (${f.encoding})` : ""}, ${formatCount(f.bytes, "byte")}, header on row ${f.headerRow}, ${formatCount(f.rows, "data row")}, ${formatCount(f.rowsWithErrors, "row")} with errors`,
    TEXT.meta,
    { after: 1 },
  );
  if (f.lines) w.paragraph(fileLinesText(f.lines), TEXT.meta, { after: 1 });
  w.paragraph(`File sha256: ${f.sha256}`, TEXT.hash, { after: 4 });

  writeScenarioBlock(w, { scenario: report.scenario, warnings: report.warnings, link: dashboardHref(report.scenarioQuery) });

  w.heading("Summary");
  w.paragraph(partsHeadline(report), TEXT.headline, { after: 4 });
  for (const a of ACTIONS) w.keyValue(ACTION_LABELS[a], ACTION_MEANINGS[a]);
  w.gap(4);
  drawSummary(w, report);

  w.heading("Exchange rates");
  if (report.ratesUsed.length === 0) w.paragraph("No value was converted.", TEXT.body);
  for (const x of report.ratesUsed) w.keyValue(x.currency, `${x.text}; ${x.series}; confidence ${x.confidence}${x.sourceIds.length > 0 ? `; sources ${x.sourceIds.join(", ")}` : ""}`);
  if (report.fileCurrency) w.keyValue("File currency", `${report.fileCurrency.code} (${report.fileCurrency.from === "header" ? "from the price header" : "chosen on the mapping step"})`);

  const parts = [...report.parts].sort((a, b) => ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || a.row - b.row);
  const shown = parts.slice(0, PARTS_PDF_MAX_LINES);
  // Kept on a page with its note, the table's header and a first row.
  w.heading("Lines", 12, 150);
  w.paragraph(
    "Worst action first. Under each line: its description, the reason, the inputs that were estimated or assumed, and what is missing. " +
      (parts.length > shown.length ? `The first ${shown.length} of ${parts.length} lines are listed; the CSV and XLSX reports have them all.` : ""),
    TEXT.note,
    { after: 4 },
  );
  writeTable(w, {
    continuedTitle: "Lines (continued)",
    columns: partColumns(),
    rows: shown,
    detail: (p) =>
      [p.description, p.reason, p.estimated.length > 0 ? `Estimated or assumed: ${p.estimated.join(", ")}.` : "", p.missing.length > 0 ? `Missing: ${p.missing.join("; ")}` : ""]
        .filter((t) => t !== "")
        .join(" — "),
  });

  if (report.errorCount > 0) {
    w.heading("Errors");
    const rows = report.errors.slice(0, PARTS_PDF_MAX_ERRORS);
    const omitted = report.errorCount - rows.length;
    if (omitted > 0) w.paragraph(`${formatCount(omitted, "further error")} not listed here.`, TEXT.note, { after: 4 });
    writeTable(w, {
      continuedTitle: "Errors (continued)",
      rows,
      columns: [
        { header: "Row", width: 40, align: "right", text: (e) => String(e.row) },
        { header: "Column", width: 100, text: (e) => e.column ?? "—" },
        { header: "Message", width: 360, text: (e) => e.message },
      ],
    });
  }

  w.heading("Coverage");
  for (const [title, items] of [
    ["Models", report.coverage.models],
    ["Only flags", report.coverage.flags],
    ["Does not model", report.coverage.doesNotModel],
  ] as const) {
    w.paragraph(title, { font: SANS_BOLD, size: 9 }, { after: 2 });
    for (const t of items) w.bullet(t);
  }

  return w.finish((page, pages) => `Page ${page} of ${pages} · file ${report.file.sha256.slice(0, 12)}`);
}
