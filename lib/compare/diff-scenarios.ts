import type { Scenario } from "../engine/scenario";
import { describeScenarioLines, splitControlled } from "../report/scenario-lines";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";

/** What a scenario setting is, for deciding which changes bear on a product. */
export type ScenarioSetting =
  | "regime"
  | "asOf"
  | "outcome"
  | "lens"
  | "destination"
  | "elements"
  | "extraterritorial"
  | "reading"
  | "military"
  | "advanced"
  | "exclusions"
  | "friction"
  | "chinaShare"
  | "overrides"
  | "openMeasures"
  | "contentChecks";

/** The labels of describeScenarioLines, in its order: every line a report prints has a setting. */
export const SETTING_OF_LINE: Record<string, ScenarioSetting> = {
  Regime: "regime",
  "As of": "asOf",
  Outcome: "outcome",
  Lens: "lens",
  "Buyer's country": "destination",
  "Controlled elements": "elements",
  "0.1 % rule (Ann. 61)": "extraterritorial",
  Reading: "reading",
  "Military end use": "military",
  "Advanced-node chips": "advanced",
  "FAQ exclusions": "exclusions",
  "Licence friction": "friction",
  "China-share what-if": "chinaShare",
  "Changed from the preset": "overrides",
  "Measures not on record": "openMeasures",
};

/**
 * Not a line of the reports' scenario block but part of what the date puts in force: from April to June 2025 customs
 * held every NdFeB magnet for content checks (rules-kernel.ts), which explains status changes no rule names.
 */
const CONTENT_CHECKS_LABEL = "Customs content checks on NdFeB";

function describeContentChecks(s: Scenario): string {
  const texts = s.outcomes.map((o) => (o.contentCheckElements.length > 0 ? `all NdFeB held while ${o.contentCheckElements.join(", ")}-bearing NdFeB is licensed` : "none"));
  if (new Set(texts).size === 1) return texts[0] ?? "none";
  return s.outcomes.map((o, i) => `${texts[i]} if the suspension ${o.outcome === "extended" ? "was extended" : "lapsed"}`).join("; ");
}

/** One setting that differs, in the words every report uses for it. */
export type ScenarioChange = { setting: ScenarioSetting; label: string; a: string; b: string };

export type ScenarioDiff = {
  changes: ScenarioChange[];
  /** Controlled in B (in any outcome it evaluates) and in no outcome of A; and the reverse. */
  elementsAdded: ElementSymbol[];
  elementsRemoved: ElementSymbol[];
  /** Elements whose China-share what-if differs. */
  chinaShareChanged: ElementSymbol[];
};

const inAtomicOrder = (set: ReadonlySet<string>) => ELEMENT_SYMBOLS.filter((s) => set.has(s));

/**
 * What changed from scenario A to scenario B: every line of the scenario's description that reads differently (so a
 * comparison names a change exactly as the reports name the setting), and the elements added, removed or re-weighted.
 */
export function diffScenarios(a: Scenario, b: Scenario): ScenarioDiff {
  const linesA = describeScenarioLines(a);
  const linesB = new Map(describeScenarioLines(b));
  const changes: ScenarioChange[] = [];
  for (const [label, textA] of linesA) {
    const textB = linesB.get(label) ?? "";
    const setting = SETTING_OF_LINE[label];
    if (setting && textA !== textB) changes.push({ setting, label, a: textA, b: textB });
  }
  const checksA = describeContentChecks(a);
  const checksB = describeContentChecks(b);
  if (checksA !== checksB) changes.push({ setting: "contentChecks", label: CONTENT_CHECKS_LABEL, a: checksA, b: checksB });
  const controlledA = new Set(splitControlled(a).union);
  const controlledB = new Set(splitControlled(b).union);
  const shareKeys = new Set([...Object.keys(a.chinaShareOverrides), ...Object.keys(b.chinaShareOverrides)]) as Set<ElementSymbol>;
  return {
    changes,
    elementsAdded: inAtomicOrder(new Set([...controlledB].filter((e) => !controlledA.has(e)))),
    elementsRemoved: inAtomicOrder(new Set([...controlledA].filter((e) => !controlledB.has(e)))),
    chinaShareChanged: inAtomicOrder(new Set([...shareKeys].filter((e) => a.chinaShareOverrides[e] !== b.chinaShareOverrides[e]))),
  };
}
