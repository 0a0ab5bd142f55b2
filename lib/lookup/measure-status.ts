import { isInForce } from "../engine/measures-in-force";
import { formatDay } from "../format/format-date";

/** The dated fields of a measure that its status depends on (data/measures.json). */
export type DatedMeasure = {
  effective: string;
  suspendedFrom?: string | null | undefined;
  suspendedUntil?: string | null | undefined;
};

export type MeasureState = "in-force" | "suspended" | "not-yet-in-force" | "not-on-record";

export type MeasureStatus = {
  state: MeasureState;
  /** In words, with the dates: "suspended (until 10 Nov 2026)". */
  text: string;
  effective: string;
  suspendedFrom: string | null;
  suspendedUntil: string | null;
};

/**
 * A measure's status on `asOf`, from its recorded dates through the engine's dated-measure logic. A suspension
 * "until 10 Nov 2026" runs through that day. After a suspension's scheduled end the record holds no renewal and no
 * lapse, so the answer is "not on record" with both possibilities named: this never picks one.
 */
export function getMeasureStatus(measure: DatedMeasure, asOf: string): MeasureStatus {
  const base = {
    effective: measure.effective,
    suspendedFrom: measure.suspendedFrom ?? null,
    suspendedUntil: measure.suspendedUntil ?? null,
  };
  const until = base.suspendedUntil;
  const suspensionBegun = base.suspendedFrom !== null && asOf >= base.suspendedFrom;
  const suspended = (text: string): MeasureStatus => ({ ...base, state: "suspended", text });
  const afterScheduledEnd = until !== null && asOf > until;

  // "ignored" answers only whether the effective date has come; "extended" whether it applies with no suspension begun.
  if (!isInForce(measure, asOf, "ignored")) {
    if (!suspensionBegun) {
      return { ...base, state: "not-yet-in-force", text: `not yet in force (effective ${formatDay(base.effective)})` };
    }
    // Suspended the day before it was due to take effect (Ann. 57, Ann. 58): it never applied.
    if (!afterScheduledEnd) {
      const to = until ? ` until ${formatDay(until)}` : "";
      return suspended(`suspended${to} before it took effect (it was due on ${formatDay(base.effective)})`);
    }
  } else if (isInForce(measure, asOf, "extended")) {
    return { ...base, state: "in-force", text: `in force (since ${formatDay(base.effective)})` };
  } else if (!afterScheduledEnd) {
    return suspended(until ? `suspended (until ${formatDay(until)})` : `suspended (since ${formatDay(base.suspendedFrom ?? "")}, no end on record)`);
  }
  const end = formatDay(until ?? "");
  return {
    ...base,
    state: "not-on-record",
    text:
      `not on record: the suspension was scheduled to end on ${end} and the record holds nothing after that day. ` +
      `If it was extended, the measure is still suspended; if it lapsed, the measure is in force again.`,
  };
}
