import type { ExposureResult } from "../engine/exposure-types";
import type { Dataset } from "../schemas/dataset";

/** S before R before FX, then by number: S2 before S10. */
export function compareSourceIds(a: string, b: string): number {
  const rank = (id: string) => (id.startsWith("S") ? 0 : id.startsWith("R") ? 1 : 2);
  const num = (id: string) => Number(/\d+/.exec(id)?.[0] ?? Number.MAX_SAFE_INTEGER);
  return rank(a) - rank(b) || num(a) - num(b) || a.localeCompare(b);
}

/** Every source id named anywhere in the given records (any key ending in sourceIds), each once, sorted. */
export function collectSourceIds(...values: unknown[]): string[] {
  const ids = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (/sourceIds$/i.test(k) && Array.isArray(x)) x.forEach((id) => ids.add(String(id)));
        else walk(x);
      }
    }
  };
  values.forEach(walk);
  return [...ids].sort(compareSourceIds);
}

/**
 * The sources behind a scenario's sector figures: the regime, the measures in force, the control and extraterritorial
 * rules, every element's shares and prices, and every product (value, volume, components) the sectors sum over.
 */
export function sourcesOfResult(dataset: Dataset, result: Pick<ExposureResult, "scenario">): string[] {
  return collectSourceIds(...rulesOf(dataset, result), dataset.products.products);
}

/** The comparison evaluates every preset: every regime and every measure, on top of the elements and products. */
export function sourcesOfComparison(dataset: Dataset): string[] {
  return collectSourceIds(dataset.regimes, dataset.measures, dataset.controlRules, dataset.elements, dataset.products);
}

/** The timeline's dates come from the measures alone. */
export function sourcesOfTimeline(dataset: Dataset): string[] {
  return collectSourceIds(dataset.measures.measures);
}

/** China's shares by element and stage. */
export function sourcesOfChinaShares(dataset: Dataset): string[] {
  return collectSourceIds(dataset.elements.elements.map((e) => e.chinaShare));
}

/** A parts list is checked against the rules, not the dataset's products: the regime, measures, rules and elements. */
export function sourcesOfRules(dataset: Dataset, result: Pick<ExposureResult, "scenario">): string[] {
  return collectSourceIds(...rulesOf(dataset, result));
}

/** What a scenario's rules rest on: its regime, the measures in force under any outcome, the rules and the elements. */
function rulesOf(dataset: Dataset, result: Pick<ExposureResult, "scenario">) {
  const inForce = new Set(result.scenario.outcomes.flatMap((o) => o.measuresInForce));
  return [
    dataset.regimes.regimes.filter((r) => r.id === result.scenario.regime),
    dataset.measures.measures.filter((m) => inForce.has(m.id)),
    dataset.measures.exclusions,
    dataset.controlRules,
    dataset.elements.elements,
  ] as const;
}
