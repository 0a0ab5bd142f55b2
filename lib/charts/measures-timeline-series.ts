import { formatDay } from "../format/format-date";
import type { Dataset } from "../schemas/dataset";
import type { Measure } from "../schemas/measure";

/** The time axis: mid-2023 (before the technology catalogue) to mid-2027 (past the suspensions' scheduled end). */
export const TIMELINE_START = "2023-07-01";
export const TIMELINE_END = "2027-06-30";
/** Ann. 70's suspension was scheduled to end here; nothing after it is on record. */
export const SCHEDULED_END = "2026-11-10";

const CONTEXT_TYPES: ReadonlySet<Measure["type"]> = new Set(["suspension", "trade_arrangement"]);
/** Types that make goods licensable: what the takeaway calls "goods controls". */
const GOODS_TYPES: ReadonlySet<Measure["type"]> = new Set(["item_licensing", "extraterritorial"]);

export const msOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export type TimelineRow = {
  /** Measure id, or `id#part` for a part whose dates differ from its measure's. */
  id: string;
  label: string;
  title: string;
  isPart: boolean;
  goodsControl: boolean;
  announced: string;
  effective: string | null;
  suspendedFrom: string | null;
  /** The suspension's scheduled end. */
  suspendedUntil: string | null;
  suspendedBy: string | null;
  /** Suspended on or before the day it was due to take effect. */
  neverInForce: boolean;
  /** Where the recorded schedule leaves it on `today`. */
  statusToday: "in force" | "suspended" | "scheduled end passed, not on record" | "not yet in force" | "ended";
  /** Last day a practice is on record as applied. */
  endedOn: string | null;
  /** Stacked segment lengths in ms; `offset` is the absolute timestamp where the first visible segment starts. */
  offset: number;
  inForce: number;
  suspended: number;
  afterScheduledEnd: number;
  /** Tooltip lines, already worded. */
  details: string[];
};

export type MeasuresTimelineSeries = {
  rows: TimelineRow[];
  domain: [number, number];
  /** Half-yearly ticks (1 Jan, 1 Jul) in ms. */
  ticks: number[];
  referenceLines: { key: "scheduled-end" | "today"; ms: number; label: string }[];
  takeaway: string;
  source: string;
};

/** Short names for the measures without an announcement number in their id. */
const SHORT_LABELS: Record<string, string> = {
  "cn-tech-catalogue-2023": "Tech. catalogue",
  "cn-re-management-regulations-2024": "RE Mgmt Regulations",
  "cn-general-licences-2025-12": "General licences",
  "cn-customs-ndfeb-content-checks-2025": "NdFeB content checks",
  "cn-samarium-military-practice-2025": "Sm: no military sales",
  "cn-dual-use-catalogue-2026": "Dual-use catalogue",
  "cn-japan-entity-lists-2026-02-24": "Japan lists, Feb 26",
  "cn-japan-entity-lists-2026-06-29": "Japan lists, Jun 26",
};

export function measureLabel(m: Pick<Measure, "id" | "title">): string {
  const known = SHORT_LABELS[m.id];
  if (known) return known;
  const ann = /ann(\d+)-(\d{4})(?:-([a-z]+))?/.exec(m.id);
  if (ann) {
    const suffix = ann[3] ? ` (${ann[3][0]!.toUpperCase()}${ann[3].slice(1)})` : "";
    return `Ann. ${ann[1]}/${ann[2]}${suffix}`;
  }
  return m.title.length <= 24 ? m.title : `${m.title.slice(0, 23)}…`;
}

const partLabel = (measureLabel: string, part: string) => {
  const m = /^(art|item)(\d+)$/.exec(part);
  const name = m ? `${m[1] === "art" ? "Art." : "item"} ${m[2]}` : part;
  return `${measureLabel.replace(/\/\d{4}/, "")} ${name}`;
};

type Dated = { effective: string | null; suspendedFrom: string | null; suspendedUntil: string | null; endedOn: string | null };

/** The day after an ISO date: a suspension "until" a day runs through it, a practice "ended on" a day applied on it. */
const dayAfter = (iso: string) => new Date(msOf(iso) + 86_400_000).toISOString().slice(0, 10);

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

/** Segment lengths on the clipped axis [TIMELINE_START, TIMELINE_END]. */
function segments(d: Dated) {
  const clip = (iso: string) => maxDate(TIMELINE_START, minDate(TIMELINE_END, iso));
  const span = (from: string, to: string) => Math.max(0, msOf(clip(to)) - msOf(clip(from)));
  const zero = { offset: msOf(TIMELINE_START), inForce: 0, suspended: 0, afterScheduledEnd: 0 };
  if (!d.effective && !d.suspendedFrom) return zero;
  const suspendedFrom = d.suspendedFrom;
  const start = suspendedFrom && d.effective ? minDate(d.effective, suspendedFrom) : (d.effective ?? suspendedFrom!);
  const inForceEnd = suspendedFrom ?? (d.endedOn ? dayAfter(d.endedOn) : TIMELINE_END);
  const inForce = d.effective ? span(d.effective, maxDate(d.effective, inForceEnd)) : 0;
  const suspensionEnd = d.suspendedUntil ? dayAfter(d.suspendedUntil) : TIMELINE_END;
  const suspended = suspendedFrom ? span(suspendedFrom, suspensionEnd) : 0;
  const afterScheduledEnd = suspendedFrom && d.suspendedUntil ? span(dayAfter(d.suspendedUntil), TIMELINE_END) : 0;
  return { offset: msOf(clip(start)), inForce, suspended, afterScheduledEnd };
}

function statusOn(d: Dated, today: string): TimelineRow["statusToday"] {
  if (d.suspendedFrom && today >= d.suspendedFrom) {
    // "until 10 November" runs through that day
    return d.suspendedUntil && today > d.suspendedUntil ? "scheduled end passed, not on record" : "suspended";
  }
  if (!d.effective || today < d.effective) return "not yet in force";
  if (d.endedOn && today > d.endedOn) return "ended";
  return "in force";
}

function makeRow(
  base: { id: string; label: string; title: string; isPart: boolean; goodsControl: boolean; announced: string; suspendedBy: string | null },
  d: Dated,
  today: string,
): TimelineRow {
  const neverInForce = d.effective === null || (d.suspendedFrom !== null && d.suspendedFrom <= d.effective);
  const details = [
    `Announced ${formatDay(base.announced)}`,
    d.effective ? `Effective ${formatDay(d.effective)}${neverInForce ? " (due; never took effect)" : ""}` : "No effective date",
  ];
  if (d.endedOn) details.push(`Last on record ${formatDay(d.endedOn)}`);
  if (d.suspendedFrom) {
    details.push(`Suspended from ${formatDay(d.suspendedFrom)}${base.suspendedBy ? ` by ${base.suspendedBy}` : ""}`);
    details.push(
      d.suspendedUntil
        ? `Suspension scheduled to run until ${formatDay(d.suspendedUntil)}${today > d.suspendedUntil ? ": what followed is not on record" : ""}`
        : "Suspension with no scheduled end",
    );
  }
  return { ...base, ...d, neverInForce, statusToday: statusOn(d, today), ...segments(d), details };
}

/** One row per China-side rare-earth measure (plus its parts where their dates differ), suspensions shown as their effect. */
export function toMeasuresTimelineSeries(dataset: Dataset, today: string): MeasuresTimelineSeries {
  const measures = dataset.measures.measures;
  const labelOf = new Map(measures.map((m) => [m.id, measureLabel(m)]));
  const suspenderOf = (id: string): string | null => {
    const s = measures.find((m) => m.type === "suspension" && (m.suspends ?? []).includes(id));
    return s ? (labelOf.get(s.id) ?? s.id) : null;
  };

  const rows: TimelineRow[] = [];
  for (const m of measures) {
    if (m.side !== "CN" || !m.rareEarthRelated || CONTEXT_TYPES.has(m.type)) continue;
    const label = labelOf.get(m.id) ?? m.id;
    const dated: Dated = { effective: m.effective, suspendedFrom: m.suspendedFrom ?? null, suspendedUntil: m.suspendedUntil ?? null, endedOn: m.endedOn ?? null };
    const suspendedBy = m.suspendedBy ? (labelOf.get(m.suspendedBy) ?? m.suspendedBy) : suspenderOf(m.id);
    const goodsControl = GOODS_TYPES.has(m.type);
    rows.push(makeRow({ id: m.id, label, title: m.title, isPart: false, goodsControl, announced: m.announced, suspendedBy }, dated, today));
    for (const p of m.parts ?? []) {
      const pd: Dated = { effective: p.effective, suspendedFrom: p.suspendedFrom ?? null, suspendedUntil: p.suspendedUntil ?? null, endedOn: null };
      if (pd.effective === dated.effective && pd.suspendedFrom === dated.suspendedFrom && pd.suspendedUntil === dated.suspendedUntil) continue;
      const partId = `${m.id}#${p.part}`;
      rows.push(
        makeRow(
          {
            id: partId,
            label: partLabel(label, p.part),
            title: `${m.title}: ${p.description}`,
            isPart: true,
            goodsControl,
            announced: m.announced,
            suspendedBy: suspendedBy ?? suspenderOf(partId),
          },
          pd,
          today,
        ),
      );
    }
  }

  const start = msOf(TIMELINE_START);
  const end = msOf(TIMELINE_END);
  const ticks: number[] = [];
  for (let y = Number(TIMELINE_START.slice(0, 4)); y <= Number(TIMELINE_END.slice(0, 4)); y++) {
    for (const md of ["01-01", "07-01"]) {
      const t = msOf(`${y}-${md}`);
      if (t >= start && t <= end) ticks.push(t);
    }
  }

  const referenceLines: MeasuresTimelineSeries["referenceLines"] = [
    { key: "scheduled-end", ms: msOf(SCHEDULED_END), label: `${formatDay(SCHEDULED_END)}: scheduled end` },
  ];
  if (today >= TIMELINE_START && today <= TIMELINE_END) {
    referenceLines.push({ key: "today", ms: msOf(today), label: `Today, ${formatDay(today)}` });
  }

  return {
    rows,
    domain: [start, end],
    ticks,
    referenceLines,
    takeaway: takeawayFor(rows, today),
    source:
      "Dates from MOFCOM/GAC announcements in data/measures.json; suspensions (Ann. 70, Ann. 72) are drawn on the measures " +
      `they suspend. The record ends before ${formatDay(SCHEDULED_END)}: after a suspension's scheduled end, nothing is on record.`,
  };
}

function takeawayFor(rows: TimelineRow[], today: string): string {
  const goods = rows.filter((r) => r.goodsControl && !r.isPart);
  const uninterrupted = goods.filter((r) => r.effective && r.effective <= today && !r.suspendedFrom && !r.endedOn);
  const never = goods.filter((r) => r.neverInForce);
  if (goods.length === 0) return "No China-side rare-earth goods control is on record.";
  const names = (rs: TimelineRow[]) => joinList(rs.map((r) => r.label));
  const head =
    uninterrupted.length === 0
      ? `None of the ${goods.length} rare-earth goods controls has been in force without interruption`
      : `Only ${names(uninterrupted)} of the ${goods.length} rare-earth goods controls ${uninterrupted.length === 1 ? "has" : "have"} been in force without interruption` +
        (uninterrupted.length === 1 && uninterrupted[0]!.effective ? ` since ${formatDay(uninterrupted[0]!.effective)}` : "");
  const tail = never.length > 0 ? `; ${names(never)} never took effect` : "";
  return `${head}${tail}.`;
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
