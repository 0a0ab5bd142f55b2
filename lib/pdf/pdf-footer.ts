import { MARGIN, MUTED, RULE } from "./pdf-document";
import type { PdfWriter } from "./pdf-writer";

/** A rule and one centred line at the foot of every page: "Page 2 of 5 · …" (pages counted from 1). */
export function drawFooters(w: PdfWriter, text: (page: number, pages: number) => string): void {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // The footer sits in the bottom margin: with the margin as it is, pdfkit would take it for overflow.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 14;
    doc
      .moveTo(w.left, y - 5)
      .lineTo(w.left + w.width, y - 5)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    w.put(text(i - range.start + 1, range.count), w.left, y, w.width, { size: 7, color: MUTED }, { align: "center", lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
