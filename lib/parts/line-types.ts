// The kinds of line a parts list holds, as far as China's rare-earth controls are concerned. Plain constants.
import type { ComponentForm, ElementSymbol } from "../schemas/constants";

export const LINE_TYPES = [
  "ndfeb_magnet",
  "smco_magnet",
  "bonded_magnet",
  /** A permanent magnet whose material the line does not say (HS 8505.11 alone, "Magnet 20x10x5"). */
  "magnet_unspecified",
  "motor_or_rotor_assembly",
  "sensor",
  "sputtering_target",
  "oxide_powder",
  "coating",
  "phosphor",
  "catalyst",
  "alloy",
  "re_metal",
  "doped_fibre",
  "finished_electronics",
  "no_rare_earth",
  "unknown",
] as const;
export type LineType = (typeof LINE_TYPES)[number];

/** NdFeB grade families by maximum working temperature, as magnet makers name them (N42SH → SH). */
export const NDFEB_GRADE_FAMILIES = ["N", "M", "H", "SH", "UH", "EH", "AH"] as const;
export type NdfebGradeFamily = (typeof NDFEB_GRADE_FAMILIES)[number];

/**
 * The form a line crosses the border in: `listed` when it is the listed item itself (a magnet, a target, an oxide),
 * the `tradedAs` of a MOFCOM FAQ exclusion in data/measures.json (motor, rotor_stator_assembly, …), the material
 * form for what no measure lists (coating, catalyst), `not_applicable` for a line with no rare earth, and `unknown`
 * where the line does not say (a sensor that may or may not be injection-moulded).
 */
export const TRADED_AS = [
  "listed",
  "motor",
  "rotor_stator_assembly",
  "injection_moulded_sensor_assembly",
  "finished_electronics",
  "calcined_catalyst_powder",
  "phosphor",
  "consumer_magnetic_accessory",
  "coating",
  "catalyst",
  "not_applicable",
  "unknown",
] as const;
export type TradedAs = (typeof TRADED_AS)[number];

/** What a motor or rotor is used in, where a source gives a typical magnet mass for it (data/typical-composition.json). */
export const APPLICATIONS = ["ev_traction", "eps", "small_auto_motor"] as const;
export type Application = (typeof APPLICATIONS)[number];

export type EvidenceSource = "type-column" | "description" | "customs-code";

export type Evidence = {
  from: EvidenceSource;
  /** The words or code that decided: "NdFeB", "N42SH", "8505.11". */
  matched: string;
  /** What they say, in words. */
  reads: string;
  /** The line types this evidence allows. */
  types: LineType[];
};

export type LineClassification = {
  type: LineType;
  grade: { family: NdfebGradeFamily; text: string } | null;
  smcoKind: "SmCo5" | "Sm2Co17" | null;
  application: Application | null;
  /** The project's component form of the rare-earth-bearing part; null where the line does not say. */
  form: ComponentForm | null;
  tradedAs: TradedAs;
  /** Elements the line names (Dy, "Dysprosium", Dy2O3); never those of its customs code, which are only candidates. */
  elements: ElementSymbol[];
  /** Elements the line says it is free of ("Dy-free", "HRE-frei"). */
  declaredFree: ElementSymbol[];
  grainBoundaryDiffused: boolean;
  /** Material names the line gives (ysz, y2o3, terfenol-d): they select a composition row. */
  materials: string[];
  evidence: Evidence[];
  confidence: "high" | "medium" | "low" | "none";
  /** Where the type column, the description and the customs code disagree: reported, not resolved silently. */
  conflicts: string[];
  /** Why the reading may be wrong in a way that would change the answer: such a line is never cleared. */
  doubts: string[];
  notes: string[];
};

export const LINE_TYPE_LABELS: Record<LineType, string> = {
  ndfeb_magnet: "NdFeB magnet",
  smco_magnet: "SmCo magnet",
  bonded_magnet: "bonded magnet",
  magnet_unspecified: "permanent magnet (material not stated)",
  motor_or_rotor_assembly: "motor or rotor assembly",
  sensor: "sensor",
  sputtering_target: "sputtering target",
  oxide_powder: "oxide powder",
  coating: "coating",
  phosphor: "phosphor",
  catalyst: "catalyst",
  alloy: "alloy",
  re_metal: "rare-earth metal",
  doped_fibre: "doped optical fibre",
  finished_electronics: "finished electronics",
  no_rare_earth: "no rare earth",
  unknown: "not determined",
};
