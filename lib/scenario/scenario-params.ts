import type { Scenario, ScenarioInput } from "../engine/scenario";
import {
  type EnumOptions,
  formatElementList,
  formatNumber,
  formatPercent,
  formatShareMap,
  readDate,
  readElementList,
  readEnum,
  readPercent,
  readRegimeId,
  readShareMap,
  type ValueRead,
} from "./param-readers";

/**
 * THE scenario grammar: one entry per query parameter, from which the strict parser (API), the lenient parser (page
 * links), the canonical formatter (links, reports, the page URL), the list of known names, the README's parameter
 * table and the zod schemas (scenario-param-schemas.ts) are all derived. Plain data and functions, no zod, so the
 * page can ship it.
 */

export type ParamIssue = { param: string; message: string };

export type ParamKind = "regime-id" | "date" | "element-list" | "percent" | "share-map" | "enum";

type Value<F extends keyof ScenarioInput> = Exclude<ScenarioInput[F], undefined>;

export type ParamSpec<F extends keyof ScenarioInput> = {
  kind: ParamKind;
  /** The ScenarioInput field the parameter fills. */
  field: F;
  /** What it means, for the API reference (README) and the zod/OpenAPI description. */
  description: string;
  /** The values it takes, as the README writes them. */
  valuesDoc: string;
  /** What applies when it is not given. */
  defaultDoc: string;
  /** A canonical example value. */
  example: string;
  /** Canonical values of an enum, in the order the docs list them. */
  values?: readonly string[];
  /** Other spellings of an enum and the value each means (documented ones are read without a warning). */
  aliases?: EnumOptions<string>["aliases"];
  /** Bounds of a number or date. */
  bounds?: { min: number | string; max: number | string };
  /** 2: read and passed on now, applied by the next model version. */
  modelVersion: 1 | 2;
  read: (raw: string) => ValueRead<Value<F>>;
  /** The canonical spelling; null when the value writes as no parameter at all (an empty share map). */
  format: (value: Value<F>) => string | null;
  /** The value a resolved scenario holds, to write a link that reproduces it without depending on a preset. */
  fromScenario: (s: Scenario) => ScenarioInput[F];
  /** Why the resolved scenario did not use a value that was given, or null when it did. */
  ignoredIn?: (s: Scenario) => string | null;
};

export type AnyParamSpec = { [F in keyof ScenarioInput]-?: ParamSpec<F> }[keyof ScenarioInput];

// ---- builders, one per kind ------------------------------------------------------------------------------------------

type Doc = Pick<ParamSpec<never>, "description" | "valuesDoc" | "defaultDoc"> & { modelVersion?: 1 | 2 };

function enumParam<F extends keyof ScenarioInput, T extends string>(
  field: F,
  o: Doc & EnumOptions<T> & {
    toValue: (token: T) => Value<F>;
    toToken: (value: Value<F>) => T;
    fromScenario: (s: Scenario) => ScenarioInput[F];
    ignoredIn?: (s: Scenario) => string | null;
  },
): ParamSpec<F> {
  return {
    kind: "enum",
    field,
    description: o.description,
    valuesDoc: o.valuesDoc,
    defaultDoc: o.defaultDoc,
    example: o.values[0]!,
    values: o.values,
    aliases: o.aliases,
    modelVersion: o.modelVersion ?? 1,
    read: (raw) => {
      const r = readEnum(raw, o);
      return r.ok ? { ok: true, value: o.toValue(r.value), notes: r.notes } : r;
    },
    format: (v) => o.toToken(v),
    fromScenario: o.fromScenario,
    ignoredIn: o.ignoredIn,
  };
}

/** An enum whose token is the ScenarioInput value itself. */
function wordParam<F extends keyof ScenarioInput, T extends string & Value<F>>(
  field: F,
  o: Doc & EnumOptions<T> & { fromScenario: (s: Scenario) => ScenarioInput[F]; ignoredIn?: (s: Scenario) => string | null },
): ParamSpec<F> {
  return enumParam<F, T>(field, { ...o, toValue: (t) => t, toToken: (v) => v as T });
}

/**
 * A model-v2 parameter: read and handed to the engine now; until the resolved scenario carries the field, the answer
 * says that it was not applied. The field is read from the scenario when present, so links keep it once it is.
 */
/** A rule the user set, as the scenario holds it; undefined when it follows the regime, so the link does too. */
const overridden = <T,>(s: Scenario, name: string, value: T): T | undefined => (s.overrides.includes(name) ? value : undefined);
/** The high outcome's rules (where the record leaves two, an override applies to both alike). */
const lastOutcome = (s: Scenario) => s.outcomes[s.outcomes.length - 1];

const THRESHOLD_IGNORED =
  "ignored: the 0.1 % rule (extraterritorial) is off in this scenario, so no threshold applies; add extraterritorial=on to apply it";

// ---- the table -------------------------------------------------------------------------------------------------------

export const SCENARIO_PARAMS_TABLE = {
  regime: {
    kind: "regime-id",
    field: "regime",
    description: "A preset: enacted measures, or a Kuala Lumpur scenario (GET /api/regimes lists them).",
    valuesDoc: "a preset id",
    defaultDoc: "— (one of `regime`/`asOf` is required)",
    example: "apr-2025",
    modelVersion: 1,
    read: readRegimeId,
    format: (v) => v,
    fromScenario: (s) => s.regime ?? undefined,
  } satisfies ParamSpec<"regime">,
  asOf: {
    kind: "date",
    field: "asOf",
    description: "Evaluate the measures in force on this day.",
    valuesDoc: "`YYYY-MM-DD` (a time after it is dropped, with a warning)",
    defaultDoc: "the preset's date",
    example: "2025-06-01",
    bounds: { min: "2000-01-01", max: "2100-12-31" },
    modelVersion: 1,
    read: (raw) => readDate(raw, { min: "2000-01-01", max: "2100-12-31" }),
    format: (v) => v,
    // The date always travels: a preset read on another day, or with its date changed, must resolve the same.
    fromScenario: (s) => s.asOf,
  } satisfies ParamSpec<"asOf">,
  controlled: {
    kind: "element-list",
    field: "controlled",
    description: "The controlled elements, replacing the regime's list.",
    valuesDoc: "element symbols separated by commas (`Dy,Tb`; spaces, `;` and `+` also separate), any case, or `none`",
    defaultDoc: "the regime's elements",
    example: "Dy,Tb",
    modelVersion: 1,
    read: readElementList,
    format: formatElementList,
    fromScenario: (s) => overridden(s, "controlledElements", lastOutcome(s)?.controlledElements),
  } satisfies ParamSpec<"controlled">,
  threshold: {
    kind: "percent",
    field: "thresholdPct",
    description: "De minimis threshold of the Ann. 61 0.1 % rule, percent of value; ignored (with a warning) where the rule is off.",
    valuesDoc: "percent 0–100 (`0.5` or `0.5%`)",
    defaultDoc: "`0.1` where the 0.1 % rule applies",
    example: "0.1",
    bounds: { min: 0, max: 100 },
    modelVersion: 1,
    read: (raw) => readPercent(raw, { min: 0, max: 100, example: "0.1", fractionHint: false }),
    format: formatNumber,
    fromScenario: (s) => overridden(s, "deMinimisPct", lastOutcome(s)?.deMinimisPct ?? undefined),
    ignoredIn: (s) => (s.outcomes.some((o) => o.extraterritorial) ? null : THRESHOLD_IGNORED),
  } satisfies ParamSpec<"thresholdPct">,
  reading: wordParam("reading", {
    description: "How the 0.1 % rule measures China-origin content: `annex`, magnets and targets against their own value; `broad`, any product against its value.",
    valuesDoc: "`annex` or `broad`",
    defaultDoc: "`annex`",
    values: ["annex", "broad"] as const,
    fromScenario: (s) => (s.reading === "annex" ? undefined : s.reading),
  }),
  military: wordParam("military", {
    description: "Military end use: licensed like civil use, or denied.",
    valuesDoc: "`license` (also `licence`, with a warning) or `deny`",
    defaultDoc: "from the measures in force",
    values: ["license", "deny"] as const,
    aliases: { licence: { to: "license" } },
    fromScenario: (s) => overridden(s, "militaryEndUse", lastOutcome(s)?.militaryEndUse),
  }),
  extraterritorial: enumParam("extraterritorial", {
    description: "Apply the Ann. 61 0.1 % rule (extraterritorial reach to goods made abroad).",
    valuesDoc: "`on` or `off`",
    defaultDoc: "from the measures in force",
    values: ["on", "off"] as const,
    toValue: (t) => t === "on",
    toToken: (v) => (v ? "on" : "off"),
    fromScenario: (s) => overridden(s, "extraterritorial", lastOutcome(s)?.extraterritorial),
  }),
  exclusions: wordParam("exclusions", {
    description: "Apply or ignore the MOFCOM FAQ exclusions (motors, finished electronics, phosphors…).",
    valuesDoc: "`apply` or `ignore`",
    defaultDoc: "`apply`",
    values: ["apply", "ignore"] as const,
    fromScenario: (s) => (s.exclusions === "apply" ? undefined : s.exclusions),
  }),
  chinaShare: {
    kind: "share-map",
    field: "chinaShare",
    description: "China-share what-if, percent, per element or for all: moves supply an element's routes carry from China to sources outside it (never raises exposure).",
    valuesDoc: "percent per element: `Dy:50,Tb:30` or `all:60` (a symbol's own value wins over `all`; `Dy:50%` also reads; a value of 1 or less without `%` is read as percent with a warning)",
    defaultDoc: "the dataset's shares",
    example: "Dy:50,Tb:30",
    bounds: { min: 0, max: 100 },
    modelVersion: 1,
    read: readShareMap,
    format: formatShareMap,
    fromScenario: (s) => (Object.keys(s.chinaShareOverrides).length > 0 ? s.chinaShareOverrides : undefined),
  } satisfies ParamSpec<"chinaShare">,
  lens: wordParam("lens", {
    description: "`border`: what an item bought from China needs at export (compliance); `dependency`: how much of a product made outside China depends on a controlled input upstream.",
    valuesDoc: "`dependency` or `border`",
    defaultDoc: "`dependency`",
    values: ["dependency", "border"] as const,
    modelVersion: 2,
    fromScenario: (s) => (s.lens === "dependency" ? undefined : s.lens),
  }),
  destination: wordParam("destination", {
    description: "The buyer's country: military end use is denied only where a measure says so for that destination.",
    valuesDoc: "`us`, `jp` or `other` (`eu` is `other`; `usa` and `japan` read with a warning)",
    defaultDoc: "`us`",
    values: ["us", "jp", "other"] as const,
    aliases: { usa: { to: "us" }, japan: { to: "jp" }, eu: { to: "other", silent: true } },
    modelVersion: 2,
    fromScenario: (s) => (s.destination === "us" ? undefined : s.destination),
  }),
  friction: {
    kind: "percent",
    field: "frictionPct",
    description: "Share of licensed supply that does not arrive in time, percent: value at risk weighs licensed and case-by-case products by it.",
    valuesDoc: "percent 0–100 (`75` or `75%`; a value of 1 or less without `%` is read as percent with a warning)",
    defaultDoc: "the preset's (75 % for most, from the June 2025 approval rate; see GET /api/regimes)",
    example: "75",
    bounds: { min: 0, max: 100 },
    read: (raw) => readPercent(raw, { min: 0, max: 100, example: "75", fractionHint: true }),
    format: (v) => formatPercent(v, { fractionHint: true }),
    modelVersion: 2,
    fromScenario: (s) => overridden(s, "friction", s.frictionPct),
  } satisfies ParamSpec<"frictionPct">,
  outcome: wordParam("outcome", {
    description: "After a suspension's scheduled end with nothing on record (Ann. 70, 10 Nov 2026): suspension extended, lapsed, or both as a range.",
    valuesDoc: "`extended`, `lapsed` or `range`",
    defaultDoc: "`range` where the record is silent",
    values: ["extended", "lapsed", "range"] as const,
    modelVersion: 2,
    fromScenario: (s) => (s.outcome === "extended" || s.outcome === "lapsed" ? s.outcome : undefined),
    ignoredIn: (s) => (s.openMeasures.length > 0 ? null : "ignored: the record decides every measure on this date, so there is no outcome to choose"),
  }),
} as const;

export type ScenarioParamName = keyof typeof SCENARIO_PARAMS_TABLE;

/** The names, in the order answers check and links write them. */
export const SCENARIO_PARAM_NAMES = Object.keys(SCENARIO_PARAMS_TABLE) as ScenarioParamName[];

export function getParamSpec(name: ScenarioParamName): AnyParamSpec {
  return SCENARIO_PARAMS_TABLE[name];
}

/** A value in its canonical spelling (null: write no parameter). */
export function formatParamValue(name: ScenarioParamName, value: unknown): string | null {
  return (getParamSpec(name).format as (v: unknown) => string | null)(value);
}
