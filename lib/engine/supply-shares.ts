import type { ComponentForm, ElementSymbol } from "../schemas/common";
import type { Element } from "../schemas/element";

export type ElementFacts = {
  /** China's share of separation/refining, 0..1; null where not found. */
  separation: number | null;
  /** China's share of magnet making, 0..1; null where not given. */
  magnets: number | null;
  usdPerKg: number | null;
};

export type ElementTable = Map<ElementSymbol, ElementFacts>;

/** Element facts with the user's China-share what-if applied to every route of the element. */
export function buildElementTable(
  elements: readonly Element[],
  overrides: Partial<Record<ElementSymbol, number>>,
): ElementTable {
  const table: ElementTable = new Map();
  for (const e of elements) {
    const o = overrides[e.symbol];
    table.set(e.symbol, {
      separation: o ?? e.chinaShare.separation?.value ?? null,
      magnets: o ?? e.chinaShare.magnets?.value ?? e.chinaShare.separation?.value ?? null,
      usdPerKg: e.price?.usdPerKg ?? null,
    });
  }
  return table;
}

const MAGNET_FORMS: ReadonlySet<ComponentForm> = new Set(["ndfeb_magnet", "smco_magnet"]);

/**
 * Share of a component bought ready-made from China: magnet making for magnets, separation otherwise.
 * An unknown share counts in full, so a gap never hides exposure.
 */
export function directShare(form: ComponentForm, symbols: readonly ElementSymbol[], table: ElementTable): number {
  let share = 0;
  for (const s of symbols) {
    const f = table.get(s);
    const v = MAGNET_FORMS.has(form) ? f?.magnets : f?.separation;
    share = Math.max(share, v ?? 1);
  }
  return share;
}

/** Share of a foreign-made component's controlled inputs that comes from China (separation). */
export function inputShare(symbols: readonly ElementSymbol[], table: ElementTable): number {
  let share = 0;
  for (const s of symbols) share = Math.max(share, table.get(s)?.separation ?? 1);
  return share;
}
