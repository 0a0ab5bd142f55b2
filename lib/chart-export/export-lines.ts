import { formatPartialDate } from "../format/format-date";

export type ExportMeta = {
  title: string;
  takeaway: string;
  /** The scenario in words, or null for a chart that does not depend on it. */
  scenario: string | null;
  dataset: { name: string; version: string; date: string | null };
  sourceIds: readonly string[];
  /** The chart's method note. */
  note: string | null;
  /** The page's address with its state. */
  url: string;
  /** Where the sources are listed in full (…/sources). */
  sourcesUrl: string;
  /** YYYY-MM-DD */
  exported: string;
  licence: string;
};

export type ExportText = {
  header: { kind: "title" | "takeaway" | "scenario"; text: string }[];
  footer: { kind: "source" | "note" | "link" | "colophon"; text: string }[];
};

/** Source ids listed in the image: enough to follow, the rest counted and pointed to. */
const LISTED_IDS = 12;

/**
 * What a chart image carries besides the chart: title, takeaway and scenario above it; the source line (dataset,
 * version, date, the sources), the method note, the link with the view's state, the export date and the licence below.
 */
export function composeExportText(m: ExportMeta): ExportText {
  const ids = m.sourceIds.slice(0, LISTED_IDS).join(", ");
  const more = m.sourceIds.length > LISTED_IDS ? ` and ${m.sourceIds.length - LISTED_IDS} more` : "";
  const sources = m.sourceIds.length > 0 ? `; sources ${ids}${more}, listed at ${m.sourcesUrl}` : `; sources listed at ${m.sourcesUrl}`;
  const version = `${m.dataset.name}, version ${m.dataset.version}${m.dataset.date ? ` (${formatPartialDate(m.dataset.date)})` : ""}`;
  return {
    header: [
      { kind: "title", text: m.title },
      { kind: "takeaway", text: m.takeaway },
      ...(m.scenario ? [{ kind: "scenario" as const, text: `Scenario: ${m.scenario}` }] : []),
    ],
    footer: [
      { kind: "source", text: `Source: ${version}${sources}.` },
      ...(m.note ? [{ kind: "note" as const, text: `Note: ${m.note}` }] : []),
      { kind: "link", text: `Link: ${m.url}` },
      { kind: "colophon", text: `Exported ${formatPartialDate(m.exported)} · Data licence: ${m.licence}` },
    ],
  };
}
