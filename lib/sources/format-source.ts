import type { Source } from "../schemas/source";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function formatEnd(end: string): { day: string; month: string; year: string } {
  const [y = "", m, d] = end.split("-");
  return { year: y, month: m ? (MONTHS[Number(m) - 1] ?? "") : "", day: d ? String(Number(d)) : "" };
}

const joinDate = (p: { day: string; month: string; year: string }) => [p.day, p.month, p.year].filter(Boolean).join(" ");

/** "2025-04-04" → "4 Apr 2025"; "2025-04" → "Apr 2025"; intervals share what they can: "16–20 Nov 2025", "Sep–Oct 2025". */
export function formatPartialDate(date: string | null): string {
  if (!date) return "undated";
  const [a, b] = date.split("/");
  const from = formatEnd(a ?? "");
  if (!b) return joinDate(from);
  const to = formatEnd(b);
  if (from.year === to.year && from.month === to.month && from.day && to.day) return `${from.day}–${to.day} ${to.month} ${to.year}`;
  if (from.year === to.year && !from.day && !to.day) return `${from.month}–${to.month} ${to.year}`;
  return `${joinDate(from)} – ${joinDate(to)}`;
}

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
