import type { Destination, ExclusionMode, Lens, MilitaryRule, Reading, Scenario } from "../engine/scenario";
import { formatDay } from "../format/format-date";
import type { ShareEntries } from "../scenario/param-readers";

export type RegimeOption = { id: string; label: string };

export type RegimePickerView = {
  enacted: RegimeOption[];
  scenarios: RegimeOption[];
  /** The preset shown, or null when the page evaluates a date ("Measures in force on …"). */
  selected: string | null;
  /** The option standing for a date without a preset. */
  asOfLabel: string | null;
  asOf: string;
  description: string | null;
};

/** What the picker needs of a preset: the dataset's regimes and GET /api/regimes's summaries both have it. */
export type RegimeLike = { id: string; name: string; kind: "enacted" | "scenario"; effective: string | null; description: string };

/** The preset picker: enacted measures with their dates, then the Kuala Lumpur scenarios; `selected` null for a date. */
export function toRegimePickerView(regimes: readonly RegimeLike[], selected: string | null, asOf: string): RegimePickerView {
  const current = regimes.find((r) => r.id === selected);
  return {
    enacted: regimes.filter((r) => r.kind === "enacted").map((r) => ({ id: r.id, label: r.effective ? `${r.name} (from ${formatDay(r.effective)})` : r.name })),
    scenarios: regimes.filter((r) => r.kind === "scenario").map((r) => ({ id: r.id, label: r.name })),
    selected: current ? current.id : null,
    asOfLabel: current ? null : `Measures in force on ${formatDay(asOf)}`,
    asOf,
    description: current?.description ?? null,
  };
}

export type OutcomeSwitch = "range" | "extended" | "lapsed";

/** What each control shows; the controls send a RuleChange (lib/scenario/scenario-url-actions) back. */
export type ControlsView = {
  lens: Lens;
  destination: Destination;
  /** Shown only where the record leaves a suspension's end open. */
  outcome: OutcomeSwitch | null;
  /** The friction the user set, or null to follow the preset's (shown as the placeholder). */
  friction: number | null;
  frictionDefault: number;
  extraterritorial: "on" | "off";
  thresholdPct: number | null;
  reading: Reading;
  military: MilitaryRule;
  exclusions: ExclusionMode;
  /** The China-share what-if as written in the link, per element and "all". */
  chinaShare: ShareEntries;
};

/**
 * The controls' values. Where the record leaves two outcomes, the rule controls show the high one's (the suspension
 * lapsed): an override applies to both alike.
 */
export function toControlsView(scenario: Scenario, thresholdPct: number | undefined, chinaShare: ShareEntries): ControlsView {
  const rules = scenario.outcomes[scenario.outcomes.length - 1];
  return {
    lens: scenario.lens,
    destination: scenario.destination,
    outcome: scenario.openMeasures.length === 0 ? null : scenario.outcome === "extended" || scenario.outcome === "lapsed" ? scenario.outcome : "range",
    friction: scenario.overrides.includes("friction") ? scenario.frictionPct : null,
    frictionDefault: scenario.frictionPct,
    extraterritorial: rules?.extraterritorial ? "on" : "off",
    thresholdPct: thresholdPct ?? rules?.deMinimisPct ?? null,
    reading: scenario.reading,
    military: rules?.militaryEndUse ?? "license",
    exclusions: scenario.exclusions,
    chinaShare,
  };
}

/** Two controls views with the same values (the China-share entries compared key by key). */
export function sameControls(a: ControlsView, b: ControlsView): boolean {
  const keys = Object.keys(a) as (keyof ControlsView)[];
  return keys.every((k) => (k === "chinaShare" ? sameEntries(a.chinaShare, b.chinaShare) : a[k] === b[k]));
}

function sameEntries(a: ShareEntries, b: ShareEntries): boolean {
  const ka = Object.keys(a) as (keyof ShareEntries)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** Two picker views that show the same (the option lists come from the dataset: compared by length and ids). */
export function samePicker(a: RegimePickerView, b: RegimePickerView): boolean {
  const sameOptions = (x: RegimeOption[], y: RegimeOption[]) => x.length === y.length && x.every((o, i) => o.id === y[i]?.id && o.label === y[i]?.label);
  return a.selected === b.selected && a.asOf === b.asOf && a.asOfLabel === b.asOfLabel && a.description === b.description && sameOptions(a.enacted, b.enacted) && sameOptions(a.scenarios, b.scenarios);
}
