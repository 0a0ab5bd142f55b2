import { createKernelContext, getElementPrices } from "../engine/kernel-context";
import { resolveScenario } from "../engine/resolve-scenario";
import type { KernelContext } from "../engine/rules-kernel";
import type { Destination, Scenario } from "../engine/scenario";
import type { LookupTables } from "../lookup/lookup-code";
import type { ElementSymbol } from "../schemas/constants";
import type { Dataset } from "../schemas/dataset";
import { scenarioToInput } from "../scenario/scenario-query";

/** Everything the triage of a parts list reads besides the lines: one rules kernel per outcome and buyer's country. */
export type PartsContext = {
  scenario: Scenario;
  /** The kernel contexts of each outcome the scenario evaluates, for a buyer's country (the scenario's, or a row's). */
  kernelsFor: (destination: Destination) => KernelContext[];
  lookup: LookupTables;
  order: ReadonlyMap<ElementSymbol, number>;
};

/**
 * The context for triaging lines under a scenario. A row naming its own destination is decided under that buyer's
 * country: the scenario is resolved again with that one field changed, by the same resolver as the dashboard's.
 */
export function createPartsContext(dataset: Dataset, scenario: Scenario, lookup: LookupTables): PartsContext {
  const prices = getElementPrices(dataset);
  const cache = new Map<Destination, KernelContext[]>();
  const kernelsFor = (destination: Destination): KernelContext[] => {
    let k = cache.get(destination);
    if (!k) {
      const s = destination === scenario.destination ? scenario : resolveScenario(dataset, { ...scenarioToInput(scenario), destination }, scenario.asOf);
      k = s.outcomes.map((o) => createKernelContext(dataset, s, o, prices));
      cache.set(destination, k);
    }
    return k;
  };
  return {
    scenario,
    kernelsFor,
    lookup,
    order: new Map(dataset.elements.elements.map((e) => [e.symbol, e.atomicNumber])),
  };
}
