import type { Measure } from "../schemas/measure";
import type { SuspensionMode } from "../schemas/regime";

type Dated = {
  effective: string | null;
  suspendedFrom?: string | null | undefined;
  suspendedUntil?: string | null | undefined;
};

/** ISO dates compare correctly as strings. */
export function isInForce(item: Dated, date: string, suspensions: SuspensionMode): boolean {
  if (!item.effective || item.effective > date) return false;
  if (suspensions === "ignored" || !item.suspendedFrom) return true;
  if (date < item.suspendedFrom) return true;
  if (suspensions === "extended") return false;
  return item.suspendedUntil ? date >= item.suspendedUntil : false;
}

/**
 * Ids of the measures, and of measure parts as `id#part`, in force on `date`.
 * A measure with parts is in force when any part is.
 */
export function getMeasuresInForce(measures: readonly Measure[], date: string, suspensions: SuspensionMode): string[] {
  const ids: string[] = [];
  for (const m of measures) {
    if (m.type === "suspension" || m.type === "trade_arrangement") {
      // Context entries: their effect is already recorded on the measures they suspend.
      continue;
    }
    if (m.parts && m.parts.length > 0) {
      const partIds = m.parts
        .filter((p) => isInForce({ effective: p.effective, suspendedFrom: p.suspendedFrom, suspendedUntil: p.suspendedUntil }, date, suspensions))
        .map((p) => `${m.id}#${p.part}`);
      if (partIds.length > 0) ids.push(m.id, ...partIds);
    } else if (isInForce(m, date, suspensions)) {
      ids.push(m.id);
    }
  }
  return ids;
}
