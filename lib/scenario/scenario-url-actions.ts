import type { Destination, ExclusionMode, Lens, MilitaryRule, OutcomeChoice, Reading, Scenario } from "../engine/scenario";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import { formatShareEntries, type ShareEntries } from "./param-readers";
import { formatParamValue, type ScenarioParamName } from "./scenario-params";

/**
 * What the page's controls do to its URL, as pure functions: each returns the scenario parameters to change
 * (null removes one), written in the grammar's canonical spelling. The components only pass the patch on.
 */
export type ScenarioQueryPatch = Partial<Record<ScenarioParamName, string | null>>;

export type RuleChange =
  | { key: "threshold"; value: number | null }
  | { key: "military"; value: MilitaryRule }
  | { key: "reading"; value: Reading }
  | { key: "extraterritorial"; value: boolean }
  | { key: "exclusions"; value: ExclusionMode }
  | { key: "chinaShare"; symbol: ElementSymbol | "all"; value: number | null }
  | { key: "lens"; value: Lens }
  | { key: "destination"; value: Destination }
  | { key: "friction"; value: number | null }
  | { key: "outcome"; value: OutcomeChoice };

/** Picking a preset starts from its own date and elements. */
export function selectRegimeInQuery(id: string): ScenarioQueryPatch {
  return { regime: formatParamValue("regime", id), asOf: null, controlled: null };
}

/** Picking a date evaluates the measures in force that day, with their elements. */
export function setAsOfInQuery(date: string): ScenarioQueryPatch {
  return { asOf: formatParamValue("asOf", date), regime: null, controlled: null };
}

/**
 * Switches one element, starting from the elements controlled in any outcome; a list equal to the regime's own is
 * written as no parameter, so the link follows the preset (and keeps a range the record leaves open).
 */
export function toggleElementInQuery(scenario: Pick<Scenario, "outcomes">, symbol: ElementSymbol): ScenarioQueryPatch {
  const last = scenario.outcomes[scenario.outcomes.length - 1];
  const set = new Set(last?.controlledElements ?? []);
  if (set.has(symbol)) set.delete(symbol);
  else set.add(symbol);
  const next = ELEMENT_SYMBOLS.filter((s) => set.has(s));
  const regime = last?.regimeControlledElements ?? [];
  const same = next.length === regime.length && next.every((s) => regime.includes(s));
  return { controlled: same ? null : formatParamValue("controlled", next) };
}

export function resetElementsInQuery(): ScenarioQueryPatch {
  return { controlled: null };
}

/** Sets or clears one China-share entry ("all" or a symbol), keeping the others as written. */
export function setChinaShareEntry(entries: ShareEntries, key: ElementSymbol | "all", pct: number | null): string | null {
  const next: ShareEntries = { ...entries };
  if (pct === null) delete next[key];
  else next[key] = pct;
  return formatShareEntries(next);
}

/**
 * One rule control's change. Defaults (annex reading, exclusions applied, dependency lens, a US buyer, both outcomes
 * where the record is silent) are written as no parameter.
 */
export function setRuleInQuery(change: RuleChange, chinaShareEntries: ShareEntries): ScenarioQueryPatch {
  switch (change.key) {
    case "threshold":
      return { threshold: change.value === null ? null : formatParamValue("threshold", change.value) };
    case "military":
      return { military: formatParamValue("military", change.value) };
    case "reading":
      return { reading: change.value === "annex" ? null : formatParamValue("reading", change.value) };
    case "extraterritorial":
      return { extraterritorial: formatParamValue("extraterritorial", change.value) };
    case "exclusions":
      return { exclusions: change.value === "apply" ? null : formatParamValue("exclusions", change.value) };
    case "chinaShare":
      return { chinaShare: setChinaShareEntry(chinaShareEntries, change.symbol, change.value) };
    case "lens":
      return { lens: change.value === "dependency" ? null : formatParamValue("lens", change.value) };
    case "destination":
      return { destination: change.value === "us" ? null : formatParamValue("destination", change.value) };
    case "friction":
      return { friction: change.value === null ? null : formatParamValue("friction", change.value) };
    case "outcome":
      return { outcome: change.value === "range" ? null : formatParamValue("outcome", change.value) };
  }
}

/** A patch applied to a query string: for links built outside the page's URL state, and for tests. */
export function applyQueryPatch(query: URLSearchParams, patch: ScenarioQueryPatch): URLSearchParams {
  const out = new URLSearchParams(query);
  for (const [name, value] of Object.entries(patch)) {
    if (value === null || value === undefined) out.delete(name);
    else out.set(name, value);
  }
  return out;
}
