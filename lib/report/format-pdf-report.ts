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
} from "./pdf-document";
import { toSectorSeries } from "../charts/sector-series";
import type { ProductResult, SectorResult } from "../engine/exposure-types";
import type { Status } from "../engine/status";
import type { SectorBasis } from "../engine/exposure-types";
import { formatPct, formatShareRangeShort, formatUsdRange, formatUsdRangeShort } from "../format/format-number";
import type { ExposureReport } from "./build-report";
import { pdfTextFor } from "./pdf-text";
import { describeScenarioLines } from "./scenario-lines";

const BASIS_LABEL: Record<SectorBasis, string> = { value: "by value", count: "by count", items: "by items" };


export type PdfReportOptions = {
  /** Paper size; content is at most 500 pt wide, so it fits both. */
  pageSize?: "A4" | "LETTER";
};

const LINE_GAP = 1;

const GRID = "#e4e7eb";
const STATUS_LABEL: Record<Status, string> = {
  free: "free",
  license: "licence",
  "case-by-case": "case-by-case",
  denied: "denied",
};

/**
 * Font handles, named after DejaVu's PostScript names: pdfkit files the constructor's font under its PostScript name,
 * and a registered font of the same name is then found in its cache instead of being parsed again on every switch.
 */
type FontName = typeof SANS | typeof SANS_BOLD;
type Doc = PDFKit.PDFDocument;

/** Share 0..1 as a percentage with 1–2 decimals; small non-zero shares keep two significant digits, and a share below 1 never prints as 100 %. */
export function formatSharePct(share: number): string {
  const pct = share * 100;
  const text = formatPct(pct);
  if (pct < 100 && text === "100.0 %") return `${(Math.floor(pct * 100) / 100).toFixed(2)} %`;
  return text;
}

/** The report's headline sentence: the same words as the page's. */
export function reportHeadline(report: Pick<ExposureReport, "headline">): string {
  return report.headline;
}

function formatUtc(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

type TextStyle = { font?: FontName; size: number; color?: string };

type Column<T> = {
  header: string;
  width: number;
  align?: "left" | "right";
  text: (row: T) => string;
  /** Secondary line under the cell text, smaller and muted. */
  note?: (row: T) => string | null;
  bold?: boolean;
  /** Extra space before the cell text, to keep it clear of a right-aligned neighbour. */
  indent?: number;
  /** Colour of a small square drawn before the cell text. */
  swatch?: (row: T) => string | null;
};

type TableSpec<T> = {
  columns: Column<T>[];
  rows: readonly T[];
  size: number;
  /** Full-width text under a row (wrapped, smaller font). */
  detail?: (row: T) => string | null;
  detailSize?: number;
  /** Drawn above the header on every page after the first. */
  continuedTitle: string;
};

const CELL_PAD_X = 3;
const CELL_PAD_Y = 3;
const SWATCH = 6;

class PdfWriter {
  readonly left: number;
  readonly width: number;

  constructor(
    readonly doc: Doc,
    readonly safe: (text: string) => string,
  ) {
    this.width = Math.min(MAX_CONTENT_WIDTH, doc.page.width - 2 * MARGIN);
    this.left = (doc.page.width - this.width) / 2;
  }

  get bottom(): number {
    return this.doc.page.maxY();
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  private currentFont: FontName | null = null;

  style({ font = SANS, size, color = INK }: TextStyle): void {
    if (font !== this.currentFont) {
      this.doc.font(font);
      this.currentFont = font;
    }
    this.doc.fontSize(size).fillColor(color);
  }

  measure(text: string, style: TextStyle, width: number): number {
    this.style(style);
    return this.doc.heightOfString(this.safe(text), { width, lineGap: LINE_GAP });
  }

  /** Writes text at (x, y) in a box `width` wide, without letting pdfkit move to another page; returns its height. */
  put(text: string, x: number, y: number, width: number, style: TextStyle, opts: PDFKit.Mixins.TextOptions = {}): number {
    this.style(style);
    this.doc.text(this.safe(text), x, y, { width, lineGap: LINE_GAP, ...opts });
    return this.doc.y - y;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.top + 0.5) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  /** A paragraph across the content width, moved to the next page whole if it does not fit. */
  paragraph(text: string, style: TextStyle, opts: { indent?: number; after?: number; link?: string | null } = {}): void {
    const indent = opts.indent ?? 0;
    const width = this.width - indent;
    this.ensure(this.measure(text, style, width));
    const y = this.doc.y;
    const h = this.put(text, this.left + indent, y, width, style, opts.link ? { link: opts.link } : {});
    this.doc.y = y + h + (opts.after ?? 2);
  }

  /** A section heading, kept on a page with the next `keepWith` points of content (when those fit on a page at all). */
  heading(text: string, size = 12, keepWith = 60): void {
    const height = this.measure(text, { font: SANS_BOLD, size }, this.width) + 10;
    const capacity = this.bottom - this.top - height;
    this.ensure(height + (keepWith > capacity ? 60 : keepWith));
    this.gap(6);
    this.paragraph(text, { font: SANS_BOLD, size }, { after: 4 });
  }

  /** Label in a bold left column, value wrapped beside it. */
  keyValue(label: string, value: string, opts: { color?: string; labelWidth?: number; size?: number } = {}): void {
    const labelWidth = opts.labelWidth ?? 150;
    const size = opts.size ?? 8.5;
    const valueWidth = this.width - labelWidth;
    const height = Math.max(
      this.measure(label, { font: SANS_BOLD, size }, labelWidth - 6),
      this.measure(value, { size }, valueWidth),
    );
    this.ensure(height);
    const y = this.doc.y;
    this.put(label, this.left, y, labelWidth - 6, { font: SANS_BOLD, size, color: MUTED });
    this.put(value, this.left + labelWidth, y, valueWidth, { size, color: opts.color ?? INK });
    this.doc.y = y + height + 2;
  }

  /** Column positions, header height and every row's height, measured before anything is drawn. */
  private layoutTable<T>(spec: TableSpec<T>) {
    const { columns, rows, size } = spec;
    const totalWidth = columns.reduce((sum, c) => sum + c.width, 0);
    const scale = totalWidth > this.width ? this.width / totalWidth : 1;
    const xs: number[] = [];
    let x = this.left;
    for (const c of columns) {
      xs.push(x);
      x += c.width * scale;
    }
    const lead = (c: Column<T>) => (c.indent ?? 0) + (c.swatch ? SWATCH + 3 : 0);
    const innerWidth = (c: Column<T>) => c.width * scale - 2 * CELL_PAD_X - lead(c);
    const headerStyle: TextStyle = { font: SANS_BOLD, size: size - 0.5, color: INK };
    const headerHeight =
      Math.max(...columns.map((c) => this.measure(c.header, headerStyle, c.width * scale - 2 * CELL_PAD_X - (c.indent ?? 0)))) +
      2 * CELL_PAD_Y;
    const noteStyle: TextStyle = { size: size - 1, color: MUTED };
    const detailStyle: TextStyle = { size: spec.detailSize ?? size - 1, color: MUTED };
    // The tallest a row may be: a page less its "continued" line and the header.
    const capacity = this.bottom - this.top - headerHeight - 20;
    const measured = rows.map((row) => {
      const cellsHeight = Math.max(
        ...columns.map((c) => {
          const w = innerWidth(c);
          const note = c.note?.(row);
          return (
            this.measure(c.text(row), { font: c.bold ? SANS_BOLD : SANS, size }, w) + (note ? this.measure(note, noteStyle, w) : 0)
          );
        }),
      );
      const detail = spec.detail?.(row) ?? null;
      let detailHeight = detail ? this.measure(detail, detailStyle, this.width - 2 * CELL_PAD_X) + 2 : 0;
      // A reason too long for a whole page is cut with an ellipsis rather than run past the margin.
      const clipped = cellsHeight + detailHeight + 2 * CELL_PAD_Y > capacity;
      if (clipped) detailHeight = Math.max(0, capacity - cellsHeight - 2 * CELL_PAD_Y);
      return { row, cellsHeight, detail, detailHeight, clipped, height: cellsHeight + detailHeight + 2 * CELL_PAD_Y };
    });
    return { xs, scale, lead, innerWidth, headerStyle, headerHeight, noteStyle, detailStyle, measured };
  }

  /** Height of the whole table when drawn on one page. */
  tableHeight<T>(spec: TableSpec<T>): number {
    const layout = this.layoutTable(spec);
    return layout.headerHeight + layout.measured.reduce((sum, r) => sum + r.height, 0);
  }

  /** A table whose rows never cross the bottom margin: a row that does not fit moves to a new page under a repeated header. */
  table<T>(spec: TableSpec<T>): void {
    const { columns, size } = spec;
    const { xs, scale, lead, innerWidth, headerStyle, headerHeight, noteStyle, detailStyle, measured } = this.layoutTable(spec);
    const drawHeader = () => {
      const y = this.doc.y;
      this.doc.rect(this.left, y, this.width, headerHeight).fill(HEADER_FILL);
      columns.forEach((c, i) => {
        const indent = c.indent ?? 0;
        this.put(c.header, (xs[i] ?? 0) + CELL_PAD_X + indent, y + CELL_PAD_Y, c.width * scale - 2 * CELL_PAD_X - indent, headerStyle, {
          align: c.align ?? "left",
        });
      });
      this.doc.y = y + headerHeight;
    };

    this.ensure(headerHeight + (measured[0]?.height ?? 0));
    drawHeader();
    for (const m of measured) {
      if (this.doc.y + m.height > this.bottom) {
        this.newPage();
        this.paragraph(spec.continuedTitle, { size: 8, color: MUTED }, { after: 3 });
        drawHeader();
      }
      const y = this.doc.y;
      columns.forEach((c, i) => {
        const cx = (xs[i] ?? 0) + CELL_PAD_X + (c.indent ?? 0);
        const swatch = c.swatch?.(m.row) ?? null;
        const tx = (xs[i] ?? 0) + CELL_PAD_X + lead(c);
        if (swatch) this.doc.rect(cx, y + CELL_PAD_Y + (size * 1.15 - SWATCH) / 2, SWATCH, SWATCH).fill(swatch);
        const align = c.align ?? "left";
        const h = this.put(c.text(m.row), tx, y + CELL_PAD_Y, innerWidth(c), { font: c.bold ? SANS_BOLD : SANS, size }, { align });
        const note = c.note?.(m.row);
        if (note) this.put(note, tx, y + CELL_PAD_Y + h, innerWidth(c), noteStyle, { align });
      });
      if (m.detail && m.detailHeight > 0) {
        const dy = y + CELL_PAD_Y + m.cellsHeight + 2;
        const width = this.width - 2 * CELL_PAD_X;
        this.put(m.detail, this.left + CELL_PAD_X, dy, width, detailStyle, m.clipped ? { height: m.detailHeight - 2, ellipsis: true } : {});
      }
      const end = y + m.height;
      this.doc.moveTo(this.left, end).lineTo(this.left + this.width, end).lineWidth(0.5).strokeColor(RULE).stroke();
      this.doc.y = end;
    }
    this.doc.x = this.left;
  }
}

function scenarioLines(report: ExposureReport): [string, string][] {
  return describeScenarioLines(report.scenario);
}

function drawSectorChart(w: PdfWriter, report: ExposureReport): void {
  const { doc } = w;
  const rows = toSectorSeries({
    schemaVersion: "2.0",
    datasetVersion: report.dataset.version,
    scenario: report.scenario,
    sectors: report.sectors,
    products: report.products,
    totals: report.totals,
  });
  const exact = new Map(report.sectors.map((s) => [s.id, s.exposure]));
  const labelWidth = 150;
  const valueWidth = 46;
  const barX = w.left + labelWidth + 8;
  const barWidth = w.width - labelWidth - 8 - valueWidth;
  const labelStyle: TextStyle = { size: 8 };
  const label = (r: (typeof rows)[number]) => `${r.name}${r.basis === "count" ? " *" : ""}`;
  const heights = rows.map((r) => Math.max(17, w.measure(label(r), labelStyle, labelWidth) + 5));
  const chartHeight = heights.reduce((a, b) => a + b, 0);
  const subtitle =
    report.scenario.lens === "border"
      ? "Border lens: share of each sector's traded items that need a licence or worse at China's border, by count."
      : "Share of each sector's output made outside China that depends on a controlled input, split by status. " +
        "* No volume known: mean over the sector's final goods. A hatched extension runs to the high end of a range.";

  w.heading("Exposure by sector", 12, chartHeight + 70);
  w.paragraph(subtitle, { size: 7.5, color: MUTED }, { after: 6 });

  const top = doc.y;
  const ticks = [0, 25, 50, 75, 100];
  for (const t of ticks) {
    const x = barX + (barWidth * t) / 100;
    doc
      .moveTo(x, top)
      .lineTo(x, top + chartHeight + 3)
      .lineWidth(t === 0 ? 0.8 : 0.5)
      .strokeColor(t === 0 ? MUTED : GRID)
      .stroke();
  }

  let y = top;
  rows.forEach((r, i) => {
    const h = heights[i] ?? 17;
    const text = label(r);
    const labelHeight = w.measure(text, labelStyle, labelWidth);
    w.put(text, w.left, y + (h - labelHeight) / 2, labelWidth, labelStyle);
    const barHeight = 10;
    const by = y + (h - barHeight) / 2;
    let x = barX;
    const segments: [number, string][] = [
      [r.license, STATUS_COLOR.license],
      [r.caseByCase, STATUS_COLOR["case-by-case"]],
      [r.denied, STATUS_COLOR.denied],
    ];
    for (const [pct, color] of segments) {
      if (pct <= 0) continue;
      // A sliver stays visible: a non-zero share is drawn at least 0.75 pt wide.
      const segWidth = Math.max(0.75, (barWidth * Math.min(pct, 100)) / 100);
      doc.rect(x, by, segWidth, barHeight).fill(color);
      x += segWidth;
    }
    if (r.high > r.low) {
      // The range the record leaves open: an outlined, hatched extension to the high end.
      const extWidth = Math.max(0.75, (barWidth * Math.min(r.high - r.low, 100)) / 100);
      const x0 = barX + (barWidth * Math.min(r.low, 100)) / 100;
      doc.save();
      doc.rect(x0, by, extWidth, barHeight).clip();
      for (let hx = x0 - barHeight; hx < x0 + extWidth; hx += 3) {
        doc.moveTo(hx, by + barHeight).lineTo(hx + barHeight, by).lineWidth(0.6).strokeColor(MUTED).stroke();
      }
      doc.restore();
      doc.rect(x0, by, extWidth, barHeight).lineWidth(0.6).strokeColor(MUTED).stroke();
    }
    const range = exact.get(r.sectorId);
    const value = range ? formatShareRangeShort(range) : `${r.high} %`;
    w.put(value, barX + barWidth + 4, y + (h - 8 * 1.2) / 2, valueWidth - 4, { font: SANS_BOLD, size: 8 }, { align: "right" });
    y += h;
  });

  const axisY = top + chartHeight + 5;
  for (const t of ticks) {
    const x = barX + (barWidth * t) / 100;
    w.put(`${t} %`, x - 20, axisY, 40, { size: 7, color: MUTED }, { align: "center" });
  }

  let lx = barX;
  const legendY = axisY + 16;
  const legend: [Status, string][] = [
    ["license", "Licence"],
    ["case-by-case", "Case-by-case"],
    ["denied", "Denied"],
  ];
  for (const [status, name] of legend) {
    doc.rect(lx, legendY + 1, 8, 8).fill(STATUS_COLOR[status]);
    w.style({ size: 7.5 });
    const textWidth = doc.widthOfString(name);
    w.put(name, lx + 11, legendY, textWidth + 2, { size: 7.5 });
    lx += 11 + textWidth + 18;
  }
  doc.y = legendY + 16;
  doc.x = w.left;
}

function sectorTableSpec(report: ExposureReport): TableSpec<SectorResult> {
  return {
    continuedTitle: "Sectors (continued)",
    size: 8,
    rows: report.sectors,
    columns: [
      { header: "Sector", width: 150, text: (s) => s.name },
      { header: "Exposure", width: 62, align: "right", bold: true, text: (s) => formatShareRangeShort(s.exposure) },
      { header: "Basis", width: 48, text: (s) => BASIS_LABEL[s.basis] },
      { header: "Value at risk", width: 74, align: "right", text: (s) => formatUsdRangeShort(s.valueAtRiskUsd) },
      { header: "Drivers", width: 80, indent: 8, text: (s) => (s.drivers.length > 0 ? s.drivers.join(", ") : "—") },
      {
        header: "Final goods with volume",
        width: 86,
        align: "right",
        text: (s) => `${s.countedCount} of ${s.finalCount}`,
      },
    ],
  };
}

function productTable(w: PdfWriter, report: ExposureReport): void {
  const sectorName = new Map(report.sectors.map((s) => [s.id, s.name]));
  w.table<ProductResult>({
    continuedTitle: "Products (continued)",
    size: 7.5,
    detailSize: 6.5,
    rows: report.products,
    detail: (p) => p.reason,
    columns: [
      { header: "Product", width: 150, bold: true, text: (p) => p.name },
      { header: "Sector", width: 92, text: (p) => sectorName.get(p.sectorId) ?? p.sectorId },
      {
        header: "Status",
        width: 70,
        text: (p) => (p.status.low === p.status.high ? STATUS_LABEL[p.status.high] : `${STATUS_LABEL[p.status.low]}–${STATUS_LABEL[p.status.high]}`),
        swatch: (p) => STATUS_COLOR[p.status.high],
        note: (p) => (p.role === "intermediate" ? "input (border)" : null),
      },
      {
        header: "Depends",
        width: 62,
        align: "right",
        text: (p) => (p.lens === "border" ? "—" : formatShareRangeShort(p.dependence)),
      },
      {
        header: "Content",
        width: 52,
        align: "right",
        text: (p) => (p.controlledContentPct === null ? "—" : formatPct(p.controlledContentPct.high)),
        note: (p) => (p.controlledContentPct === null || p.thresholdBasis === null ? null : `of ${p.thresholdBasis}`),
      },
      { header: "Drivers", width: 74, indent: 8, text: (p) => (p.drivers.length > 0 ? p.drivers.join(", ") : "—") },
    ],
  });
}

function drawFooters(w: PdfWriter, report: ExposureReport): void {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  const text = (i: number) =>
    `Page ${i + 1} of ${range.count} · dataset ${report.dataset.version} · scenario ${report.scenarioSha256.slice(0, 12)}`;
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // Writing below the bottom margin would make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 14;
    doc
      .moveTo(w.left, y - 5)
      .lineTo(w.left + w.width, y - 5)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    w.put(text(i - range.start), w.left, y, w.width, { size: 7, color: MUTED }, { align: "center", lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** The report as a PDF: scenario, headline, sector chart (vector), sector and product tables, method and sources. Server only. */
export async function formatPdfReport(
  report: ExposureReport,
  fonts: PdfFonts,
  options: PdfReportOptions = {},
): Promise<Uint8Array> {
  const { doc, bytes: done } = openPdfDocument({
    fonts,
    title: report.title,
    subject: `Scenario ${report.scenarioSha256}`,
    generatedAt: report.generatedAt,
    margin: MARGIN,
    size: options.pageSize ?? "A4",
  });

  const w = new PdfWriter(doc, pdfTextFor(doc, [SANS, SANS_BOLD]));
  doc.x = w.left;
  doc.y = w.top;

  // 1. Title, provenance and scenario.
  w.paragraph(report.title, { font: SANS_BOLD, size: 16 }, { after: 4 });
  w.paragraph(`Generated ${formatUtc(report.generatedAt)}`, { size: 8.5, color: MUTED }, { after: 1 });
  w.paragraph(`Dataset: ${report.dataset.name}, version ${report.dataset.version}`, { size: 8.5, color: MUTED }, { after: 1 });
  w.paragraph(`Dataset sha256: ${report.dataset.sha256}`, { size: 7.5, color: MUTED }, { after: 1 });
  w.paragraph(`Scenario sha256: ${report.scenarioSha256}`, { size: 7.5, color: MUTED }, { after: 4 });

  w.heading("Scenario", 12, 80);
  for (const [label, value] of scenarioLines(report)) w.keyValue(label, value);
  const caveats = report.scenario.caveats;
  if (caveats.length === 0) w.keyValue("Caveats", "none");
  caveats.forEach((caveat, i) => w.keyValue(i === 0 ? "Caveats" : "", `⚠ ${caveat}`, { color: CAVEAT }));
  (report.warnings ?? []).forEach((x, i) => w.keyValue(i === 0 ? "Request warnings" : "", `${x.param}: ${x.message}`, { color: CAVEAT }));
  w.keyValue("Link", `/?${report.scenarioQuery}`);

  // 2. Headline.
  w.gap(8);
  w.paragraph(reportHeadline(report), { font: SANS_BOLD, size: 11 }, { after: 2 });
  if (report.scenario.lens === "dependency") {
    w.paragraph(`Value at risk: ${formatUsdRange(report.totals.valueAtRiskUsd)} a year (licence friction ${report.scenario.frictionPct} %, denials in full).`, { size: 9 }, { after: 2 });
  }
  if (report.rangeNote) w.paragraph(report.rangeNote, { size: 8.5, color: CAVEAT }, { after: 4 });

  // 3. Chart.
  w.gap(4);
  drawSectorChart(w, report);

  // 4. Sectors.
  const sectors = sectorTableSpec(report);
  w.heading("Sectors", 12, w.tableHeight(sectors));
  w.table(sectors);

  // 5. Products.
  w.heading("Products", 12, 60);
  w.paragraph(
    "Depends: share of the product's output that depends on a controlled input (dependency lens); inputs show their " +
      "border-lens status. Content: China-origin controlled content as a percentage of the value the 0.1 % test measures " +
      "against. The reason under each row says how the status was reached.",
    { size: 7.5, color: MUTED },
    { after: 4 },
  );
  productTable(w, report);

  // 6. Method and sources.
  w.heading("Method", 12, 40);
  for (const line of report.method) {
    const style: TextStyle = { size: 8.5 };
    w.ensure(w.measure(line, style, w.width - 12));
    const y = doc.y;
    w.put("•", w.left + 2, y, 10, style);
    doc.y = y;
    w.paragraph(line, style, { indent: 12, after: 3 });
  }

  w.heading("Sources", 12, 30);
  for (const source of report.sources) {
    const style: TextStyle = { size: 7 };
    const idWidth = 34;
    const height = w.measure(source.citation, style, w.width - idWidth);
    w.ensure(height);
    const y = doc.y;
    w.put(source.id, w.left, y, idWidth - 4, { font: SANS_BOLD, size: 7 });
    w.put(source.citation, w.left + idWidth, y, w.width - idWidth, style, source.url ? { link: source.url } : {});
    doc.y = y + height + 2;
  }

  // 7. Footers on every page.
  drawFooters(w, report);
  doc.end();
  return done;
}
