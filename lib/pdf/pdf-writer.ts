/**
 * The one PDF writer every report is drawn with (the exposure report, the parts-list report, the comparison).
 *
 *   const w = openPdfWriter({ fonts, title, subject, generatedAt, shareLayout });   // A4 by default, DejaVu Sans embedded
 *   w.paragraph(report.title, TEXT.title);                              // flowing text: paragraph, heading,
 *   w.heading("Scenario"); w.keyValue("Lens", "border"); w.bullet(…);   //   keyValue, bullet, gap
 *   writeScenarioBlock(w, { scenario, warnings, link });                // pdf-scenario-block.ts
 *   writeTable(w, { columns, rows, continuedTitle });                   // pdf-table.ts
 *   drawStatusBar(w, box, shares);                                      // pdf-status.ts (charts)
 *   return w.finish((page, pages) => `Page ${page} of ${pages} · …`);   // footer on every page, then the bytes
 *
 * What every report gets from it, tested once for all of them (pdf-writer.test.ts):
 * - pages break only where the writer decides: text that does not fit moves to the next page whole, a table row
 *   never crosses the bottom margin (its header repeats on the new page), and pdfkit never breaks a page by itself;
 * - text taller than a page is cut with an ellipsis instead of running off it;
 * - every string is made drawable first (pdf-text.ts): cut to length, characters the font lacks (CJK) marked in
 *   words, words of any length given break points;
 * - one palette, type scale, margin and footer, so the reports look like one family.
 */
import { INK, MARGIN, MAX_CONTENT_WIDTH, MUTED, openPdfDocument, type PdfFonts, SANS, SANS_BOLD } from "./pdf-document";
import { drawFooters } from "./pdf-footer";
import { heightOfText } from "./pdf-layout-cache";
import { pdfTextFor } from "./pdf-text";

/** Font handles, named after DejaVu's PostScript names (pdf-document.ts). */
export type FontName = typeof SANS | typeof SANS_BOLD;
export type TextStyle = { font?: FontName; size: number; color?: string };
export type TextOptions = PDFKit.Mixins.TextOptions;

/** The type scale every report uses. */
export const TEXT = {
  title: { font: SANS_BOLD, size: 16 },
  meta: { size: 8.5, color: MUTED },
  hash: { size: 7.5, color: MUTED },
  body: { size: 8.5 },
  note: { size: 7.5, color: MUTED },
  headline: { font: SANS_BOLD, size: 11 },
} as const satisfies Record<string, TextStyle>;

const LINE_GAP = 1;

export type OpenPdfWriterOptions = {
  fonts: PdfFonts;
  /** The document's Title metadata (shown by viewers as the window title). */
  title: string;
  /** The document's Subject metadata: what identifies its input (a scenario's or a file's hash). */
  subject: string;
  /** ISO time stamp: the document's creation date, so the same input gives the same bytes. */
  generatedAt: string;
  /** Paper size; content is at most 500 pt wide, so it fits both. */
  pageSize?: "A4" | "LETTER";
  /**
   * Share word layouts and text heights with other documents drawn with the same parsed fonts (pdf-layout-cache.ts):
   * only for reports whose text is the dataset's and the scenario's. A parts list is its owner's text: nothing of it
   * may outlive its document in the worker, so its report keeps pdfkit's per-document caches.
   */
  shareLayout: boolean;
};

export class PdfWriter {
  /** Left edge and width of the content column, centred on the page. */
  readonly left: number;
  readonly width: number;
  /** Any string made drawable: cut to length, missing glyphs marked, long unbroken runs given break points. */
  readonly safe: (text: string) => string;
  private currentFont: FontName | null = null;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly bytes: Promise<Uint8Array>,
    private readonly shareLayout = false,
  ) {
    this.width = Math.min(MAX_CONTENT_WIDTH, doc.page.width - 2 * MARGIN);
    this.left = (doc.page.width - this.width) / 2;
    this.safe = pdfTextFor(doc, [SANS, SANS_BOLD]);
    doc.x = this.left;
    doc.y = this.top;
  }

  /** Where the content of the current page begins and must end. */
  get top(): number {
    return this.doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.maxY();
  }

  /** Points left on the current page below the cursor. */
  get room(): number {
    return Math.max(0, this.bottom - this.doc.y);
  }

  /** Height of a whole page's content area: the most any one block may take. */
  get pageCapacity(): number {
    return this.bottom - this.top;
  }

  style({ font = SANS, size, color = INK }: TextStyle): void {
    // Switching pdfkit's font costs a cache look-up and a font-object switch: skip it when nothing changes.
    if (font !== this.currentFont) {
      this.doc.font(font);
      this.currentFont = font;
    }
    this.doc.fontSize(size).fillColor(color);
  }

  measure(text: string, style: TextStyle, width: number): number {
    this.style(style);
    const safe = this.safe(text);
    return this.shareLayout ? heightOfText(this.doc, safe, width, LINE_GAP) : this.doc.heightOfString(safe, { width, lineGap: LINE_GAP });
  }

  /** Width of one line of text, unwrapped. */
  measureWidth(text: string, style: TextStyle): number {
    this.style(style);
    return this.doc.widthOfString(this.safe(text));
  }

  /**
   * Writes text in a box at (x, y), `width` wide, and returns the height drawn. Never lets pdfkit start a page: the
   * text stops at `opts.height` or the bottom margin, whichever comes first (`putClipped` marks such a cut).
   */
  put(text: string, x: number, y: number, width: number, style: TextStyle, opts: TextOptions = {}): number {
    this.style(style);
    const room = Math.max(0, this.bottom - y);
    const height = opts.height === undefined ? room : Math.min(opts.height, room);
    this.doc.text(this.safe(text), x, y, { width, lineGap: LINE_GAP, ...opts, height });
    return this.doc.y - y;
  }

  /**
   * `put` for text already measured at `measured` points: when taller than `maxHeight`, the lines that fit less one,
   * then a line "…" (pdfkit's own ellipsis is skipped when it breaks inside a word, so the cut would not show).
   */
  putClipped(text: string, x: number, y: number, width: number, style: TextStyle, measured: number, maxHeight: number, opts: TextOptions = {}): number {
    if (measured <= maxHeight) {
      this.put(text, x, y, width, style, opts);
      return measured;
    }
    this.style(style);
    const line = this.doc.currentLineHeight(true) + LINE_GAP;
    const lines = Math.max(0, Math.floor(maxHeight / line) - 1);
    if (lines > 0) this.put(text, x, y, width, style, { ...opts, height: lines * line });
    this.put("…", x, y + lines * line, width, style, { align: opts.align });
    return Math.min(measured, (lines + 1) * line);
  }

  /** Starts a new page when fewer than `height` points are left on this one (never leaves a page blank). */
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

  /** A paragraph across the content width, moved to the next page whole if it does not fit; cut if taller than a page. */
  paragraph(text: string, style: TextStyle, opts: { indent?: number; after?: number; link?: string | null } = {}): void {
    const indent = opts.indent ?? 0;
    const width = this.width - indent;
    const height = this.measure(text, style, width);
    this.ensure(height);
    const y = this.doc.y;
    const drawn = this.putClipped(text, this.left + indent, y, width, style, height, this.room, opts.link ? { link: opts.link } : {});
    this.doc.x = this.left;
    this.doc.y = y + drawn + (opts.after ?? 2);
  }

  /** A bulleted paragraph: the bullet hangs in the indent. */
  bullet(text: string, style: TextStyle = TEXT.body, after = 3): void {
    const indent = 12;
    this.ensure(Math.min(this.measure(text, style, this.width - indent), this.pageCapacity));
    const y = this.doc.y;
    this.put("•", this.left + 2, y, indent - 2, style);
    this.doc.y = y;
    this.paragraph(text, style, { indent, after });
  }

  /** A section heading, kept on a page with the next `keepWith` points of content (when those fit on a page at all). */
  heading(text: string, size = 12, keepWith = 60): void {
    const style: TextStyle = { font: SANS_BOLD, size };
    const height = this.measure(text, style, this.width) + 10;
    const capacity = this.pageCapacity - height;
    this.ensure(height + (keepWith > capacity ? 60 : keepWith));
    this.gap(6);
    this.paragraph(text, style, { after: 4 });
  }

  /** Label in a bold, muted left column, value wrapped beside it; cut if taller than a page. */
  keyValue(label: string, value: string, opts: { color?: string; labelWidth?: number; size?: number } = {}): void {
    const labelWidth = opts.labelWidth ?? 150;
    const size = opts.size ?? 8.5;
    const labelStyle: TextStyle = { font: SANS_BOLD, size, color: MUTED };
    const valueStyle: TextStyle = { size, color: opts.color ?? INK };
    const valueWidth = this.width - labelWidth;
    const labelHeight = this.measure(label, labelStyle, labelWidth - 6);
    const valueHeight = this.measure(value, valueStyle, valueWidth);
    this.ensure(Math.max(labelHeight, valueHeight));
    const y = this.doc.y;
    const room = this.room;
    const a = this.putClipped(label, this.left, y, labelWidth - 6, labelStyle, labelHeight, room);
    const b = this.putClipped(value, this.left + labelWidth, y, valueWidth, valueStyle, valueHeight, room);
    this.doc.x = this.left;
    this.doc.y = y + Math.max(a, b) + 2;
  }

  /** Draws the footer line on every page, ends the document and resolves to its bytes. Call once, last. */
  finish(footer: (page: number, pages: number) => string): Promise<Uint8Array> {
    drawFooters(this, footer);
    this.doc.end();
    return this.bytes;
  }
}

/** A new document (embedded DejaVu Sans, metadata, buffered pages) and the writer that draws it. */
export function openPdfWriter(opts: OpenPdfWriterOptions): PdfWriter {
  const { doc, bytes } = openPdfDocument({
    fonts: opts.fonts,
    title: opts.title,
    subject: opts.subject,
    generatedAt: opts.generatedAt,
    margin: MARGIN,
    size: opts.pageSize ?? "A4",
    shareLayout: opts.shareLayout,
  });
  return new PdfWriter(doc, bytes, opts.shareLayout);
}

/** "2026-11-25 10:00 UTC": the time stamp every report prints. */
export function formatPdfTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
