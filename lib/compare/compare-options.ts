import { resolveScenario } from "../engine/resolve-scenario";
import type { Destination, Scenario, ScenarioInput } from "../engine/scenario";
import { splitControlled } from "../report/scenario-lines";
import { formatScenarioParams, scenarioToInput, scenarioToQuery } from "../scenario/scenario-query";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import type { Dataset } from "../schemas/dataset";
import { compareHref } from "./compare-query";

/** A "Compare with…" choice: the scenario on screen as A, this one as B. */
export type CompareOption = { id: string; group: "preset" | "variant"; label: string; href: string };

const DESTINATION_LABEL: Record<Destination, string> = { us: "a buyer in the US", jp: "a buyer in Japan", other: "a buyer elsewhere (EU, India, Korea, …)" };

/**
 * What the scenario on screen can be compared with: every other preset (pinned to the date it resolves to today, so
 * the link keeps its meaning), and the same scenario with one thing changed: the suspension's outcome where the record
 * leaves it open (the October 2025 measures back, or not), October 2025's elements added, the other lens, another
 * buyer's country. Links are written in the one scenario grammar.
 */
export function listCompareOptions(dataset: Dataset, scenario: Scenario, today: string): CompareOption[] {
  const a = scenarioToQuery(scenario);
  const custom = scenario.regime === null || a !== formatScenarioParams({ regime: scenario.regime, asOf: scenario.asOf }).toString();
  const options: CompareOption[] = [];
  for (const r of dataset.regimes.regimes) {
    if (r.id === scenario.regime && !custom) continue;
    options.push({ id: r.id, group: "preset", label: r.name, href: compareHref(a, scenarioToQuery(resolveScenario(dataset, { regime: r.id }, today))) });
  }
  const input = scenarioToInput(scenario);
  const variant = (id: string, label: string, change: ScenarioInput) => {
    const b = scenarioToQuery(resolveScenario(dataset, { ...input, ...change }, today));
    if (b !== a) options.push({ id, group: "variant", label, href: compareHref(a, b) });
  };
  if (scenario.outcome === "range" || scenario.outcome === "lapsed") variant("outcome-extended", "This scenario if the suspension is extended", { outcome: "extended" });
  if (scenario.outcome === "range" || scenario.outcome === "extended") variant("outcome-lapsed", "This scenario if the suspension lapsed: the October 2025 measures back", { outcome: "lapsed" });
  const october = resolveScenario(dataset, { regime: "oct-2025" }, today);
  const current = new Set(splitControlled(scenario).union);
  const added = splitControlled(october).union.filter((e) => !current.has(e));
  if (added.length > 0) {
    const controlled = ELEMENT_SYMBOLS.filter((e): e is ElementSymbol => current.has(e) || added.includes(e));
    variant("october-elements", `This scenario with October 2025's elements controlled too (+${added.join(", ")})`, { controlled });
  }
  variant("other-lens", `This scenario in the ${scenario.lens === "dependency" ? "border" : "dependency"} lens`, { lens: scenario.lens === "dependency" ? "border" : "dependency" });
  for (const d of ["us", "jp", "other"] as const) if (d !== scenario.destination) variant(`destination-${d}`, `This scenario for ${DESTINATION_LABEL[d]}`, { destination: d });
  return options;
}
