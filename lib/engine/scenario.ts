import type { ElementSymbol } from "../schemas/common";
import type { SuspensionMode } from "../schemas/regime";
import type { OpenOutcome } from "./measures-in-force";

export type Reading = "annex" | "broad";
export type MilitaryRule = "license" | "deny";
export type ExclusionMode = "apply" | "ignore";
/** dependency: what output made outside China depends on upstream; border: what a traded item needs at China's border. */
export type Lens = "dependency" | "border";
/** The buyer's country: the destination rules of the measures differ by it. */
export type Destination = "us" | "jp" | "other";
/** How a suspension whose end is not on record is read: one outcome, or both as a range. */
export type OutcomeChoice = OpenOutcome | "range";

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
  /** China's share (0..1) of an element's supply: moves supply from the China routes to the no-China route. */
  chinaShare?: Partial<Record<ElementSymbol, number>>;
  lens?: Lens;
  destination?: Destination;
  /** Share of licensed supply that does not arrive in time, percent. */
  frictionPct?: number;
  outcome?: OutcomeChoice;
};

/**
 * The rules of one outcome, every one decided: what the rules kernel reads. A scenario holds one of these, or two
 * (suspension extended / lapsed) when the record does not say which.
 */
export type OutcomeRules = {
  /** "recorded": nothing open on the date; otherwise the outcome assumed for what the record does not hold. */
  outcome: OpenOutcome | "recorded";
  measuresInForce: string[];
  controlledElements: ElementSymbol[];
  /** What the measures in force control, before the user's toggles. */
  regimeControlledElements: ElementSymbol[];
  /** The Ann. 61 0.1 % rule applies. */
  extraterritorial: boolean;
  /** The 0.1 % test's threshold in percent; null when no extraterritorial rule applies. */
  deMinimisPct: number | null;
  militaryEndUse: MilitaryRule;
  /** The measure (title) that denies military end use for this destination, or null. */
  militaryBasis: string | null;
  /** No samarium for military users, any destination (a practice on record). */
  samariumMilitaryDenied: boolean;
  advancedSemiconductor: "license" | "case-by-case";
  /** Customs holds all NdFeB for content checks (while Dy/Tb/Ho NdFeB is controlled): the elements that trigger it. */
  contentCheckElements: ElementSymbol[];
};

/** A scenario with every rule decided: the engine's only input besides the dataset. */
export type Scenario = {
  regime: string | null;
  regimeName: string;
  kind: "enacted" | "scenario" | "as-of";
  asOf: string;
  suspensions: SuspensionMode;
  lens: Lens;
  destination: Destination;
  reading: Reading;
  exclusions: ExclusionMode;
  frictionPct: number;
  chinaShareOverrides: Partial<Record<ElementSymbol, number>>;
  /** "recorded" when nothing is open on the date; else the outcome(s) evaluated. */
  outcome: OutcomeChoice | "recorded";
  /** Measures (and parts) whose status on the date is not on record. */
  openMeasures: string[];
  /** One entry, or two (extended, then lapsed) for a range. */
  outcomes: OutcomeRules[];
  /** Names of the fields the user changed from the preset. */
  overrides: string[];
  caveats: string[];
};
