import { compareStatus } from "../engine/status";
import { formatCount, formatUsdCompact } from "../format/format-number";
import { MUTED, type PdfFonts } from "../pdf/pdf-document";
import { writeScenarioBlock } from "../pdf/pdf-scenario-block";
import { STATUS_COLOR, STATUS_WORD } from "../pdf/pdf-status";
import { type TableColumn, writeTable } from "../pdf/pdf-table";
import { formatPdfTime, openPdfWriter, type PdfWriter, TEXT } from "../pdf/pdf-writer";
import type { BomReport } from "./build-bom-report";
import { formatContentPct, type PartResult } from "./determine-parts";
import { BOM_METHOD, formatBomElement } from "./format-bom-csv-report";

/** "12 lines: 1 header, 9 data rows, 1 blank, 1 inside quoted cells": where every line of the file went. */
export function fileLinesText(file: BomReport["file"]): string {
  const l = file.lines;
  const parts = [
    formatCount(l.header, "header line"),
    formatCount(l.rows, "data row"),
    l.blank > 0 ? formatCount(l.blank, "blank line") : "",
    l.inQuotedCells > 0 ? `${formatCount(l.inQuotedCells, "line")} inside quoted cells` : "",
    l.swallowed > 0 ? `${formatCount(l.swallowed, "line")} swallowed by a broken quote (see the errors)` : "",
  ].filter((p) => p !== "");
  return `${formatCount(l.total, "line")}: ${parts.join(", ")}. ${formatCount(file.rows - file.rowsWithErrors, "valid row")}, ${formatCount(file.rowsWithErrors, "row")} with errors.`;
}

/** Parts listed in the PDF, worst status first; a 100,000-part file would otherwise make thousands of pages. */
export const BOM_PDF_MAX_PARTS = 500;
export const BOM_PDF_MAX_ERRORS = 200;

/** "$90", "$1,234.5", "$1.23M": exact below US$10,000, compact above. */
export function formatBomUsd(value: number): string {
  return value < 10_000 ? `$${value.toLocaleString("en-US", { maximumFractionDigits: 2 })}` : formatUsdCompact(value);
}

/** "12 parts: 2 denied, 1 case-by-case, 5 need a licence, 4 free" */
export function bomHeadline(report: Pick<BomReport, "summary">): string {
  const b = report.summary.byStatus;
  const licence = b.license.parts;
  return (
    `${formatCount(report.summary.parts, "part")}: ${b.denied.parts} denied, ${b["case-by-case"].parts} case-by-case, ` +
    `${licence} ${licence === 1 ? "needs" : "need"} a licence, ${b.free.parts} free`
  );
}

function drawSummary(w: PdfWriter, r: BomReport): void {
  const { doc } = w;
  const labelW = 80;
  const textW = 150;
  const barX = w.left + labelW;
  const barW = w.width - labelW - textW;
  const max = Math.max(1, ...r.summary.series.map((p) => p.parts));
  w.ensure(4 * 16 + 10);
  for (const p of [...r.summary.series].reverse()) {
    const y = doc.y;
    w.put(p.label, w.left, y + 2, labelW - 6, { size: 8.5 });
    const bw = p.parts === 0 ? 0 : Math.max(0.75, (barW * p.parts) / max);
    if (bw > 0) doc.rect(barX, y + 2, bw, 10).fill(STATUS_COLOR[p.status]);
    w.put(`${formatCount(p.parts, "part")} · ${formatBomUsd(p.unitValueUsd)} unit value`, barX + barW + 6, y + 2, textW - 6, { size: 8, color: MUTED });
    doc.y = y + 16;
  }
  doc.x = w.left;
}

function partColumns(): TableColumn<PartResult>[] {
  return [
    { header: "Part", width: 120, bold: true, text: (p) => p.partId },
    { header: "Made in · end use", width: 90, text: (p) => `${p.madeIn} · ${p.endUse.replace("_", " ")}` },
    { header: "Unit value", width: 56, align: "right", text: (p) => formatBomUsd(p.unitValueUsd) },
    { header: "Status", width: 72, text: (p) => STATUS_WORD[p.status], swatch: (p) => STATUS_COLOR[p.status] },
    { header: "China-origin content", width: 62, align: "right", text: (p) => (p.controlledContentPct === null ? "—" : formatContentPct(p.controlledContentPct)) },
    { header: "Threshold", width: 50, align: "right", text: (p) => (p.thresholdPct === null ? "—" : `${p.thresholdPct} %`) },
    { header: "Drivers", width: 70, text: (p) => (p.drivers.length > 0 ? p.drivers.join(", ") : "—") },
  ];
}

/**
 * The checked BOM as a PDF: title, file hash, scenario, summary, parts (worst first, at most BOM_PDF_MAX_PARTS),
 * errors (at most BOM_PDF_MAX_ERRORS), method. Fonts are passed in, so the formatter does no I/O. Server only.
 */
export async function formatBomPdfReport(report: BomReport, fonts: PdfFonts): Promise<Uint8Array> {
  const w = openPdfWriter({ fonts, title: report.title, subject: `BOM file ${report.file.sha256}`, generatedAt: report.generatedAt });

  w.paragraph(report.title, TEXT.title, { after: 4 });
  w.paragraph(`Generated ${formatPdfTime(report.generatedAt)} · dataset version ${report.datasetVersion}`, TEXT.meta, { after: 1 });
  const name = report.file.name ? `${report.file.name}, ` : "";
  w.paragraph(`File: ${name}${formatCount(report.file.bytes, "byte")}, ${formatCount(report.file.rows, "data row")}`, TEXT.meta, { after: 1 });
  w.paragraph(fileLinesText(report.file), TEXT.meta, { after: 1 });
  w.paragraph(`File sha256: ${report.file.sha256}`, TEXT.hash, { after: 4 });

  writeScenarioBlock(w, { scenario: report.scenario, warnings: report.warnings, link: `/?${report.scenarioQuery}` });

  w.heading("Summary");
  w.paragraph(bomHeadline(report), TEXT.headline, { after: 4 });
  const notes = [
    report.summary.incompleteParts > 0 ? `${formatCount(report.summary.incompleteParts, "part")} computed from some of their rows only (marked incomplete).` : "",
    report.unprocessedParts.length > 0 ? `${formatCount(report.unprocessedParts.length, "part")} not computed: every row has an error.` : "",
    report.errorCount > 0 ? `${formatCount(report.errorCount, "row error")} (listed below).` : "No row errors.",
  ].filter((n) => n !== "");
  for (const n of notes) w.paragraph(n, TEXT.body, { after: 1 });
  w.gap(4);
  drawSummary(w, report);

  const parts = [...report.parts].sort((a, b) => compareStatus(b.status, a.status));
  const shown = parts.slice(0, BOM_PDF_MAX_PARTS);
  w.heading("Parts");
  w.paragraph(
    "Worst status first. China-origin content: the Ann. 61 test's ratio for parts made abroad, as a percentage of the part's unit value. " +
      (parts.length > shown.length ? `The first ${shown.length} of ${parts.length} parts are listed; the CSV report has them all.` : ""),
    TEXT.note,
    { after: 4 },
  );
  writeTable(w, {
    continuedTitle: "Parts (continued)",
    columns: partColumns(),
    rows: shown,
    detail: (p) => [p.description, p.elements.map(formatBomElement).join("; "), p.reason].filter((t) => t !== "").join(" — "),
  });

  if (report.errorCount > 0 || report.unprocessedParts.length > 0) {
    w.heading("Errors");
    const rows = report.errors.slice(0, BOM_PDF_MAX_ERRORS);
    const omitted = report.errorCount - rows.length;
    if (omitted > 0) w.paragraph(`${formatCount(omitted, "further error")} not listed here.`, TEXT.note, { after: 4 });
    const errorRows: { row: number | null; column: string | null; message: string }[] = [
      ...rows,
      ...report.unprocessedParts.map((u) => ({ row: null, column: "part_id", message: `part ${u.partId} not computed: every row has an error (rows ${u.errorRows.join(", ")})` })),
    ];
    writeTable(w, {
      continuedTitle: "Errors (continued)",
      rows: errorRows,
      columns: [
        { header: "Row", width: 40, align: "right", text: (e) => (e.row === null ? "—" : String(e.row)) },
        { header: "Column", width: 100, text: (e) => e.column ?? "—" },
        { header: "Message", width: 360, text: (e) => e.message },
      ],
    });
  }

  w.heading("Method");
  for (const m of BOM_METHOD) w.bullet(m);

  return w.finish((page, pages) => `Page ${page} of ${pages} · file ${report.file.sha256.slice(0, 12)}`);
}
