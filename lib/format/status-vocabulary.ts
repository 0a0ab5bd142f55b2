import { STATUSES, type RestrictedStatus, type Status } from "../engine/status";
import { formatCount, formatInteger } from "./format-number";

/**
 * The words and colours of a status, for every view: the page's badges, filters and chart legend, the chart exports,
 * the CSV, PDF and XLSX reports. The order is the engine's (free → denied, mildest first).
 */
export const STATUS_ORDER: readonly Status[] = STATUSES;

/** Worst first, as reports list them. */
export const STATUS_ORDER_WORST_FIRST: readonly Status[] = [...STATUSES].reverse();

/** A badge, a filter option, a table heading. */
export const STATUS_LABEL: Record<Status, string> = {
  free: "Free",
  license: "Licence",
  "case-by-case": "Case-by-case",
  denied: "Denied",
};

/** Inside a sentence: "3 parts denied", "licence–denied". */
export const STATUS_WORD: Record<Status, string> = {
  free: "free",
  license: "licence",
  "case-by-case": "case-by-case",
  denied: "denied",
};

/** A chart legend's entry for the share of a sector in a restricted status. */
export const STATUS_SHARE_LABEL: Record<RestrictedStatus, string> = {
  license: "Licence required",
  "case-by-case": "Case-by-case",
  denied: "Denied",
};

/**
 * Each status's colour: `css` for the page (the custom property app/globals.css defines, with a dark-mode value),
 * `hex` for print and exports, where no stylesheet applies. The hex values are the light theme's; a test holds
 * globals.css to them.
 */
export const STATUS_COLOR: Record<Status, { css: string; token: string; hex: string }> = {
  free: { css: "var(--status-free)", token: "status-free", hex: "#9ca3af" },
  license: { css: "var(--status-license)", token: "status-license", hex: "#f2b134" },
  "case-by-case": { css: "var(--status-case)", token: "status-case", hex: "#e07a1f" },
  denied: { css: "var(--status-denied)", token: "status-denied", hex: "#c2262e" },
};

/** A status the record may leave open: "denied", or "licence–denied" from low to high. */
export function formatStatusRange(status: { low: Status; high: Status }, label: Record<Status, string> = STATUS_WORD): string {
  return status.low === status.high ? label[status.high] : `${label[status.low]}–${label[status.high]}`;
}

/**
 * Counts by status in a sentence, worst first, each with its noun where it stands alone: "3 parts: 1 denied,
 * 2 licence". Statuses with no count are left out; none at all reads "no parts".
 */
export function formatStatusCounts(counts: Record<Status, number>, singular: string, plural = `${singular}s`): string {
  const total = STATUS_ORDER.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return `no ${plural}`;
  const parts = STATUS_ORDER_WORST_FIRST.filter((s) => counts[s] > 0).map((s) => `${formatInteger(counts[s])} ${STATUS_WORD[s]}`);
  return `${formatCount(total, singular, plural)}: ${parts.join(", ")}`;
}

/**
 * The restricted statuses as a stacked bar draws them, left to right, each with the key of its share in a chart row
 * (`caseByCase` for case-by-case), its legend label and its colour: the dashboard's chart and the comparison's share it.
 */
export const STATUS_SEGMENTS = [
  { key: "license", label: STATUS_SHARE_LABEL.license, color: STATUS_COLOR.license.css },
  { key: "caseByCase", label: STATUS_SHARE_LABEL["case-by-case"], color: STATUS_COLOR["case-by-case"].css },
  { key: "denied", label: STATUS_SHARE_LABEL.denied, color: STATUS_COLOR.denied.css },
] as const;
