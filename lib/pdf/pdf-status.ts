import type { Status } from "../engine/status";
import { GRID, MUTED } from "./pdf-document";
import type { PdfWriter } from "./pdf-writer";

/** Status colours in print: licence, case-by-case and denied as the light theme draws them (app/globals.css). */
export const STATUS_COLOR: Record<Status, string> = {
  free: "#a7adb4",
  license: "#f2b134",
  "case-by-case": "#e07a1f",
  denied: "#c2262e",
};

/** Status words inside a sentence or a table cell. */
export const STATUS_WORD: Record<Status, string> = {
  free: "free",
  license: "licence",
  "case-by-case": "case-by-case",
  denied: "denied",
};

/** "licence", or "free–denied" when the record leaves the status open (low = suspension extended, high = lapsed). */
export function formatStatusWords(status: { low: Status; high: Status }): string {
  return status.low === status.high ? STATUS_WORD[status.high] : `${STATUS_WORD[status.low]}–${STATUS_WORD[status.high]}`;
}

/** One bar, in percent of the axis (0..100): licence, case-by-case and denied stacked to `low`, hatched on to `high`. */
export type StatusBar = { license: number; caseByCase: number; denied: number; low: number; high: number };
export type Box = { x: number; y: number; width: number; height: number };

/** The stacked status bar of a sector chart; a range the record leaves open is an outlined, hatched extension. */
export function drawStatusBar(w: PdfWriter, box: Box, bar: StatusBar): void {
  const { doc } = w;
  const { x: barX, y, width, height } = box;
  let x = barX;
  const segments: [number, string][] = [
    [bar.license, STATUS_COLOR.license],
    [bar.caseByCase, STATUS_COLOR["case-by-case"]],
    [bar.denied, STATUS_COLOR.denied],
  ];
  for (const [pct, color] of segments) {
    if (pct <= 0) continue;
    // A sliver stays visible: a non-zero share is drawn at least 0.75 pt wide.
    const segWidth = Math.max(0.75, (width * Math.min(pct, 100)) / 100);
    doc.rect(x, y, segWidth, height).fill(color);
    x += segWidth;
  }
  if (bar.high > bar.low) {
    const extWidth = Math.max(0.75, (width * Math.min(bar.high - bar.low, 100)) / 100);
    const x0 = barX + (width * Math.min(bar.low, 100)) / 100;
    doc.save();
    doc.rect(x0, y, extWidth, height).clip();
    for (let hx = x0 - height; hx < x0 + extWidth; hx += 3) {
      doc.moveTo(hx, y + height).lineTo(hx + height, y).lineWidth(0.6).strokeColor(MUTED).stroke();
    }
    doc.restore();
    doc.rect(x0, y, extWidth, height).lineWidth(0.6).strokeColor(MUTED).stroke();
  }
}

const TICKS = [0, 25, 50, 75, 100];

/** Vertical grid lines at 0, 25, 50, 75 and 100 % from `top` down `height` points, and their labels below. */
export function drawPercentAxis(w: PdfWriter, x: number, width: number, top: number, height: number): number {
  const { doc } = w;
  for (const t of TICKS) {
    const tx = x + (width * t) / 100;
    doc
      .moveTo(tx, top)
      .lineTo(tx, top + height + 3)
      .lineWidth(t === 0 ? 0.8 : 0.5)
      .strokeColor(t === 0 ? MUTED : GRID)
      .stroke();
  }
  const labelY = top + height + 5;
  for (const t of TICKS) w.put(`${t} %`, x + (width * t) / 100 - 20, labelY, 40, { size: 7, color: MUTED }, { align: "center" });
  return labelY + 11;
}

/** "■ Licence ■ Case-by-case ■ Denied" (and the hatched range mark when asked) from (x, y); returns the y below it. */
export function drawStatusLegend(w: PdfWriter, x: number, y: number, opts: { range?: boolean } = {}): number {
  const { doc } = w;
  const items: [string | null, string][] = [
    [STATUS_COLOR.license, "Licence"],
    [STATUS_COLOR["case-by-case"], "Case-by-case"],
    [STATUS_COLOR.denied, "Denied"],
  ];
  if (opts.range) items.push([null, "Not on record (range)"]);
  let lx = x;
  for (const [color, name] of items) {
    if (color) doc.rect(lx, y + 1, 8, 8).fill(color);
    else drawStatusBar(w, { x: lx, y: y + 1, width: 8, height: 8 }, { license: 0, caseByCase: 0, denied: 0, low: 0, high: 100 });
    const textWidth = w.measureWidth(name, { size: 7.5 });
    w.put(name, lx + 11, y, textWidth + 2, { size: 7.5 });
    lx += 11 + textWidth + 18;
  }
  return y + 16;
}
