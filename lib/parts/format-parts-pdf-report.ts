import { describeScenarioLines } from "../report/scenario-lines";
import { formatUsdCompact } from "../format/format-number";
import {
  CAVEAT,
  HEADER_FILL,
  INK,
  MARGIN,
  MAX_CONTENT_WIDTH,
  MUTED,
  openPdfDocument,
  type PdfFonts,
  RULE,
  SANS,
  SANS_BOLD,
  STATUS_COLOR,
} from "../report/pdf-document";
import { pdfTextFor } from "../report/pdf-text";
import { ACTION_LABELS, ACTION_MEANINGS, ACTIONS, type Action } from "./actions";
import type { PartsReport } from "./build-parts-report";
import { actionRows, partsHeadline } from "./parts-report-rows";
import type { LineCounts } from "./sheet-rows";
import type { CheckedPart } from "./triage-parts";

/** "12 lines: 1 header, 9 data rows, 1 blank, 1 inside quoted cells": where every line of a CSV file went. */
export function fileLinesText(l: LineCounts): string {
  const parts = [
    l.aboveHeader > 0 ? plural(l.aboveHeader, "line") + " above the header" : "",
    plural(l.header, "header line"),
    plural(l.rows, "data row"),
    l.blank > 0 ? plural(l.blank, "blank line") : "",
    l.inQuotedCells > 0 ? `${plural(l.inQuotedCells, "line")} inside quoted cells` : "",
    l.swallowed > 0 ? `${plural(l.swallowed, "line")} swallowed by a broken quote (see the errors)` : "",
  ].filter((p) => p !== "");
  return `${plural(l.total, "line")}: ${parts.join(", ")}.`;
}


type Font = typeof SANS | typeof SANS_BOLD;
type Style = { font?: Font; size: number; color?: string };
type Doc = PDFKit.PDFDocument;

const PAD = 3;

type Column<T> = { header: string; width: number; text: (row: T) => string; bold?: boolean; align?: "left" | "right"; swatch?: (row: T) => string };

/** The small part of the exposure report's writer a BOM report needs: text that never runs off a page, and tables. */
class Writer {
  readonly left: number;
  readonly width: number;
  /** Any string made drawable: cut to length, missing glyphs marked, long unbroken runs given break points. */
  readonly safe: (text: string) => string;

  constructor(readonly doc: Doc) {
    this.width = Math.min(MAX_CONTENT_WIDTH, doc.page.width - 2 * MARGIN);
    this.left = (doc.page.width - this.width) / 2;
    this.safe = pdfTextFor(doc, [SANS, SANS_BOLD]);
  }

  style({ font = SANS, size, color = INK }: Style): void {
    this.doc.font(font).fontSize(size).fillColor(color);
  }

  measure(text: string, style: Style, width: number): number {
    this.style(style);
    return this.doc.heightOfString(this.safe(text), { width, lineGap: 1 });
  }

  put(text: string, x: number, y: number, width: number, style: Style, opts: PDFKit.Mixins.TextOptions = {}): number {
    this.style(style);
    this.doc.text(this.safe(text), x, y, { width, lineGap: 1, ...opts });
    return this.doc.y - y;
  }

  get bottom(): number {
    return this.doc.page.maxY();
  }

  ensure(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.doc.page.margins.top + 0.5) {
      this.doc.addPage();
      this.doc.y = this.doc.page.margins.top;
    }
  }

  paragraph(text: string, style: Style, after = 2): void {
    this.ensure(this.measure(text, style, this.width));
    const y = this.doc.y;
    this.doc.y = y + this.put(text, this.left, y, this.width, style) + after;
  }

  heading(text: string): void {
    this.ensure(60);
    this.doc.y += 6;
    this.paragraph(text, { font: SANS_BOLD, size: 12 }, 4);
  }

  keyValue(label: string, value: string, color = INK): void {
    const lw = 150;
    const h = Math.max(this.measure(label, { font: SANS_BOLD, size: 8.5 }, lw - 6), this.measure(value, { size: 8.5 }, this.width - lw));
    this.ensure(h);
    const y = this.doc.y;
    this.put(label, this.left, y, lw - 6, { font: SANS_BOLD, size: 8.5, color: MUTED });
    this.put(value, this.left + lw, y, this.width - lw, { size: 8.5, color });
    this.doc.y = y + h + 2;
  }

  /** Rows never cross the bottom margin; the header repeats on each new page. `detail` is a full-width line under a row. */
  table<T>(columns: Column<T>[], rows: readonly T[], detail?: (row: T) => string): void {
    const size = 7.5;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const scale = this.width / total;
    const xs: number[] = [];
    let x = this.left;
    for (const c of columns) {
      xs.push(x);
      x += c.width * scale;
    }
    const lead = (c: Column<T>) => (c.swatch ? 9 : 0);
    const inner = (c: Column<T>) => c.width * scale - 2 * PAD - lead(c);
    const headStyle: Style = { font: SANS_BOLD, size: size - 0.5 };
    const headH = Math.max(...columns.map((c) => this.measure(c.header, headStyle, c.width * scale - 2 * PAD))) + 2 * PAD;
    const detailStyle: Style = { size: size - 1, color: MUTED };
    const drawHeader = () => {
      const y = this.doc.y;
      this.doc.rect(this.left, y, this.width, headH).fill(HEADER_FILL);
      columns.forEach((c, i) => this.put(c.header, (xs[i] ?? 0) + PAD, y + PAD, c.width * scale - 2 * PAD, headStyle, { align: c.align ?? "left" }));
      this.doc.y = y + headH;
    };
    this.ensure(headH + 30);
    drawHeader();
    for (const row of rows) {
      const cellsH = Math.max(...columns.map((c) => this.measure(c.text(row), { font: c.bold ? SANS_BOLD : SANS, size }, inner(c))));
      const d = detail?.(row) ?? "";
      const detailH = d ? this.measure(d, detailStyle, this.width - 2 * PAD) + 2 : 0;
      const h = cellsH + detailH + 2 * PAD;
      if (this.doc.y + h > this.bottom) {
        this.doc.addPage();
        this.doc.y = this.doc.page.margins.top;
        drawHeader();
      }
      const y = this.doc.y;
      columns.forEach((c, i) => {
        const cx = (xs[i] ?? 0) + PAD;
        if (c.swatch) this.doc.rect(cx, y + PAD + 1.5, 6, 6).fill(c.swatch(row));
        this.put(c.text(row), cx + lead(c), y + PAD, inner(c), { font: c.bold ? SANS_BOLD : SANS, size }, { align: c.align ?? "left" });
      });
      if (d) this.put(d, this.left + PAD, y + PAD + cellsH + 2, this.width - 2 * PAD, detailStyle);
      this.doc.moveTo(this.left, y + h).lineTo(this.left + this.width, y + h).lineWidth(0.5).strokeColor(RULE).stroke();
      this.doc.y = y + h;
    }
    this.doc.x = this.left;
  }
}

/** "$90", "$1,234.5", "$1.23M": exact below US$10,000, compact above. */
export function formatPartsUsd(value: number): string {
  return value < 10_000 ? `$${value.toLocaleString("en-US", { maximumFractionDigits: 2 })}` : formatUsdCompact(value);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function utc(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const ACTION_ORDER: Record<Action, number> = { hold: 0, apply: 1, review: 2, "insufficient-data": 3, clear: 4 };

function drawSummary(w: Writer, r: PartsReport): void {
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
    w.put(p.label, w.left, y + 2, labelW - 6, { size: 8.5 });
    const bw = p.lines === 0 ? 0 : Math.max(0.75, (barW * p.lines) / max);
    if (bw > 0) doc.rect(barX, y + 2, bw, 10).fill(ACTION_COLOR[p.action]);
    w.put(`${plural(p.lines, "line")} · ${formatPartsUsd(p.annualValueUsd)} purchases`, barX + barW + 6, y + 2, textW - 6, { size: 8, color: MUTED });
    doc.y = y + 16;
  }
  doc.x = w.left;
}

const ACTION_COLOR: Record<Action, string> = {
  hold: STATUS_COLOR.denied,
  apply: STATUS_COLOR.license,
  review: STATUS_COLOR["case-by-case"],
  "insufficient-data": MUTED,
  clear: STATUS_COLOR.free,
};

function partColumns(): Column<CheckedPart>[] {
  return [
    { header: "Part (row)", width: 110, bold: true, text: (p) => `${p.partId} (${p.row})` },
    { header: "Action", width: 82, text: (p) => ACTION_LABELS[p.action], swatch: (p) => ACTION_COLOR[p.action] },
    { header: "Type", width: 96, text: (p) => `${p.typeLabel}${p.grade ? ` ${p.grade}` : ""}` },
    { header: "Customs code", width: 64, text: (p) => p.hsCode ?? "—" },
    { header: "Unit value", width: 56, align: "right", text: (p) => (p.unitValue ? formatPartsUsd(p.unitValue.usd) : "—") },
    { header: "Drivers", width: 50, text: (p) => (p.drivers.length > 0 ? p.drivers.join(", ") : "—") },
    { header: "Estimated", width: 62, text: (p) => p.estimated.join(", ") || "—" },
  ];
}

/** Lines listed in the PDF, worst action first; a 100,000-line file would otherwise make thousands of pages. */
export const PARTS_PDF_MAX_LINES = 500;
export const PARTS_PDF_MAX_ERRORS = 200;

/**
 * The checked parts list as a PDF: title, file, scenario, summary by action, exchange rates, lines (worst first, at
 * most PARTS_PDF_MAX_LINES, each with its reason), errors, coverage. Fonts are passed in, so the formatter does no I/O.
 */
export async function formatPartsPdfReport(report: PartsReport, fonts: PdfFonts): Promise<Uint8Array> {
  const { doc, bytes: done } = openPdfDocument({
    fonts,
    title: report.title,
    subject: `Parts-list file ${report.file.sha256}`,
    generatedAt: report.generatedAt,
    margin: MARGIN,
    size: "A4",
  });

  const w = new Writer(doc);
  doc.x = w.left;
  doc.y = doc.page.margins.top;

  w.paragraph(report.title, { font: SANS_BOLD, size: 16 }, 4);
  w.paragraph(`Generated ${utc(report.generatedAt)} · dataset version ${report.datasetVersion} · report version ${report.reportVersion}`, { size: 8.5, color: MUTED }, 1);
  const f = report.file;
  w.paragraph(
    `File: ${f.name ? `${f.name}, ` : ""}${f.format.toUpperCase()}${f.encoding ? ` (${f.encoding})` : ""}, ${plural(f.bytes, "byte")}, header on row ${f.headerRow}, ${plural(f.rows, "data row")}, ${plural(f.rowsWithErrors, "row")} with errors`,
    { size: 8.5, color: MUTED },
    1,
  );
  if (f.lines) w.paragraph(fileLinesText(f.lines), { size: 8.5, color: MUTED }, 1);
  w.paragraph(`File sha256: ${f.sha256}`, { size: 7.5, color: MUTED }, 4);

  w.heading("Scenario");
  for (const [k, v] of describeScenarioLines(report.scenario)) w.keyValue(k, v);
  report.scenario.caveats.forEach((c, i) => w.keyValue(i === 0 ? "Caveats" : "", `⚠ ${c}`, CAVEAT));
  report.warnings.forEach((x, i) => w.keyValue(i === 0 ? "Warnings" : "", `${x.param}: ${x.message}`, CAVEAT));
  w.keyValue("Link", `/?${report.scenarioQuery}`);

  w.heading("Summary");
  w.paragraph(partsHeadline(report), { font: SANS_BOLD, size: 11 }, 4);
  for (const a of ACTIONS) w.keyValue(ACTION_LABELS[a], ACTION_MEANINGS[a]);
  doc.y += 4;
  drawSummary(w, report);

  w.heading("Exchange rates");
  if (report.ratesUsed.length === 0) w.paragraph("No value was converted.", { size: 8.5 }, 2);
  for (const x of report.ratesUsed) w.keyValue(x.currency, `${x.text}; ${x.series}; confidence ${x.confidence}${x.sourceIds.length > 0 ? `; sources ${x.sourceIds.join(", ")}` : ""}`);
  if (report.fileCurrency) w.keyValue("File currency", `${report.fileCurrency.code} (${report.fileCurrency.from === "header" ? "from the price header" : "chosen on the mapping step"})`);

  const parts = [...report.parts].sort((a, b) => ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || a.row - b.row);
  const shown = parts.slice(0, PARTS_PDF_MAX_LINES);
  w.heading("Lines");
  w.paragraph(
    "Worst action first. Each line's reason follows it; estimated or assumed inputs are named. " +
      (parts.length > shown.length ? `The first ${shown.length} of ${parts.length} lines are listed; the CSV and XLSX reports have them all.` : ""),
    { size: 7.5, color: MUTED },
    4,
  );
  w.table(partColumns(), shown, (p) => [p.description, p.reason, p.missing.length > 0 ? `Missing: ${p.missing.join("; ")}` : ""].filter((t) => t !== "").join(" — "));

  if (report.errorCount > 0) {
    w.heading("Errors");
    const rows = report.errors.slice(0, PARTS_PDF_MAX_ERRORS);
    const omitted = report.errorCount - rows.length;
    if (omitted > 0) w.paragraph(`${plural(omitted, "further error")} not listed here.`, { size: 7.5, color: MUTED }, 4);
    w.table(
      [
        { header: "Row", width: 40, align: "right", text: (e) => String(e.row) },
        { header: "Column", width: 100, text: (e) => e.column ?? "—" },
        { header: "Message", width: 360, text: (e) => e.message },
      ],
      rows,
    );
  }

  w.heading("Coverage");
  for (const [title, items] of [
    ["Models", report.coverage.models],
    ["Only flags", report.coverage.flags],
    ["Does not model", report.coverage.doesNotModel],
  ] as const) {
    w.paragraph(title, { font: SANS_BOLD, size: 9 }, 2);
    for (const t of items) w.paragraph(`• ${t}`, { size: 8.5 }, 2);
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing below the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    w.put(`Page ${i - range.start + 1} of ${range.count} · file ${report.file.sha256.slice(0, 12)}`, w.left, doc.page.height - MARGIN + 14, w.width, { size: 7, color: MUTED }, { align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
