import { create as parseFont } from "fontkit";
import PDFDocument from "pdfkit";
import { describe, expect, it, vi } from "vitest";
import { loadPdfFonts } from "../../server/pdf-fonts";
import { openPdfDocument, type PdfFonts, SANS, SANS_BOLD } from "./pdf-document";
import { heightOfText, shareLayoutCache } from "./pdf-layout-cache";
import { openPdfWriter } from "./pdf-writer";

// Fonts parsed here, not the process-wide ones of server/pdf-fonts.ts, so that other tests' words are not in the cache.
const freshParsedFonts = (): PdfFonts => {
  const bytes = loadPdfFonts();
  return { regular: parseFont(bytes.regular) as unknown as Uint8Array, bold: parseFont(bytes.bold) as unknown as Uint8Array };
};

type FontHost = { layoutCache: Record<string, unknown> };
const fontOf = (doc: PDFKit.PDFDocument, name: string): FontHost => {
  doc.font(name);
  return (doc as unknown as { _font: FontHost })._font;
};
const open = (fonts: PdfFonts, shareLayout = true) =>
  openPdfDocument({ fonts, title: "t", subject: "s", generatedAt: "2026-11-25T10:00:00.000Z", margin: 48, shareLayout });

describe("shareLayoutCache", () => {
  // Whether a second document's font gets the first document's cache: only when both use the same parsed font
  // object, and only while that cache's keys hold no more characters than the limit.
  const cases: { name: string; sameParsedFont: boolean; maxChars: number; firstText: string; shared: boolean }[] = [
    { name: "same parsed font", sameParsedFont: true, maxChars: 150_000, firstText: "Permanent magnets", shared: true },
    // Each document parses bytes anew (a new fontkit object), so there is nothing to share.
    { name: "fonts given as bytes", sameParsedFont: false, maxChars: 150_000, firstText: "Permanent magnets", shared: false },
    // "Permanent magnets" is cached as "Permanent " (10) and "magnets" (7): 17 characters, so a limit of 17 keeps
    // the cache and a limit of 16 starts a new one.
    { name: "17 characters cached, limit 17", sameParsedFont: true, maxChars: 17, firstText: "Permanent magnets", shared: true },
    { name: "17 characters cached, limit 16", sameParsedFont: true, maxChars: 16, firstText: "Permanent magnets", shared: false },
  ];
  it.each(cases)("$name: shared $shared", ({ sameParsedFont, maxChars, firstText, shared }) => {
    const parsed = freshParsedFonts();
    // Bare pdfkit documents, so that only the calls below share anything.
    const bare = () => {
      const doc = new PDFDocument({ font: (sameParsedFont ? parsed : loadPdfFonts()).regular as unknown as string });
      shareLayoutCache(doc, maxChars);
      return doc;
    };
    const first = bare();
    first.widthOfString(firstText);
    const firstCache = (first as unknown as { _font: FontHost })._font.layoutCache;
    expect(Object.keys(firstCache).sort()).toEqual(["Permanent ", "magnets"]);

    const second = bare();
    expect((second as unknown as { _font: FontHost })._font.layoutCache === firstCache).toBe(shared);
  });

  it("keeps the regular and the bold font's caches apart", () => {
    const fonts = freshParsedFonts();
    open(fonts);
    const doc = open(fonts).doc;
    expect(fontOf(doc, SANS).layoutCache).not.toBe(fontOf(doc, SANS_BOLD).layoutCache);
  });

  it("changes no byte of a document: drawn with a cold cache and again with a warm one", async () => {
    const fonts = freshParsedFonts();
    const draw = async (lines: string[]) => {
      const { doc, bytes } = open(fonts);
      for (const line of lines) doc.font(SANS_BOLD).text(line).font(SANS).text(line, { align: "right", width: 200 });
      doc.text(lines.join(" "), { align: "justify", width: 150 });
      doc.end();
      return bytes;
    };
    const lines = ["Nd-Fe-B magnets ≥ 10 % Dy", "CO₂ lasers, Tb₄O₇ phosphors", "Ströme und Wärme"];
    const cold = await draw(lines);
    // Other documents with some of the same words fill the cache in between.
    await draw(["magnets", "lasers phosphors", "Wärme"]);
    const warm = await draw(lines);
    expect(Buffer.from(warm).equals(Buffer.from(cold))).toBe(true);
  });
});

describe("heightOfText", () => {
  // DejaVu Sans' line is (ascent 1,901 − descent −483) / 2,048 units per em = 1.1640625 em, plus the line gap.
  // Widths at 10 pt, in 1/1,000 em rounded from the font's advances: "Permanent" P 603 + e 615 + r 411 + m 974 + a 613 + n 634 + e 615 + n 634 +
  // t 392 = 5,491 (54.9 pt), the space 318 (3.2 pt), "magnets" m 974 + a 613 + g 635 + n 634 + e 615 + t 392 + s 521 =
  // 4,384 (43.8 pt): 101.9 pt on one line.
  const cases: { text: string; size: number; width: number; lineGap: number; height: number }[] = [
    // One line: 11.640625 + 1.
    { text: "Permanent magnets", size: 10, width: 120, lineGap: 1, height: 12.640625 },
    // 101.9 pt does not fit in 80: "magnets" goes to a second line, 2 × 12.640625.
    { text: "Permanent magnets", size: 10, width: 80, lineGap: 1, height: 25.28125 },
    // The same text and width at 20 pt: 203.8 pt, so two lines of 23.28125 + 1, nothing taken from the 10 pt entries.
    { text: "Permanent magnets", size: 20, width: 120, lineGap: 1, height: 48.5625 },
    // No line gap: 11.640625.
    { text: "Permanent magnets", size: 10, width: 120, lineGap: 0, height: 11.640625 },
  ];

  it.each(cases)("$text at $size pt in $width pt, gap $lineGap: $height pt, from pdfkit and then from the cache", ({ text, size, width, lineGap, height }) => {
    const fonts = freshParsedFonts();
    const first = open(fonts).doc.font(SANS).fontSize(size);
    expect(heightOfText(first, text, width, lineGap)).toBeCloseTo(height, 6);
    // A second document with the same parsed font answers from the cache: pdfkit's line breaker is not run again.
    const second = open(fonts).doc.font(SANS).fontSize(size);
    const measured = vi.spyOn(second, "heightOfString");
    expect(heightOfText(second, text, width, lineGap)).toBeCloseTo(height, 6);
    expect(measured).not.toHaveBeenCalled();
  });

  it("measures again in the bold font, and once the cache's keys pass the limit", () => {
    const fonts = freshParsedFonts();
    const doc = open(fonts).doc.fontSize(10);
    const measured = vi.spyOn(doc, "heightOfString");
    // The key "10 120 1 Permanent magnets" has 26 characters: a limit of 26 keeps it, a second key empties the cache.
    heightOfText(doc.font(SANS), "Permanent magnets", 120, 1, 26);
    heightOfText(doc.font(SANS), "Permanent magnets", 120, 1, 26);
    expect(measured).toHaveBeenCalledTimes(1);
    heightOfText(doc.font(SANS_BOLD), "Permanent magnets", 120, 1, 26);
    expect(measured).toHaveBeenCalledTimes(2);
    heightOfText(doc.font(SANS), "magnets", 120, 1, 26);
    heightOfText(doc.font(SANS), "Permanent magnets", 120, 1, 26);
    expect(measured).toHaveBeenCalledTimes(4);
  });
});

describe("a document that does not share (a parts list: its owner's text)", () => {
  it("leaves none of its words or heights in the caches the next shared document gets", async () => {
    const fonts = freshParsedFonts();
    // A shared report first, so that the font has a shared cache to be polluted.
    const report = open(fonts).doc;
    report.font(SANS).widthOfString("Permanent magnets");
    const parts = openPdfWriter({ fonts, title: "t", subject: "s", generatedAt: "2026-11-25T10:00:00.000Z", shareLayout: false });
    parts.paragraph("Confidential-supplier-Zyx part 4711-secret", { size: 9 });
    await parts.finish(() => "footer");
    const next = open(fonts).doc;
    const words = Object.keys(fontOf(next, SANS).layoutCache);
    expect(words).toContain("magnets");
    expect(words.filter((w) => /Confidential|secret|4711/.test(w))).toEqual([]);
    // The parts list's text was measured by pdfkit itself: the shared heights answer nothing for it.
    const measured = vi.spyOn(next, "heightOfString");
    heightOfText(next.font(SANS).fontSize(9), "Confidential-supplier-Zyx part 4711-secret", parts.width, 1);
    expect(measured).toHaveBeenCalledTimes(1);
  });
});
