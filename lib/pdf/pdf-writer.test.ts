// The writer's promises, checked once for every report drawn with it: pages break only where the writer says,
// no text runs off a page, every page has its footer, the scenario block is there, characters the font lacks are
// marked, and a word of any length is cut rather than let through. Each report kind below is run through the same
// variants; a new report adds one entry to REPORT_KINDS.
import PDFDocument from "pdfkit";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadPdfFonts } from "../../server/pdf-fonts";
import { makeTestCompareReport } from "../compare/compare-report-fixture";
import { formatComparePdf } from "../compare/format-compare-pdf";
import { formatPartsPdfReport } from "../parts/format-parts-pdf-report";
import { makeTestPartsReport } from "../parts/parts-report-fixture";
import { formatPdfReport } from "../report/format-pdf-report";
import { makeTestReport } from "../report/report-fixture";
import { inspectPdf, type InspectedPdf } from "./inspect-pdf";
import { MARGIN, type PdfFonts } from "./pdf-document";

const VARIANTS = ["baseline", "long descriptions", "10,000-letter words", "CJK", "many rows"] as const;
type Variant = (typeof VARIANTS)[number];

type ReportKind = {
  name: string;
  /** The report's PDF with the variant's hostile content in its rows. */
  make: (variant: Variant, fonts: PdfFonts) => Promise<Uint8Array>;
  /** What the first page opens with: the scenario block, or for a comparison both scenarios named and linked. */
  firstPage: RegExp;
  /** Rows the "many rows" variant adds, and the fewest and most of them a page holds (worked out below). */
  manyRows: { added: number; perPageMin: number; perPageMax: number };
};

// A sentence of ordinary words, repeated to 3,000 characters: the PDF shows 2,000 and says how many it left out.
const LONG_TEXT = "A long description of the part, in ordinary words. ".repeat(60).slice(0, 3000);
const LONG_WORD = "W".repeat(10_000);
// Five CJK characters (DejaVu Sans has none of them) before a Latin word.
const CJK = "钕铁硼磁体 magnet";

const HEADER = "part_id,description,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in";

/*
 * Rows per page, worked out from the type scale. DejaVu Sans' line is 1.164 em (ascender 928 − descender −236 per
 * 1,000) plus the writer's 1 pt line gap. An A4 page holds 841.89 − 2 × 48 = 745.89 pt of content; a table page after
 * the first loses its "continued" line (8 pt: 10.3 + 3) and its header (one or two lines of 7 pt: 9.1–18.3, + 6).
 *
 * Exposure report, product rows with a one-word name and a one-word reason, in the hand dataset's sector "Industrial
 * (robots, lasers, catalysts, glass)", which wraps to three lines in its column: 3 + 3 × 9.73 (7.5 pt) + 2 + 8.57
 * (6.5 pt detail) + 3 = 45.8 pt, so (745.89 − 13.3 − 15.1) / 45.8 = 15.7: 15 rows a page (16 allowed for rounding).
 *
 * Parts report, rows with a one-word id, "china · civil" and a detail of one line (the description "x", one element,
 * the reason): 3 + 9.73 + 2 + 8.57 + 3 = 26.3 pt; a reason that wraps to a second line adds 8.57 pt (34.9 pt). The
 * header wraps to two lines ("China-origin content"): (745.89 − 13.3 − 24.3) / 34.9 = 20.3 to / 26.3 = 26.9.
 *
 * Comparison, product rows with a one-word name and sector and a detail of three one-word lines (why, A's reason, B's
 * reason): 3 + 9.73 + 2 + 3 × 8.57 + 3 = 43.4 pt; the header wraps to two lines ("Drivers in B"), so
 * (745.89 − 13.3 − 24.3) / 43.4 = 16.3: 16 rows a page (15 to 17 allowed for rounding).
 */
const REPORT_KINDS: ReportKind[] = [
  {
    name: "exposure report",
    firstPage: / Scenario Regime /,
    manyRows: { added: 400, perPageMin: 15, perPageMax: 16 },
    async make(variant, fonts) {
      const report = await makeTestReport();
      const [first, ...rest] = report.products;
      if (!first) throw new Error("the hand dataset has products");
      if (variant === "long descriptions") report.products = report.products.map((p) => ({ ...p, reason: LONG_TEXT }));
      if (variant === "10,000-letter words") {
        report.products = [{ ...first, name: LONG_WORD, reason: LONG_WORD }, ...rest];
        report.scenario = { ...report.scenario, caveats: [LONG_WORD] };
        report.sources = [{ id: "S1", citation: LONG_WORD, url: null }, ...report.sources];
      }
      if (variant === "CJK") {
        report.products = [{ ...first, name: CJK, reason: CJK }, ...rest];
        report.scenario = { ...report.scenario, caveats: [CJK] };
      }
      if (variant === "many rows") {
        const extra = Array.from({ length: 400 }, (_, i) => ({ ...first, id: `x${i}`, name: `Row${i}`, reason: "r" }));
        report.products = [...report.products, ...extra];
      }
      return formatPdfReport(report, fonts);
    },
  },
  {
    name: "parts-list report",
    firstPage: / Scenario Regime /,
    manyRows: { added: 400, perPageMin: 20, perPageMax: 27 },
    async make(variant, fonts) {
      if (variant === "many rows") {
        const rows = Array.from({ length: 400 }, (_, i) => `R${i},x,90,Ce,45,alloy,1,civil,china`);
        const report = await makeTestPartsReport([HEADER, ...rows].join("\n"), { regime: "apr-2025" });
        return formatPartsPdfReport(report, fonts);
      }
      const report = await makeTestPartsReport();
      const [first, ...rest] = report.parts;
      if (!first) throw new Error("the template has parts");
      if (variant === "long descriptions") report.parts = report.parts.map((p) => ({ ...p, description: LONG_TEXT }));
      if (variant === "10,000-letter words") {
        report.parts = [{ ...first, partId: LONG_WORD, description: LONG_WORD }, ...rest];
        report.scenario = { ...report.scenario, caveats: [LONG_WORD] };
      }
      if (variant === "CJK") {
        report.parts = [{ ...first, description: CJK }, ...rest];
        report.scenario = { ...report.scenario, caveats: [CJK] };
      }
      return formatPartsPdfReport(report, fonts);
    },
  },
  {
    name: "comparison",
    firstPage: / A April 2025 .* B October 2025 .* Link \/compare\?a=regime/,
    manyRows: { added: 400, perPageMin: 15, perPageMax: 17 },
    async make(variant, fonts) {
      const report = await makeTestCompareReport();
      const [first, ...rest] = report.products;
      if (!first) throw new Error("April against October moves three products");
      if (variant === "long descriptions") report.products = report.products.map((p) => ({ ...p, b: { ...p.b, reason: LONG_TEXT } }));
      if (variant === "10,000-letter words") {
        report.products = [{ ...first, name: LONG_WORD, why: [LONG_WORD] }, ...rest];
        report.b = { ...report.b, scenario: { ...report.b.scenario, caveats: [LONG_WORD] } };
      }
      if (variant === "CJK") {
        report.products = [{ ...first, name: CJK }, ...rest];
        report.b = { ...report.b, scenario: { ...report.b.scenario, caveats: [CJK] } };
      }
      if (variant === "many rows") {
        const extra = Array.from({ length: 400 }, (_, i) => ({ ...first, id: `x${i}`, name: `Row${i}`, sectorName: "S", why: ["w"], a: { ...first.a, reason: "r" }, b: { ...first.b, reason: "r" } }));
        report.products = [...report.products, ...extra];
      }
      return formatComparePdf(report, fonts);
    },
  },
];

let fonts: PdfFonts;
beforeAll(() => {
  fonts = loadPdfFonts();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Everything drawn inside the content box, and below it only the footer. */
function expectNothingOffPage(pdf: InspectedPdf): void {
  const left = (pdf.width - Math.min(500, pdf.width - 2 * MARGIN)) / 2;
  const right = pdf.width - left;
  const bottom = pdf.height - MARGIN;
  for (const item of pdf.items) {
    const where = `page ${item.page}: "${item.text.slice(0, 40)}"`;
    expect(item.x, where).toBeGreaterThanOrEqual(left - 0.5);
    expect(item.right, where).toBeLessThanOrEqual(right + 0.5);
    // A baseline sits one ascent below the top of its line, so nothing is drawn above the top margin.
    expect(item.baseline - 0.93 * item.size, where).toBeGreaterThanOrEqual(MARGIN - 0.5);
    // Below the bottom margin (descenders aside) only the footer.
    if (item.baseline > bottom + 0.24 * item.size) expect(item.text, where).toMatch(/^Page \d+ of \d+ · /);
    expect(item.baseline, where).toBeLessThanOrEqual(pdf.height - 20);
  }
}

describe.each(REPORT_KINDS)("the $name, drawn with the one writer", (kind) => {
  const made = new Map<Variant, InspectedPdf>();
  const inspect = async (variant: Variant) => {
    let pdf = made.get(variant);
    if (!pdf) {
      const spy = vi.spyOn(PDFDocument.prototype, "continueOnNewPage");
      pdf = await inspectPdf(await kind.make(variant, fonts));
      // Only the writer starts pages: pdfkit never breaks one by itself.
      expect(spy).not.toHaveBeenCalled();
      made.set(variant, pdf);
    }
    return pdf;
  };

  it.each(VARIANTS)("%s: no text off the page, a footer on every page, the scenario block", async (variant) => {
    const pdf = await inspect(variant);
    expectNothingOffPage(pdf);
    pdf.pageTexts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pdf.pages} · `));
    expect(pdf.pageTexts[0]).toMatch(kind.firstPage);
    expect(pdf.flat).toMatch(/ Scenario( [AB])? Regime .* Caveats .* Link \/\?regime=/);
  }, 60_000);

  it("many rows: the pages the rows need, and no more", async () => {
    const base = await inspect("baseline");
    const many = await inspect("many rows");
    const { added, perPageMin, perPageMax } = kind.manyRows;
    expect(many.pages).toBeGreaterThanOrEqual(base.pages + Math.floor(added / perPageMax));
    expect(many.pages).toBeLessThanOrEqual(base.pages + Math.ceil(added / perPageMin) + 1);
  }, 60_000);

  it("long descriptions: cut to 2,000 characters, saying how many were left out", async () => {
    const pdf = await inspect("long descriptions");
    // 3,000 characters, 2,000 shown; a part's detail adds its elements and reason to its description.
    expect(pdf.flat).toMatch(/… \[1,\d{3} more characters not shown\]/);
  }, 60_000);

  it("10,000-letter words: broken within the column and cut, on a bounded number of pages", async () => {
    const base = await inspect("baseline");
    const pdf = await inspect("10,000-letter words");
    // The word is broken every 64 letters (a zero-width space pdf.js drops), and its cells end in a line "…".
    expect(pdf.flat.replaceAll("\u200B", "")).toMatch(/W{64}/);
    expect(pdf.items.some((i) => i.text === "…")).toBe(true);
    // At most one page for the cut row and one for the cut caveat and citation.
    expect(pdf.pages).toBeLessThanOrEqual(base.pages + 3);
  }, 60_000);

  it("CJK: the characters the font lacks are counted in words, never drawn as empty boxes", async () => {
    const pdf = await inspect("CJK");
    expect(pdf.flat).toContain("[5 characters not in font] magnet");
    expect(pdf.flat).not.toMatch(/[\u4e00-\u9fff]/);
  }, 60_000);
});
