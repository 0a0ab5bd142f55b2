import { formatPartialDate } from "../format/format-date";
import { DATA_LICENCE } from "./licence";

/** "2026.11.25-1" → "2026-11-25": the dataset's date as its version writes it; null if the version holds none. */
export function datasetDateFromVersion(version: string): string | null {
  const m = /^(\d{4})\.(\d{2})\.(\d{2})(?:\b|-)/.exec(version);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}

export type CitationInput = {
  dataset: { name: string; version: string };
  /** The figure cited, or null for the dataset as a whole. */
  figure: string | null;
  /** The scenario in words (describeScenario), or null. */
  scenario: string | null;
  /** The page's address with its state: what a reader follows to see the same figure. */
  url: string;
  /** The day the reader looked: YYYY-MM-DD. */
  accessed: string;
};

/**
 * A suggested citation: the dataset as author and title, its version and date, the figure and scenario, the link and
 * the access date, and the licence. Plain text, so it pastes anywhere.
 */
export function formatCitation(c: CitationInput): string {
  const date = datasetDateFromVersion(c.dataset.version);
  const head = `${c.dataset.name}, version ${c.dataset.version}${date ? ` (${formatPartialDate(date)})` : ""}.`;
  const figure = c.figure ? ` “${c.figure}”${c.scenario ? `, ${c.scenario}` : ""}.` : c.scenario ? ` ${c.scenario}.` : "";
  return `${head}${figure} Rare-earth exposure dashboard, ${c.url} (accessed ${formatPartialDate(c.accessed)}). Data licence: ${DATA_LICENCE.name}.`;
}
