/**
 * One word-layout cache per parsed font, shared by every document drawn with it (issue 13). pdfkit shapes each word
 * with fontkit (OpenType GSUB/GPOS: a quarter of a report's CPU time) and keeps the result in a cache that belongs to
 * the document, so every report shaped the same sector names, statuses and figures again. The worker that makes the
 * PDFs parses the fonts once (server/pdf-fonts.ts), so the cache can live as long as the font object does.
 *
 * What is cached is a word's glyphs and positions at 1000 units per em: independent of size, colour and document.
 * pdfkit copies a position before it changes one (justified text), and numbers the glyphs per document when it
 * writes them (its font subset), so sharing a run between documents changes no byte of any document.
 */

/** pdfkit's embedded font, as far as this module touches it (`layoutCache` exists unless `fontLayoutCache: false`). */
type LayoutCacheHost = { font?: object; layoutCache?: Record<string, unknown> };

/**
 * Characters of cached words (their keys) past which a font's cache is started afresh when a document opens. A cached
 * character costs about 190 bytes of heap (its position object, glyph reference and key), so this bounds a font's
 * cache near 30 MB whatever text users put in their parts lists. An exposure report fills about 55,000 (regular) and
 * 4,500 (bold); the two scenarios of the benchmark share most of their words.
 */
export const LAYOUT_CACHE_MAX_CHARS = 150_000;

const shared = new WeakMap<object, Record<string, unknown>>();

/** Characters in a cache's keys. */
function keyChars(cache: Record<string, unknown>): number {
  let n = 0;
  for (const key in cache) n += key.length;
  return n;
}

/**
 * Gives the document's current pdfkit font the cache shared by every document using the same parsed font. A font
 * given as bytes is parsed anew for each document, so its cache is the document's own, as before.
 */
export function shareLayoutCache(doc: PDFKit.PDFDocument, maxChars = LAYOUT_CACHE_MAX_CHARS): void {
  const host = (doc as unknown as { _font?: LayoutCacheHost })._font;
  if (!host?.font || !host.layoutCache) return;
  const cache = shared.get(host.font);
  if (cache && keyChars(cache) <= maxChars) {
    host.layoutCache = cache;
  } else {
    shared.set(host.font, host.layoutCache);
  }
}

/**
 * Characters of keys past which a font's cache of text heights is emptied: a key is the text and its box, a cached
 * height one number, so this bounds it near 2 MB. An exposure report measures about 3,000 strings.
 */
export const HEIGHT_CACHE_MAX_CHARS = 1_000_000;

const heights = new WeakMap<object, { map: Map<string, number>; chars: number }>();

/**
 * pdfkit's heightOfString for text in the current font and size, wrapped to `width` with `lineGap`, remembered per
 * parsed font across documents: the same product names, statuses and figures are measured by every report, and each
 * measurement runs pdfkit's whole line breaker. A height depends only on the font, the size, the width, the line gap
 * and the text (the writer sets no other text option), so a remembered one is the one pdfkit would give.
 */
export function heightOfText(doc: PDFKit.PDFDocument, text: string, width: number, lineGap: number, maxChars = HEIGHT_CACHE_MAX_CHARS): number {
  const state = doc as unknown as { _font?: { font?: object }; _fontSize: number; _textOptions?: object | null };
  const font = state._font?.font;
  // Text left open by a `continued` call carries options of its own into pdfkit's measure: not the cached case.
  if (!font || state._textOptions) return doc.heightOfString(text, { width, lineGap });
  let entry = heights.get(font);
  if (!entry) {
    entry = { map: new Map(), chars: 0 };
    heights.set(font, entry);
  }
  const key = `${state._fontSize} ${width} ${lineGap} ${text}`;
  const hit = entry.map.get(key);
  if (hit !== undefined) return hit;
  const height = doc.heightOfString(text, { width, lineGap });
  if (entry.chars + key.length > maxChars) {
    entry.map.clear();
    entry.chars = 0;
  }
  entry.map.set(key, height);
  entry.chars += key.length;
  return height;
}
