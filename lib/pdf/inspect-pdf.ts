// Test support: a PDF read back with pdf.js, each piece of text with where it was drawn. Used by the writer's
// table-driven tests and the reports' own tests; never by the app.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A run of text as pdf.js finds it: page (from 1), left edge and baseline in points from the page's top-left. */
export type PlacedText = { page: number; text: string; x: number; right: number; baseline: number; size: number };

export type InspectedPdf = {
  pages: number;
  /** Page size of the first page, in points. */
  width: number;
  height: number;
  items: PlacedText[];
  /** All text, page after page, whitespace collapsed to single spaces. */
  flat: string;
  /** Each page's text, whitespace collapsed. */
  pageTexts: string[];
};

export async function inspectPdf(pdf: Uint8Array): Promise<InspectedPdf> {
  // pdf.js may take over the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  try {
    const items: PlacedText[] = [];
    const pageTexts: string[] = [];
    let width = 0;
    let height = 0;
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      if (n === 1) ({ width, height } = view);
      const content = await page.getTextContent();
      const texts: string[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        texts.push(item.str, item.hasEOL ? "\n" : "");
        if (item.str.trim() === "") continue;
        const [a, , , , e, f] = item.transform as number[];
        items.push({ page: n, text: item.str, x: e ?? 0, right: (e ?? 0) + item.width, baseline: view.height - (f ?? 0), size: Math.abs(a ?? 0) });
      }
      pageTexts.push(texts.join("").replace(/\s+/g, " ").trim());
    }
    return { pages: doc.numPages, width, height, items, flat: pageTexts.join(" "), pageTexts };
  } finally {
    await doc.destroy();
  }
}
