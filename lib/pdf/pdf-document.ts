import PDFDocument from "pdfkit";
import { shareLayoutCache } from "./pdf-layout-cache";

/** Font files as bytes: the caller reads them, so the formatters do no I/O. */
export type PdfFonts = { regular: Uint8Array; bold: Uint8Array };

// Named as DejaVu names itself, so pdfkit reuses the embedded fonts instead of parsing them again on each switch.
export const SANS = "DejaVuSans";
export const SANS_BOLD = "DejaVuSans-Bold";

// Page geometry and palette shared by every PDF report, so they look like one family.
export const MARGIN = 48;
export const MAX_CONTENT_WIDTH = 500;
export const INK = "#1f2328";
export const MUTED = "#5f6670";
export const RULE = "#cfd4da";
export const HEADER_FILL = "#eef1f4";
export const CAVEAT = "#9a3412";
export const GRID = "#e4e7eb";

/**
 * A pdfkit document set up as every report needs it (embedded DejaVu Sans, metadata, buffered pages), and a promise
 * of its bytes once `doc.end()` is called.
 */
export function openPdfDocument(opts: {
  fonts: PdfFonts;
  title: string;
  subject: string;
  generatedAt: string;
  margin: number;
  size?: "A4" | "LETTER";
  /** Share word layouts with other documents using the same parsed fonts: dataset text only (pdf-writer.ts). */
  shareLayout?: boolean;
}): { doc: PDFKit.PDFDocument; bytes: Promise<Uint8Array> } {
  const created = new Date(opts.generatedAt);
  const doc = new PDFDocument({
    size: opts.size ?? "A4",
    margin: opts.margin,
    // pdfkit loads Helvetica from its AFM files unless given a font here; @types/pdfkit types this option as a path
    // only, but pdfkit 0.20 accepts font bytes (initFonts → font(src)).
    font: opts.fonts.regular as unknown as string,
    info: {
      Title: opts.title,
      Author: "Rare-earth exposure dashboard",
      Subject: opts.subject,
      ...(Number.isNaN(created.getTime()) ? {} : { CreationDate: created }),
    },
    lang: "en",
    displayTitle: true,
    bufferPages: true,
  });
  doc.registerFont(SANS, opts.fonts.regular);
  doc.registerFont(SANS_BOLD, opts.fonts.bold);
  // Words shaped for an earlier report with the same parsed fonts are not shaped again (pdf-layout-cache.ts); the
  // regular font is left current, as pdfkit's constructor left it.
  for (const name of [SANS_BOLD, SANS]) {
    doc.font(name);
    if (opts.shareLayout) shareLayoutCache(doc);
  }
  const chunks: Uint8Array[] = [];
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let offset = 0;
      for (const c of chunks) {
        out.set(c, offset);
        offset += c.length;
      }
      resolve(out);
    });
    doc.on("error", reject);
  });
  return { doc, bytes };
}
