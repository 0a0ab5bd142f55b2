import type { AfterSuspension, Measure } from "../schemas/measure";
import type { SuspensionMode } from "../schemas/regime";

/** How a suspension whose scheduled end the record does not cover is read: renewed, or lapsed. */
export type OpenOutcome = "extended" | "lapsed";

type Dated = {
  effective: string | null;
  suspendedFrom?: string | null | undefined;
  suspendedUntil?: string | null | undefined;
  afterSuspension?: AfterSuspension | undefined;
  endedOn?: string | null | undefined;
};

/**
 * True when `date` falls after a suspension's scheduled end and the record holds nothing about that end, so whether
 * the item is in force depends on an outcome the model must not pick. "Until 10 November" runs through that day.
 */
export function isOpenOnDate(item: Dated, date: string, suspensions: SuspensionMode): boolean {
  if (suspensions !== "as-scheduled" || !item.effective || item.effective > date) return false;
  if (!item.suspendedFrom || !item.suspendedUntil || date <= item.suspendedUntil) return false;
  return (item.afterSuspension ?? "not-on-record") === "not-on-record";
}

/** ISO dates compare correctly as strings. */
export function isInForce(item: Dated, date: string, suspensions: SuspensionMode, outcome: OpenOutcome = "lapsed"): boolean {
  if (!item.effective || item.effective > date) return false;
  if (item.endedOn && date > item.endedOn) return false;
  if (suspensions === "ignored" || !item.suspendedFrom) return true;
  if (date < item.suspendedFrom) return true;
  if (suspensions === "extended") return false;
  // The suspension runs through its scheduled end day.
  if (!item.suspendedUntil || date <= item.suspendedUntil) return false;
  const after = item.afterSuspension ?? "not-on-record";
  if (after === "lapsed") return true;
  if (after === "renewed") return false;
  return outcome === "lapsed";
}

const partOf = (m: Measure, p: NonNullable<Measure["parts"]>[number]): Dated => ({
  effective: p.effective,
  suspendedFrom: p.suspendedFrom,
  suspendedUntil: p.suspendedUntil,
  afterSuspension: p.afterSuspension ?? m.afterSuspension,
});

/** Context entries whose effect is already recorded on the measures they suspend. */
const isContext = (m: Measure) => m.type === "suspension" || m.type === "trade_arrangement";

/**
 * Ids of the measures, and of measure parts as `id#part`, in force on `date`; a measure with parts is in force when
 * any part is. `outcome` decides the items whose suspension ended on a day the record does not cover.
 */
export function getMeasuresInForce(
  measures: readonly Measure[],
  date: string,
  suspensions: SuspensionMode,
  outcome: OpenOutcome = "lapsed",
): string[] {
  const ids: string[] = [];
  for (const m of measures) {
    if (isContext(m)) continue;
    if (m.parts && m.parts.length > 0) {
      const partIds = m.parts.filter((p) => isInForce(partOf(m, p), date, suspensions, outcome)).map((p) => `${m.id}#${p.part}`);
      if (partIds.length > 0) ids.push(m.id, ...partIds);
    } else if (isInForce(m, date, suspensions, outcome)) {
      ids.push(m.id);
    }
  }
  return ids;
}

/** Ids of the measures (and parts) whose status on `date` is not on record: the reason a scenario is a range. */
export function getOpenMeasures(measures: readonly Measure[], date: string, suspensions: SuspensionMode): string[] {
  const ids: string[] = [];
  for (const m of measures) {
    if (isContext(m)) continue;
    if (m.parts && m.parts.length > 0) {
      const open = m.parts.filter((p) => isOpenOnDate(partOf(m, p), date, suspensions)).map((p) => `${m.id}#${p.part}`);
      if (open.length > 0) ids.push(m.id, ...open);
    } else if (isOpenOnDate(m, date, suspensions)) {
      ids.push(m.id);
    }
  }
  return ids;
}
