import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import type { Dataset } from "../schemas/dataset";
import type { Regime } from "../schemas/regime";
import { getMeasuresInForce } from "./measures-in-force";
import type { Scenario, ScenarioInput } from "./scenario";

export class ScenarioError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

const bySymbolOrder = (a: ElementSymbol, b: ElementSymbol, atomic: Map<string, number>) =>
  (atomic.get(a) ?? 0) - (atomic.get(b) ?? 0);

/**
 * Decides every rule of a scenario from a preset or a date plus the user's overrides.
 * `today` is passed in so that the engine stays pure and "as of today" is reproducible.
 */
export function resolveScenario(dataset: Dataset, input: ScenarioInput, today: string): Scenario {
  let regime: Regime | undefined;
  if (input.regime !== undefined) {
    regime = dataset.regimes.regimes.find((r) => r.id === input.regime);
    if (!regime) {
      const known = dataset.regimes.regimes.map((r) => r.id).join(", ");
      throw new ScenarioError("regime", `unknown regime "${input.regime}"; known: ${known}`);
    }
  } else if (input.asOf === undefined) {
    throw new ScenarioError("regime", "give a regime or an asOf date");
  }

  const asOf = input.asOf ?? (regime?.asOf === "today" ? today : (regime?.asOf ?? today));
  const suspensions = regime?.suspensions ?? "as-scheduled";
  const measures = dataset.measures.measures;
  const inForce = getMeasuresInForce(measures, asOf, suspensions);
  const inForceSet = new Set(inForce);
  const atomic = new Map(dataset.elements.elements.map((e) => [e.symbol, e.atomicNumber]));
  const order = (list: Iterable<ElementSymbol>) =>
    [...new Set(list)].sort((a, b) => bySymbolOrder(a, b, atomic));

  const regimeControlled = order(
    measures.filter((m) => m.type === "item_licensing" && inForceSet.has(m.id)).flatMap((m) => m.elementsAdded),
  );

  const et = dataset.controlRules.extraterritorial;
  const regimeExtraterritorial = inForceSet.has(`${et.measureId}#${et.part}`);
  const endUserRules = measures.filter((m) => inForceSet.has(m.id)).flatMap((m) => m.endUserRules ?? []);
  const partsDenying = measures.flatMap((m) =>
    (m.parts ?? []).filter((p) => p.endUseRule?.status === "denied" && inForceSet.has(`${m.id}#${p.part}`)),
  );
  const destinationDenials = measures.filter(
    (m) => inForceSet.has(m.id) && m.type === "destination_specific" && m.endUseRule?.status === "denied",
  );
  const regimeMilitary =
    endUserRules.some((r) => r.rule === "military_end_user") || partsDenying.length > 0 || destinationDenials.length > 0
      ? "deny"
      : "license";
  const regimeAdvanced = endUserRules.some((r) => r.status === "case_by_case" && /logic|memory/.test(r.rule))
    ? "case-by-case"
    : "license";

  const overrides: string[] = [];
  const controlled = input.controlled ? order(input.controlled) : regimeControlled;
  if (input.controlled && controlled.join() !== regimeControlled.join()) overrides.push("controlledElements");
  const extraterritorial = input.extraterritorial ?? regimeExtraterritorial;
  if (input.extraterritorial !== undefined && input.extraterritorial !== regimeExtraterritorial) overrides.push("extraterritorial");
  if (extraterritorial && input.thresholdPct !== undefined && input.thresholdPct !== et.defaultThresholdPct) overrides.push("deMinimisPct");
  const reading = input.reading ?? "annex";
  if (reading !== "annex") overrides.push("reading");
  const militaryEndUse = input.military ?? regimeMilitary;
  if (input.military !== undefined && input.military !== regimeMilitary) overrides.push("militaryEndUse");
  const exclusions = input.exclusions ?? "apply";
  if (exclusions !== "apply") overrides.push("exclusions");
  const chinaShareOverrides: Partial<Record<ElementSymbol, number>> = {};
  for (const s of ELEMENT_SYMBOLS) {
    const v = input.chinaShare?.[s];
    if (v !== undefined) chinaShareOverrides[s] = v;
  }
  if (Object.keys(chinaShareOverrides).length > 0) overrides.push("chinaShare");

  const caveats: string[] = [];
  if (regime?.caveat) caveats.push(regime.caveat);
  if (asOf >= "2026-11-10" && suspensions !== "ignored") {
    caveats.push(
      "The record found ends before 10 Nov 2026, when Ann. 70's suspension was scheduled to end: whether it was renewed is not known.",
    );
  }

  return {
    regime: regime?.id ?? null,
    regimeName: regime?.name ?? `Measures in force on ${asOf}`,
    kind: regime?.kind ?? "as-of",
    asOf,
    suspensions,
    measuresInForce: inForce,
    controlledElements: controlled,
    regimeControlledElements: regimeControlled,
    extraterritorial,
    deMinimisPct: extraterritorial ? (input.thresholdPct ?? et.defaultThresholdPct) : null,
    reading,
    militaryEndUse,
    advancedSemiconductor: regimeAdvanced,
    civilGeneralLicence: regime?.civilGeneralLicence ?? false,
    exclusions,
    chinaShareOverrides,
    overrides,
    caveats,
  };
}
