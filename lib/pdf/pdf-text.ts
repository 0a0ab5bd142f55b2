import { formatInteger } from "../format/format-number";

/**
 * Text as the PDF reports draw it. pdfkit breaks a word wider than its column one character at a time, measuring
 * the word again at each step: a 10,000-letter part id took 15 s and a 1 MB one exhausted memory. So every string
 * is cut to PDF_MAX_TEXT_CHARS, and a run of PDF_MAX_RUN characters with no break opportunity gets a zero-width
 * space (U+200B: a line-break opportunity that draws nothing), which keeps each word pdfkit measures short
 * enough that breaking it costs microseconds.
 */

/** Longest text drawn in one place; the CSV report has every value in full. */
export const PDF_MAX_TEXT_CHARS = 2000;
/**
 * Longest run of characters without a place to break a line: a SHA-256 in hex (64) stays whole, so it can be copied
 * from the PDF and compared; only longer runs get a break point (which copies as an invisible U+200B).
 */
export const PDF_MAX_RUN = 64;

const ZWSP = "\u200B";

/** Characters after which a line may break anyway: whitespace, and the hyphen and slash the line breaker knows. */
function breaksAfter(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 45 || c === 47 || c === 0x200b;
}

/** A zero-width space after every PDF_MAX_RUN characters that have no break opportunity between them. */
export function breakLongRuns(text: string, maxRun = PDF_MAX_RUN): string {
  let out = "";
  let run = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // Never between the two halves of a surrogate pair.
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (breaksAfter(c)) {
      run = 0;
      continue;
    }
    if (run === maxRun) {
      out += text.slice(from, i) + ZWSP;
      from = i;
      run = 0;
    }
    run += 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The text cut to `max` characters, saying how much was left out; never cut inside a surrogate pair. */
export function clipPdfText(text: string, max = PDF_MAX_TEXT_CHARS): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}… [${formatInteger((text.length - end))} more characters not shown]`;
}

type GlyphSource = { hasGlyphForCodePoint?: (codePoint: number) => boolean };

/**
 * A function that makes any string drawable in `doc` with the given registered fonts: cut to length, runs of
 * characters the fonts have no glyph for (DejaVu Sans has no CJK) replaced with a visible marker rather than empty
 * boxes or garbage on extraction, and long unbroken runs given break opportunities. Results are cached per string.
 */
export function pdfTextFor(doc: PDFKit.PDFDocument, fontNames: readonly string[]): (text: string) => string {
  const checks: ((cp: number) => boolean)[] = [];
  for (const name of fontNames) {
    doc.font(name);
    // pdfkit keeps the fontkit font of an embedded TrueType font on `_font.font`.
    const source = (doc as unknown as { _font?: { font?: GlyphSource } })._font?.font;
    const has = source?.hasGlyphForCodePoint;
    if (source && typeof has === "function") checks.push((cp) => has.call(source, cp));
  }
  const covered = (cp: number) => cp < 0x80 || checks.every((check) => check(cp));
  const cache = new Map<string, string>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    let out = "";
    let missing = 0;
    const flush = () => {
      if (missing > 0) out += `[${missing} character${missing === 1 ? "" : "s"} not in font]`;
      missing = 0;
    };
    for (const ch of clipPdfText(text)) {
      if (covered(ch.codePointAt(0) ?? 0)) {
        flush();
        out += ch;
      } else {
        missing += 1;
      }
    }
    flush();
    const drawable = breakLongRuns(out);
    cache.set(text, drawable);
    return drawable;
  };
}
