import type { ElementSymbol } from "../schemas/common";
import type { SuspensionMode } from "../schemas/regime";

export type Reading = "annex" | "broad";
export type MilitaryRule = "license" | "deny";
export type ExclusionMode = "apply" | "ignore";

/** What a user asks for: a preset or a date, plus overrides. Every field optional but one of regime/asOf. */
export type ScenarioInput = {
  regime?: string;
  asOf?: string;
  controlled?: ElementSymbol[];
  thresholdPct?: number;
  reading?: Reading;
  military?: MilitaryRule;
  extraterritorial?: boolean;
  exclusions?: ExclusionMode;
  /** China's share (0..1) per element, applied to every supply route of that element. */
  chinaShare?: Partial<Record<ElementSymbol, number>>;
  // Model v2 (exposure-model.md): read by the scenario grammar now, applied by the engine once it uses them.
  /** What exposure measures: dependency on Chinese supply, or flows across China's border. */
  lens?: "dependency" | "border";
  /** Where the goods go: destination rules differ for the US and Japan. */
  destination?: "us" | "jp" | "other";
  /** Share of licensed supply not delivered in time, percent 0-100. */
  frictionPct?: number;
  /** How the suspension ending 10 Nov 2026 turns out. */
  outcome?: "extended" | "lapsed" | "range";
};

/** A scenario with every rule decided: the engine's only input besides the dataset. */
export type Scenario = {
  regime: string | null;
  regimeName: string;
  kind: "enacted" | "scenario" | "as-of";
  asOf: string;
  suspensions: SuspensionMode;
  measuresInForce: string[];
  controlledElements: ElementSymbol[];
  regimeControlledElements: ElementSymbol[];
  extraterritorial: boolean;
  /** The 0.1 % test's threshold in percent; null when no extraterritorial rule applies. */
  deMinimisPct: number | null;
  reading: Reading;
  militaryEndUse: MilitaryRule;
  advancedSemiconductor: "license" | "case-by-case";
  civilGeneralLicence: boolean;
  exclusions: ExclusionMode;
  chinaShareOverrides: Partial<Record<ElementSymbol, number>>;
  /** Names of the fields the user changed from the preset. */
  overrides: string[];
  caveats: string[];
};
