import type { PdfFonts } from "@/lib/pdf/pdf-document";
// The PDF report's only I/O: it reads the TrueType fonts that pdfkit embeds.
import { readFileSync } from "node:fs";
import path from "node:path";
import { create as parseFont } from "fontkit";

/** TrueType font files, as bytes, for the PDF report. DejaVu Sans covers Latin, Greek, Cyrillic and most symbols, not CJK. */

const FONT_DIR = "node_modules/dejavu-fonts-ttf/ttf";

const cache = new Map<string, PdfFonts>();
const parsedCache = new Map<string, PdfFonts>();

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

/**
 * The same fonts parsed once per process, for the worker that makes every PDF. Given bytes, pdfkit parses each
 * 700 KB font again for every report and fontkit reads its OpenType tables (which every word's layout walks) from
 * scratch; given a parsed font (pdfkit ≥ 0.17 takes one wherever it takes bytes) both are done once. About a fifth
 * of a report's CPU time (issue 13). PdfFonts types its fields as bytes (lib/report/pdf-document.ts): the cast says
 * what pdfkit accepts until that type does.
 */
export function loadParsedPdfFonts(root: string = process.cwd()): PdfFonts {
  let fonts = parsedCache.get(root);
  if (!fonts) {
    const bytes = loadPdfFonts(root);
    const parse = (b: Uint8Array) => parseFont(b) as unknown as Uint8Array;
    fonts = { regular: parse(bytes.regular), bold: parse(bytes.bold) };
    parsedCache.set(root, fonts);
  }
  return fonts;
}
