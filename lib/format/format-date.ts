// Dates as the record, the page and the reports write them: "4 Apr 2025", "Apr 2025", "16–20 Nov 2025". Day first,
// month abbreviated. The month names come from Intl (en-US: "Sep", not en-GB's "Sept", which depends on the ICU version),
// read in UTC so that no reader's time zone moves a day.

const monthName = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });
const MONTHS: readonly string[] = Array.from({ length: 12 }, (_, i) => monthName.format(Date.UTC(2000, i, 1)));

/** 1 → "Jan" … 12 → "Dec"; "" outside 1–12. */
export function formatMonthName(month: number): string {
  return MONTHS[month - 1] ?? "";
}

/** "2026-11-10" → "10 Nov 2026": the day as the record and the reports write it, with no time zone involved. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? formatMonthName(Number(m[2])) : "";
  if (!m || !month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** "Jul 2023": tick label for a first-of-month timestamp. */
export function formatMonth(ms: number): string {
  const d = new Date(ms);
  return `${formatMonthName(d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`;
}

type DateParts = { day: string; month: string; year: string };

function readPartialDate(end: string): DateParts {
  const [y = "", m, d] = end.split("-");
  return { year: y, month: m ? formatMonthName(Number(m)) : "", day: d ? String(Number(d)) : "" };
}

const joinDate = (p: DateParts) => [p.day, p.month, p.year].filter(Boolean).join(" ");

/** "2025-04-04" → "4 Apr 2025"; "2025-04" → "Apr 2025"; intervals share what they can: "16–20 Nov 2025", "Sep–Oct 2025". */
export function formatPartialDate(date: string | null): string {
  if (!date) return "undated";
  const [a, b] = date.split("/");
  const from = readPartialDate(a ?? "");
  if (!b) return joinDate(from);
  const to = readPartialDate(b);
  if (from.year === to.year && from.month === to.month && from.day && to.day) return `${from.day}–${to.day} ${to.month} ${to.year}`;
  if (from.year === to.year && !from.day && !to.day) return `${from.month}–${to.month} ${to.year}`;
  return `${joinDate(from)} – ${joinDate(to)}`;
}
