import { toSectorSeries } from "../charts/sector-series";
import type { ProductResult, SectorBasis, SectorResult } from "../engine/exposure-types";
import { formatPct, formatShareRangeShort, formatUsdRange, formatUsdRangeShort } from "../format/format-number";
import { CAVEAT, MUTED, type PdfFonts, SANS_BOLD } from "../pdf/pdf-document";
import { writeMethodAndSources } from "../pdf/pdf-method-sources";
import { writeScenarioBlock } from "../pdf/pdf-scenario-block";
import { drawPercentAxis, drawStatusBar, drawStatusLegend, formatStatusWords, STATUS_COLOR } from "../pdf/pdf-status";
import { measureTable, type TableSpec, writeTable } from "../pdf/pdf-table";
import { formatPdfTime, openPdfWriter, type PdfWriter, TEXT, type TextStyle } from "../pdf/pdf-writer";
import type { ExposureReport } from "./build-report";
import { dashboardHref } from "../scenario/scenario-query";

const BASIS_LABEL: Record<SectorBasis, string> = { value: "by value", count: "by count", items: "by items" };

export type PdfReportOptions = {
  /** Paper size; content is at most 500 pt wide, so it fits both. */
  pageSize?: "A4" | "LETTER";
};

/** The report's headline sentence: the same words as the page's. */
export function reportHeadline(report: Pick<ExposureReport, "headline">): string {
  return report.headline;
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
  const axisBottom = drawPercentAxis(w, barX, barWidth, top, chartHeight);
  let y = top;
  rows.forEach((r, i) => {
    const h = heights[i] ?? 17;
    const text = label(r);
    const labelHeight = w.measure(text, labelStyle, labelWidth);
    w.put(text, w.left, y + (h - labelHeight) / 2, labelWidth, labelStyle);
    drawStatusBar(w, { x: barX, y: y + (h - 10) / 2, width: barWidth, height: 10 }, r);
    const range = exact.get(r.sectorId);
    const value = range ? formatShareRangeShort(range) : `${r.high} %`;
    w.put(value, barX + barWidth + 4, y + (h - 8 * 1.2) / 2, valueWidth - 4, { font: SANS_BOLD, size: 8 }, { align: "right" });
    y += h;
  });
  doc.y = drawStatusLegend(w, barX, axisBottom);
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
  writeTable<ProductResult>(w, {
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
        text: (p) => formatStatusWords(p.status),
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

/** The report as a PDF: scenario, headline, sector chart (vector), sector and product tables, method and sources. Server only. */
export async function formatPdfReport(report: ExposureReport, fonts: PdfFonts, options: PdfReportOptions = {}): Promise<Uint8Array> {
  const w = openPdfWriter({
    fonts,
    title: report.title,
    subject: `Scenario ${report.scenarioSha256}`,
    // The dataset's and the scenario's text only: shared with the next report (pdf-layout-cache.ts).
    shareLayout: true,
    generatedAt: report.generatedAt,
    pageSize: options.pageSize,
  });

  // 1. Title, provenance and scenario.
  w.paragraph(report.title, TEXT.title, { after: 4 });
  w.paragraph(`Generated ${formatPdfTime(report.generatedAt)}`, TEXT.meta, { after: 1 });
  w.paragraph(`Dataset: ${report.dataset.name}, version ${report.dataset.version}`, TEXT.meta, { after: 1 });
  w.paragraph(`Dataset sha256: ${report.dataset.sha256}`, TEXT.hash, { after: 1 });
  w.paragraph(`Scenario sha256: ${report.scenarioSha256}`, TEXT.hash, { after: 4 });
  writeScenarioBlock(w, { scenario: report.scenario, warnings: report.warnings, link: dashboardHref(report.scenarioQuery) });

  // 2. Headline.
  w.gap(8);
  w.paragraph(reportHeadline(report), TEXT.headline, { after: 2 });
  if (report.scenario.lens === "dependency") {
    w.paragraph(`Value at risk: ${formatUsdRange(report.totals.valueAtRiskUsd)} a year (licence friction ${report.scenario.frictionPct} %, denials in full).`, { size: 9 }, { after: 2 });
  }
  if (report.rangeNote) w.paragraph(report.rangeNote, { size: 8.5, color: CAVEAT }, { after: 4 });

  // 3. Chart.
  w.gap(4);
  drawSectorChart(w, report);

  // 4. Sectors.
  const sectors = sectorTableSpec(report);
  w.heading("Sectors", 12, measureTable(w, sectors));
  writeTable(w, sectors);

  // 5. Products.
  w.heading("Products", 12, 60);
  w.paragraph(
    "Depends: share of the product's output that depends on a controlled input (dependency lens); inputs show their " +
      "border-lens status. Content: China-origin controlled content as a percentage of the value the 0.1 % test measures " +
      "against. The reason under each row says how the status was reached.",
    TEXT.note,
    { after: 4 },
  );
  productTable(w, report);

  // 6. Method and sources.
  writeMethodAndSources(w, report.method, report.sources);

  // 7. Footers on every page.
  return w.finish((page, pages) => `Page ${page} of ${pages} · dataset ${report.dataset.version} · scenario ${report.scenarioSha256.slice(0, 12)}`);
}
