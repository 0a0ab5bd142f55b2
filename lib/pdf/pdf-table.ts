import { HEADER_FILL, INK, MUTED, RULE, SANS, SANS_BOLD } from "./pdf-document";
import type { PdfWriter, TextStyle } from "./pdf-writer";

export type TableColumn<T> = {
  header: string;
  /** Relative width: the columns are scaled to fill the content width (500 pt on A4 and Letter). */
  width: number;
  align?: "left" | "right";
  text: (row: T) => string;
  /** Secondary line under the cell text, smaller and muted. */
  note?: (row: T) => string | null;
  bold?: boolean;
  /** Extra space before the cell text, to keep it clear of a right-aligned neighbour. */
  indent?: number;
  /** Colour of a small square drawn before the cell text. */
  swatch?: (row: T) => string | null;
  /** URL the cell text links to. */
  link?: (row: T) => string | null;
};

export type TableSpec<T> = {
  columns: TableColumn<T>[];
  rows: readonly T[];
  /** Font size of the cells (header half a point smaller, notes and details a point smaller). */
  size?: number;
  /** Full-width text under a row (wrapped, smaller font, muted). */
  detail?: (row: T) => string | null;
  detailSize?: number;
  /** Drawn above the repeated header on every page after the first; none when null. */
  continuedTitle: string | null;
};

const PAD_X = 3;
const PAD_Y = 3;
const SWATCH = 6;
const CONTINUED_STYLE: TextStyle = { size: 8, color: MUTED };

type Cell = { text: string; height: number; note: string | null; noteHeight: number };
type MeasuredRow<T> = { row: T; cells: Cell[]; cellsHeight: number; detail: string | null; detailHeight: number; detailMeasured: number; height: number };

/** Column positions, header height and every row's height (cut to fit a page), measured before anything is drawn. */
function layoutTable<T>(w: PdfWriter, spec: TableSpec<T>) {
  const { columns, rows } = spec;
  const size = spec.size ?? 7.5;
  const totalWidth = columns.reduce((sum, c) => sum + c.width, 0);
  const scale = w.width / totalWidth;
  const xs: number[] = [];
  let x = w.left;
  for (const c of columns) {
    xs.push(x);
    x += c.width * scale;
  }
  const lead = (c: TableColumn<T>) => (c.indent ?? 0) + (c.swatch ? SWATCH + 3 : 0);
  const innerWidth = (c: TableColumn<T>) => Math.max(1, c.width * scale - 2 * PAD_X - lead(c));
  const headerStyle: TextStyle = { font: SANS_BOLD, size: size - 0.5, color: INK };
  const headerWidth = (c: TableColumn<T>) => Math.max(1, c.width * scale - 2 * PAD_X - (c.indent ?? 0));
  const headerHeight = Math.max(...columns.map((c) => w.measure(c.header, headerStyle, headerWidth(c)))) + 2 * PAD_Y;
  const cellStyle = (c: TableColumn<T>): TextStyle => ({ font: c.bold ? SANS_BOLD : SANS, size });
  const noteStyle: TextStyle = { size: size - 1, color: MUTED };
  const detailStyle: TextStyle = { size: spec.detailSize ?? size - 1, color: MUTED };
  const continuedHeight = spec.continuedTitle ? w.measure(spec.continuedTitle, CONTINUED_STYLE, w.width) + 3 : 0;
  // The tallest a row may be: a page less its "continued" line and the header. Taller cells are cut with an ellipsis.
  const capacity = w.pageCapacity - headerHeight - continuedHeight - 2 * PAD_Y;
  const measured: MeasuredRow<T>[] = rows.map((row) => {
    const cells = columns.map((c): Cell => {
      const width = innerWidth(c);
      const text = c.text(row);
      const note = c.note?.(row) ?? null;
      return { text, height: w.measure(text, cellStyle(c), width), note, noteHeight: note ? w.measure(note, noteStyle, width) : 0 };
    });
    const detail = spec.detail?.(row) || null;
    const detailMeasured = detail ? w.measure(detail, detailStyle, w.width - 2 * PAD_X) + 2 : 0;
    // Cells and detail share a page: when both are long, the cells keep at least half of it.
    const cellsCap = detail ? Math.max(capacity / 2, capacity - detailMeasured) : capacity;
    const cellsHeight = Math.min(cellsCap, Math.max(...cells.map((c) => c.height + c.noteHeight)));
    const detailHeight = Math.min(detailMeasured, Math.max(0, capacity - cellsHeight));
    return { row, cells, cellsHeight, detail, detailHeight, detailMeasured, height: cellsHeight + detailHeight + 2 * PAD_Y };
  });
  return { xs, lead, innerWidth, headerWidth, headerStyle, headerHeight, cellStyle, noteStyle, detailStyle, measured };
}

/** Height of the whole table if drawn on one page: for keeping a short table with its heading. */
export function measureTable<T>(w: PdfWriter, spec: TableSpec<T>): number {
  const layout = layoutTable(w, spec);
  return layout.headerHeight + layout.measured.reduce((sum, r) => sum + r.height, 0);
}

/**
 * A table whose rows never cross the bottom margin: a row that does not fit moves to a new page under a repeated
 * header (and the continued title); a cell or detail taller than a page is cut with an ellipsis.
 */
export function writeTable<T>(w: PdfWriter, spec: TableSpec<T>): void {
  const { doc } = w;
  const { columns } = spec;
  const size = spec.size ?? 7.5;
  const { xs, lead, innerWidth, headerWidth, headerStyle, headerHeight, cellStyle, noteStyle, detailStyle, measured } = layoutTable(w, spec);
  const drawHeader = () => {
    const y = doc.y;
    doc.rect(w.left, y, w.width, headerHeight).fill(HEADER_FILL);
    columns.forEach((c, i) => {
      const x = (xs[i] ?? 0) + PAD_X + (c.indent ?? 0);
      w.put(c.header, x, y + PAD_Y, headerWidth(c), headerStyle, { align: c.align ?? "left" });
    });
    doc.y = y + headerHeight;
  };

  w.ensure(headerHeight + (measured[0]?.height ?? 0));
  drawHeader();
  for (const m of measured) {
    if (doc.y + m.height > w.bottom) {
      w.newPage();
      if (spec.continuedTitle) w.paragraph(spec.continuedTitle, CONTINUED_STYLE, { after: 3 });
      drawHeader();
    }
    const y = doc.y;
    const cellsBottom = y + PAD_Y + m.cellsHeight;
    columns.forEach((c, i) => {
      const cell = m.cells[i];
      if (!cell) return;
      const align = c.align ?? "left";
      const swatch = c.swatch?.(m.row) ?? null;
      if (swatch) doc.rect((xs[i] ?? 0) + PAD_X + (c.indent ?? 0), y + PAD_Y + (size * 1.15 - SWATCH) / 2, SWATCH, SWATCH).fill(swatch);
      const x = (xs[i] ?? 0) + PAD_X + lead(c);
      const link = c.link?.(m.row) ?? null;
      const h = w.putClipped(cell.text, x, y + PAD_Y, innerWidth(c), cellStyle(c), cell.height, m.cellsHeight, link ? { align, link } : { align });
      if (cell.note && cellsBottom - (y + PAD_Y + h) > 0) {
        w.putClipped(cell.note, x, y + PAD_Y + h, innerWidth(c), noteStyle, cell.noteHeight, cellsBottom - (y + PAD_Y + h), { align });
      }
    });
    if (m.detail && m.detailHeight > 0) {
      w.putClipped(m.detail, w.left + PAD_X, cellsBottom + 2, w.width - 2 * PAD_X, detailStyle, m.detailMeasured - 2, m.detailHeight - 2);
    }
    const end = y + m.height;
    doc.moveTo(w.left, end).lineTo(w.left + w.width, end).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.y = end;
  }
  doc.x = w.left;
}
