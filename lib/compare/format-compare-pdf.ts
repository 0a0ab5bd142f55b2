import { formatPointsDeltaRange, formatShareRangeShort, formatUsdDeltaRange, formatUsdRange, formatUsdRangeShort } from "../format/format-number";
import { CAVEAT, MUTED, type PdfFonts, SANS_BOLD } from "../pdf/pdf-document";
import { writeMethodAndSources } from "../pdf/pdf-method-sources";
import { writeScenarioBlock } from "../pdf/pdf-scenario-block";
import { drawPercentAxis, drawStatusBar, drawStatusLegend, formatStatusWords, STATUS_COLOR } from "../pdf/pdf-status";
import { measureTable, writeTable } from "../pdf/pdf-table";
import { formatPdfTime, openPdfWriter, type PdfWriter, TEXT, type TextStyle } from "../pdf/pdf-writer";
import { type CompareReport, sideWarnings } from "./build-compare-report";
import type { ProductChange, SectorComparison } from "./compare-results";
import { dashboardHref } from "../scenario/scenario-query";

const DIRECTION_WORD: Record<ProductChange["direction"], string> = { worse: "worse", better: "better", mixed: "mixed" };

/** Both sides' bars of every sector on one 0–100 % axis, A above B, with each value and the change. */
function drawCompareChart(w: PdfWriter, report: CompareReport): void {
  const { doc } = w;
  const labelWidth = 130;
  const sideWidth = 12;
  const valueWidth = 44;
  const changeWidth = 56;
  const barX = w.left + labelWidth + 6 + sideWidth;
  const barWidth = w.width - labelWidth - 6 - sideWidth - valueWidth - changeWidth;
  const barHeight = 8;
  const labelStyle: TextStyle = { size: 8 };
  const label = (s: SectorComparison) => `${s.name}${s.a.basis === "count" ? " *" : ""}${s.sameBasis ? "" : " †"}`;
  const heights = report.sectors.map((s) => Math.max(2 * barHeight + 10, w.measure(label(s), labelStyle, labelWidth) + 6));
  const chartHeight = heights.reduce((x, y) => x + y, 0);
  w.heading("Exposure by sector, A and B on one scale", 12, chartHeight + 70);
  w.paragraph(
    "Share of each sector's output made outside China that depends on a controlled input, by status: A's bar above B's. " +
      "A hatched extension runs to the high end of a range the record leaves open. Change: B − A in percentage points " +
      "(low end with low end, high with high). * No volume known: mean over the sector's final goods. † A and B weigh " +
      "the sector differently (another lens): not on one scale.",
    TEXT.note,
    { after: 6 },
  );
  const top = doc.y;
  const axisBottom = drawPercentAxis(w, barX, barWidth, top, chartHeight);
  let y = top;
  report.sectors.forEach((s, i) => {
    const h = heights[i] ?? 26;
    const text = label(s);
    w.put(text, w.left, y + (h - w.measure(text, labelStyle, labelWidth)) / 2, labelWidth, labelStyle);
    const barsTop = y + (h - (2 * barHeight + 3)) / 2;
    for (const [k, side] of [["A", s.a], ["B", s.b]] as const) {
      const by = barsTop + (k === "A" ? 0 : barHeight + 3);
      w.put(k, barX - sideWidth, by - 0.5, sideWidth - 3, { font: SANS_BOLD, size: 7, color: MUTED }, { align: "right" });
      drawStatusBar(w, { x: barX, y: by, width: barWidth, height: barHeight }, side.bar);
      w.put(formatShareRangeShort(side.exposure), barX + barWidth + 3, by - 0.5, valueWidth - 3, { size: 7 }, { align: "right" });
    }
    w.put(formatPointsDeltaRange(s.exposureChange), barX + barWidth + valueWidth, barsTop + barHeight - 3, changeWidth, { font: SANS_BOLD, size: 7.5 }, { align: "right" });
    y += h;
  });
  const ranged = report.sectors.some((s) => s.a.bar.high > s.a.bar.low || s.b.bar.high > s.b.bar.low);
  doc.y = drawStatusLegend(w, barX, axisBottom, { range: ranged });
  doc.x = w.left;
}

function writeSectorTable(w: PdfWriter, report: CompareReport): void {
  const spec = {
    continuedTitle: "Sectors (continued)",
    size: 7.5,
    rows: report.sectors,
    columns: [
      { header: "Sector", width: 130, text: (s: SectorComparison) => s.name },
      { header: "A", width: 50, align: "right" as const, text: (s: SectorComparison) => formatShareRangeShort(s.a.exposure) },
      { header: "B", width: 50, align: "right" as const, text: (s: SectorComparison) => formatShareRangeShort(s.b.exposure) },
      { header: "Change", width: 62, align: "right" as const, bold: true, text: (s: SectorComparison) => formatPointsDeltaRange(s.exposureChange) },
      { header: "Value at risk A", width: 66, align: "right" as const, text: (s: SectorComparison) => formatUsdRangeShort(s.a.valueAtRiskUsd) },
      { header: "Value at risk B", width: 66, align: "right" as const, text: (s: SectorComparison) => formatUsdRangeShort(s.b.valueAtRiskUsd) },
      { header: "Change", width: 76, align: "right" as const, text: (s: SectorComparison) => formatUsdDeltaRange(s.valueAtRiskChange) },
    ],
  };
  w.heading("Sectors", 12, measureTable(w, spec));
  writeTable(w, spec);
}

function writeProductTable(w: PdfWriter, report: CompareReport): void {
  w.heading("Products whose status changes", 12, 60);
  if (report.products.length === 0) {
    w.paragraph(`None: all ${report.unchangedProducts} products keep their status.`, TEXT.body);
    return;
  }
  w.paragraph(
    `${report.products.length} of ${report.products.length + report.unchangedProducts} products, worse first. Under each: why (what changed that bears on it) and the rules kernel's reason under A and under B.`,
    TEXT.note,
    { after: 4 },
  );
  writeTable<ProductChange>(w, {
    continuedTitle: "Products whose status changes (continued)",
    size: 7.5,
    detailSize: 6.5,
    rows: report.products,
    detail: (p) => [`Why: ${p.why.length > 0 ? p.why.join("; ") : "see the reasons"}.`, `A: ${p.a.reason}`, `B: ${p.b.reason}`].join("\n"),
    columns: [
      { header: "Product", width: 150, bold: true, text: (p) => p.name },
      { header: "Sector", width: 100, text: (p) => p.sectorName },
      { header: "A", width: 80, text: (p) => formatStatusWords(p.a.status), swatch: (p) => STATUS_COLOR[p.a.status.high] },
      { header: "B", width: 80, text: (p) => formatStatusWords(p.b.status), swatch: (p) => STATUS_COLOR[p.b.status.high] },
      { header: "Change", width: 50, text: (p) => DIRECTION_WORD[p.direction] },
      { header: "Drivers in B", width: 40, text: (p) => (p.b.drivers.length > 0 ? p.b.drivers.join(", ") : "—") },
    ],
  });
}

/**
 * The comparison as a PDF: both scenarios named, the headline, what changed, both sides' sector bars on one axis, the
 * sector and product tables, each scenario in full, method and sources. Fonts are passed in: no I/O. Server only.
 */
export async function formatComparePdf(report: CompareReport, fonts: PdfFonts): Promise<Uint8Array> {
  const w = openPdfWriter({ fonts, title: report.title, subject: `Comparison ${report.compareSha256}`, generatedAt: report.generatedAt, shareLayout: true });

  w.paragraph(report.title, TEXT.title, { after: 4 });
  w.paragraph(`Generated ${formatPdfTime(report.generatedAt)}`, TEXT.meta, { after: 1 });
  w.paragraph(`Dataset: ${report.dataset.name}, version ${report.dataset.version}`, TEXT.meta, { after: 1 });
  w.paragraph(`Dataset sha256: ${report.dataset.sha256}`, TEXT.hash, { after: 1 });
  w.paragraph(`Comparison sha256: ${report.compareSha256}`, TEXT.hash, { after: 6 });
  w.keyValue("A", `${report.a.scenario.regimeName}, as of ${report.a.scenario.asOf} · /?${report.a.scenarioQuery}`, { labelWidth: 30 });
  w.keyValue("B", `${report.b.scenario.regimeName}, as of ${report.b.scenario.asOf} · /?${report.b.scenarioQuery}`, { labelWidth: 30 });
  w.keyValue("Link", `/compare?${new URLSearchParams({ a: report.a.scenarioQuery, b: report.b.scenarioQuery }).toString()}`, { labelWidth: 30 });

  w.gap(8);
  w.paragraph(report.headline, TEXT.headline, { after: 2 });
  if (report.a.scenario.lens === "dependency" && report.b.scenario.lens === "dependency") {
    const v = report.totals.valueAtRiskUsd;
    w.paragraph(`Value at risk a year: A ${formatUsdRange(v.a)}, B ${formatUsdRange(v.b)} (${formatUsdDeltaRange(v.change)}).`, { size: 9 }, { after: 2 });
  }
  for (const [k, side] of [["A", report.a], ["B", report.b]] as const) {
    if (side.rangeNote) w.paragraph(`${k}: ${side.rangeNote}`, { size: 8.5, color: CAVEAT }, { after: 2 });
  }

  w.heading("What changed in the scenario", 12, 60);
  if (report.diff.changes.length === 0) w.paragraph("Nothing: A and B are the same scenario.", TEXT.body);
  else {
    writeTable(w, {
      continuedTitle: "What changed (continued)",
      size: 7.5,
      rows: report.diff.changes,
      columns: [
        { header: "Setting", width: 110, bold: true, text: (c) => c.label },
        { header: "A", width: 195, text: (c) => c.a },
        { header: "B", width: 195, text: (c) => c.b },
      ],
    });
  }

  w.gap(4);
  drawCompareChart(w, report);
  writeSectorTable(w, report);
  writeProductTable(w, report);

  writeScenarioBlock(w, { scenario: report.a.scenario, warnings: sideWarnings(report, "a"), link: dashboardHref(report.a.scenarioQuery) }, "Scenario A");
  writeScenarioBlock(w, { scenario: report.b.scenario, warnings: sideWarnings(report, "b"), link: dashboardHref(report.b.scenarioQuery) }, "Scenario B");

  writeMethodAndSources(w, report.method, report.sources);

  return w.finish((page, pages) => `Page ${page} of ${pages} · dataset ${report.dataset.version} · comparison ${report.compareSha256.slice(0, 12)}`);
}
