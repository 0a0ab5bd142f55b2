import type { Scenario } from "../engine/scenario";
import { formatPercent } from "../format/format-number";
import { splitControlled } from "../report/scenario-lines";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import type { Element } from "../schemas/element";
import { resetElementsInQuery, type ScenarioQueryPatch, toggleElementInQuery } from "../scenario/scenario-url-actions";

/** on: controlled in every outcome; maybe: only if a suspension the record leaves open lapsed; off: not controlled. */
export type TileState = "on" | "maybe" | "off";

export type ElementTileView = {
  symbol: ElementSymbol;
  name: string;
  atomicNumber: number;
  state: TileState;
  /**
   * The tooltip: China's shares by stage (or the what-if), the uses, and what "maybe" means. Null in the server's
   * first view (lib/view-models/dashboard-view: buildDashboardView): the strip is disabled until the dataset is in the
   * browser, and the 17 tooltips, sent twice (markup and React's data), were 2.5 KB of the page gzipped.
   */
  tip: string | null;
};

export type ElementStripView = {
  /** The tiles hold only what they show, so a toggle leaves the other tiles' views unchanged (and undrawn). */
  tiles: ElementTileView[];
  /** What clicking each tile does to the URL (lib/scenario's grammar): it depends on every other tile's state. */
  toggles: Partial<Record<ElementSymbol, ScenarioQueryPatch>>;
  /** "7 of 17 controlled" */
  count: string;
  /** "9 if the suspension lapsed (not on record)", when the record leaves elements open. */
  openNote: string | null;
  /** The elements differ from the regime's own: Reset applies. */
  changed: boolean;
  reset: ScenarioQueryPatch;
};

const share = (v: number | null | undefined) => (v === null || v === undefined ? "n/a" : formatPercent(v * 100, { maximumFractionDigits: 0 }));

function tipOf(e: Element, whatIf: number | undefined, state: TileState): string {
  const stages = [`mining ${share(whatIf ?? e.chinaShare.mining?.value)}`, `separation ${share(whatIf ?? e.chinaShare.separation?.value)}`];
  if (e.chinaShare.magnets) stages.push(`magnets ${share(whatIf ?? e.chinaShare.magnets.value)}`);
  const tip = `${e.name} (${e.atomicNumber}). China: ${stages.join(", ")}. Uses: ${e.uses.join("; ")}.`;
  return state === "maybe" ? `${tip} Controlled only if the October 2025 measures came back: not on record.` : tip;
}

/** The 17 rare earths in periodic-table order (Sc and Y, then La to Lu), each a toggle with its state and tooltip. */
export function toElementStripView(elements: readonly Element[], scenario: Scenario): ElementStripView {
  const { always, open, regime } = splitControlled(scenario);
  const on = new Set(always);
  const maybe = new Set(open);
  const tiles = [...elements]
    .sort((a, b) => a.atomicNumber - b.atomicNumber)
    .map((e): ElementTileView => {
      const state: TileState = on.has(e.symbol) ? "on" : maybe.has(e.symbol) ? "maybe" : "off";
      return {
        symbol: e.symbol,
        name: e.name,
        atomicNumber: e.atomicNumber,
        state,
        tip: tipOf(e, scenario.chinaShareOverrides[e.symbol], state),
      };
    });
  const toggles = Object.fromEntries(tiles.map((t) => [t.symbol, toggleElementInQuery(scenario, t.symbol)]));
  const sorted = (xs: readonly string[]) => [...xs].sort().join();
  return {
    tiles,
    toggles,
    count: `${always.length} of ${ELEMENT_SYMBOLS.length} controlled`,
    openNote: open.length > 0 ? `${always.length + open.length} if the suspension lapsed (not on record)` : null,
    changed: sorted([...always, ...open]) !== sorted(regime),
    reset: resetElementsInQuery(),
  };
}
