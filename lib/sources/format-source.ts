import { formatPartialDate } from "../format/format-date";
import type { Source } from "../schemas/source";

// The date vocabulary lives in lib/format/format-date.ts; re-exported for callers not yet switched to it.
export { formatPartialDate };

/** The link's host without "www.", for a reader to see where a link goes before following it. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** Where a source's entry is on the /sources page. */
export const sourceHref = (id: string) => `/sources#${encodeURIComponent(id)}`;

/** "Holland & Knight, “China Imposes Export Controls…”, 4 Apr 2025": one line to name a source by. */
export function formatSourceLine(s: Pick<Source, "publisher" | "title" | "description" | "date">): string {
  const what = s.title ? `“${s.title}”` : s.description;
  return [s.publisher, what, s.date ? formatPartialDate(s.date) : null].filter(Boolean).join(", ");
}

export const CONFIDENCE_WORDS: Record<string, string> = {
  H: "high",
  "M-H": "medium to high",
  M: "medium",
  "M/L": "medium to low",
  "L/M": "low to medium",
  L: "low",
  EST: "estimate",
  NF: "not found",
};
