import { formatDay } from "../format/format-date";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import type { Dataset } from "../schemas/dataset";
import type { Measure } from "../schemas/measure";
import type { Regime, SuspensionMode } from "../schemas/regime";
import { getMeasuresInForce, getOpenMeasures } from "./measures-in-force";
import type { Destination, OutcomeRules, Scenario, ScenarioInput } from "./scenario";

export class ScenarioError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

const DESTINATION_CODE: Record<Destination, string | null> = { us: "US", jp: "JP", other: null };

type EndUseRule = { destination?: string | undefined; status?: string | undefined };

/** The measures (or parts) in force that deny military end use to this destination; Ann. 61's rule denies everywhere. */
function findMilitaryDenials(measures: readonly Measure[], inForce: ReadonlySet<string>, destination: Destination): Measure[] {
  const code = DESTINATION_CODE[destination];
  const matches = (r: EndUseRule | undefined) => r?.status === "denied" && r.destination !== undefined && r.destination === code;
  return measures.filter((m) => {
    if (!inForce.has(m.id) || m.practice) return false;
    if (m.type === "destination_specific" && matches(m.endUseRule)) return true;
    if ((m.parts ?? []).some((p) => inForce.has(`${m.id}#${p.part}`) && matches(p.endUseRule))) return true;
    return (m.endUserRules ?? []).some((r) => r.rule === "military_end_user" && r.status === "denied");
  });
}

function resolveOutcome(
  dataset: Dataset,
  input: ScenarioInput,
  asOf: string,
  suspensions: SuspensionMode,
  outcome: OutcomeRules["outcome"],
  destination: Destination,
): OutcomeRules {
  const measures = dataset.measures.measures;
  const inForce = getMeasuresInForce(measures, asOf, suspensions, outcome === "recorded" ? "lapsed" : outcome);
  const inForceSet = new Set(inForce);
  const live = measures.filter((m) => inForceSet.has(m.id));
  const atomic = new Map(dataset.elements.elements.map((e) => [e.symbol, e.atomicNumber]));
  const order = (list: Iterable<ElementSymbol>) =>
    [...new Set(list)].sort((a, b) => (atomic.get(a) ?? 0) - (atomic.get(b) ?? 0));

  const regimeControlled = order(live.filter((m) => m.type === "item_licensing").flatMap((m) => m.elementsAdded));
  const controlled = input.controlled ? order(input.controlled) : regimeControlled;
  const et = dataset.controlRules.extraterritorial;
  const extraterritorial = input.extraterritorial ?? inForceSet.has(`${et.measureId}#${et.part}`);
  const denials = findMilitaryDenials(measures, inForceSet, destination);
  const practice = (kind: string) => live.find((m) => m.practice?.kind === kind)?.practice;
  const checks = practice("ndfeb-content-checks");
  const advanced = live.some((m) => (m.endUserRules ?? []).some((r) => r.status === "case_by_case" && /logic|memory/.test(r.rule)));
  return {
    outcome,
    measuresInForce: inForce,
    controlledElements: controlled,
    regimeControlledElements: regimeControlled,
    extraterritorial,
    deMinimisPct: extraterritorial ? (input.thresholdPct ?? et.defaultThresholdPct) : null,
    militaryEndUse: input.military ?? (denials.length > 0 ? "deny" : "license"),
    militaryBasis: denials[0]?.authority ?? null,
    samariumMilitaryDenied: practice("samarium-military-denial") !== undefined,
    advancedSemiconductor: advanced ? "case-by-case" : "license",
    // Held only while an element that makes NdFeB a listed item is controlled: no control, no content check.
    contentCheckElements: checks ? order(checks.elements.filter((s) => controlled.includes(s))) : [],
  };
}

function findRegime(dataset: Dataset, id: string): Regime {
  const regime = dataset.regimes.regimes.find((r) => r.id === id);
  if (!regime) {
    const known = dataset.regimes.regimes.map((r) => r.id).join(", ");
    throw new ScenarioError("regime", `unknown regime "${id}"; known: ${known}`);
  }
  return regime;
}

/**
 * Decides every rule of a scenario from a preset or a date plus the user's overrides. `today` is passed in so that
 * the engine stays pure and "as of today" is reproducible. Where the date falls after a suspension's scheduled end that
 * the record does not cover, both outcomes are resolved (a range) unless the input picks one.
 */
export function resolveScenario(dataset: Dataset, input: ScenarioInput, today: string): Scenario {
  const regime = input.regime === undefined ? undefined : findRegime(dataset, input.regime);
  if (!regime && input.asOf === undefined) throw new ScenarioError("regime", "give a regime or an asOf date");

  const asOf = input.asOf ?? (regime?.asOf === "today" || !regime ? today : regime.asOf);
  const suspensions = regime?.suspensions ?? "as-scheduled";
  const destination = input.destination ?? "us";
  const openMeasures = getOpenMeasures(dataset.measures.measures, asOf, suspensions);
  const open = openMeasures.length > 0;
  const picked = input.outcome === "extended" || input.outcome === "lapsed" ? input.outcome : null;
  const outcomeIds: OutcomeRules["outcome"][] = !open ? ["recorded"] : picked ? [picked] : ["extended", "lapsed"];
  const outcomes = outcomeIds.map((o) => resolveOutcome(dataset, input, asOf, suspensions, o, destination));
  const first = outcomes[0];
  if (!first) throw new Error("unreachable: a scenario has at least one outcome");

  const et = dataset.controlRules.extraterritorial;
  const friction = regime?.friction ?? dataset.regimes.defaultFriction;
  const overrides: string[] = [];
  const differs = (a: readonly string[], b: readonly string[]) => a.join() !== b.join();
  if (input.controlled && outcomes.some((o) => differs(o.controlledElements, o.regimeControlledElements))) overrides.push("controlledElements");
  if (input.extraterritorial !== undefined && outcomes.some((o) => o.measuresInForce.includes(`${et.measureId}#${et.part}`) !== input.extraterritorial)) {
    overrides.push("extraterritorial");
  }
  if (input.thresholdPct !== undefined && input.thresholdPct !== et.defaultThresholdPct && outcomes.some((o) => o.extraterritorial)) overrides.push("deMinimisPct");
  if ((input.reading ?? "annex") !== "annex") overrides.push("reading");
  if (input.military !== undefined) {
    const natural = outcomes.map((o) => resolveOutcome(dataset, { ...input, military: undefined }, asOf, suspensions, o.outcome, destination).militaryEndUse);
    if (natural.some((m) => m !== input.military)) overrides.push("militaryEndUse");
  }
  if ((input.exclusions ?? "apply") !== "apply") overrides.push("exclusions");
  if (input.frictionPct !== undefined && input.frictionPct !== friction.value) overrides.push("friction");
  const chinaShareOverrides: Partial<Record<ElementSymbol, number>> = {};
  for (const s of ELEMENT_SYMBOLS) {
    const v = input.chinaShare?.[s];
    if (v !== undefined) chinaShareOverrides[s] = v;
  }
  if (Object.keys(chinaShareOverrides).length > 0) overrides.push("chinaShare");

  const caveats: string[] = [];
  if (regime?.caveat) caveats.push(regime.caveat);
  if (open && regime?.id !== "as-of-today") {
    caveats.push(
      picked
        ? `Not on record: what happened after a suspension's scheduled end (${suspensionEnds(dataset, openMeasures)}) is not in the sources; this view assumes the suspension ${picked === "extended" ? "was extended" : "lapsed"}.`
        : `Not on record: what happened after a suspension's scheduled end (${suspensionEnds(dataset, openMeasures)}) is not in the sources, so every figure is a range: low = suspension extended, high = lapsed.`,
    );
  } else if (open && picked) {
    caveats.push(`This view assumes the suspension ${picked === "extended" ? "was extended" : "lapsed"}; the record does not say which.`);
  }

  return {
    regime: regime?.id ?? null,
    regimeName: regime?.name ?? `Measures in force on ${asOf}`,
    kind: regime?.kind ?? "as-of",
    asOf,
    suspensions,
    lens: input.lens ?? "dependency",
    destination,
    reading: input.reading ?? "annex",
    exclusions: input.exclusions ?? "apply",
    frictionPct: input.frictionPct ?? friction.value,
    chinaShareOverrides,
    outcome: !open ? "recorded" : (picked ?? "range"),
    openMeasures,
    outcomes,
    overrides,
    caveats,
  };
}

/** "10 Nov 2026" style list of the scheduled ends behind the open measures. */
function suspensionEnds(dataset: Dataset, open: readonly string[]): string {
  const ends = new Set<string>();
  for (const id of open) {
    const [mid, part] = id.split("#");
    const m = dataset.measures.measures.find((x) => x.id === mid);
    const until = part ? m?.parts?.find((p) => p.part === part)?.suspendedUntil : m?.suspendedUntil;
    if (until) ends.add(until);
  }
  return [...ends].sort().map(formatDay).join(", ");
}
