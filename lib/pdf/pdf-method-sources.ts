import { writeTable } from "./pdf-table";
import type { PdfWriter } from "./pdf-writer";

/** A source as every report lists it: its id, its citation, and the link the citation names. */
export type PdfSourceRow = { id: string; citation: string; url: string | null };

/**
 * The closing sections every report ends with: the method as bullets, then the sources cited, one row each with a
 * link a reader can follow. One place, so a reader finds them laid out the same in every PDF the app writes.
 */
export function writeMethodAndSources(w: PdfWriter, method: readonly string[], sources: readonly PdfSourceRow[]): void {
  w.heading("Method", 12, 40);
  for (const line of method) w.bullet(line);
  w.heading("Sources", 12, 30);
  writeTable(w, {
    continuedTitle: "Sources (continued)",
    size: 7,
    rows: sources,
    columns: [
      { header: "Id", width: 40, bold: true, text: (s) => s.id },
      { header: "Citation", width: 460, text: (s) => s.citation, link: (s) => s.url },
    ],
  });
}
