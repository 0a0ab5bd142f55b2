import type { PdfFonts } from "@/lib/pdf/pdf-document";
// The PDF report's only I/O: it reads the TrueType fonts that pdfkit embeds.
import { readFileSync } from "node:fs";
import path from "node:path";

/** TrueType font files, as bytes, for the PDF report. DejaVu Sans covers Latin, Greek, Cyrillic and most symbols, not CJK. */

const FONT_DIR = "node_modules/dejavu-fonts-ttf/ttf";

const cache = new Map<string, PdfFonts>();

/** DejaVu Sans regular and bold from the `dejavu-fonts-ttf` package under `root`, read once per process. */
export function loadPdfFonts(root: string = process.cwd()): PdfFonts {
  let fonts = cache.get(root);
  if (!fonts) {
    const read = (file: string): Uint8Array => readFileSync(path.join(root, FONT_DIR, file));
    fonts = { regular: read("DejaVuSans.ttf"), bold: read("DejaVuSans-Bold.ttf") };
    cache.set(root, fonts);
  }
  return fonts;
}
