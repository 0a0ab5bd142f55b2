import type { ComponentForm, ElementSymbol } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import { type DeterminationContext, determineProduct } from "./determine-product";
import type { ExposureResult, ProductResult, SectorResult, StatusSplit } from "./exposure-types";
import type { Scenario } from "./scenario";
import { RESTRICTED_STATUSES, STATUSES, type Status } from "./status";
import { buildElementTable } from "./supply-shares";

export function createContext(dataset: Dataset, scenario: Scenario): DeterminationContext {
  const rules = new Map(dataset.controlRules.rules.map((r) => [r.form, r]));
  return {
    scenario,
    controlled: new Set(scenario.controlledElements),
    table: buildElementTable(
      [...dataset.elements.elements].sort((a, b) => a.atomicNumber - b.atomicNumber),
      scenario.chinaShareOverrides,
    ),
    rules,
    exclusions: new Map(dataset.measures.exclusions.map((e) => [e.id, e])),
    extraterritorial: dataset.controlRules.extraterritorial,
    formLabel: (form: ComponentForm) => rules.get(form)?.label ?? form.replaceAll("_", " "),
  };
}

function summariseSector(id: string, name: string, products: readonly ProductResult[]): SectorResult {
  const withVolume = products.filter((p) => p.annualValueUsd !== null);
  const valueUsd = withVolume.reduce((sum, p) => sum + (p.annualValueUsd ?? 0), 0);
  const byValue = valueUsd > 0;
  // Without any known volume the sector is weighed by product count, and says so.
  const weightOf = (p: ProductResult) => (byValue ? (p.valueAtRiskUsd ?? 0) / valueUsd : p.supplyWeight / products.length);

  const byStatus = Object.fromEntries(
    RESTRICTED_STATUSES.map((s) => {
      const members = products.filter((p) => p.status === s);
      return [
        s,
        {
          exposure: members.reduce((sum, p) => sum + weightOf(p), 0),
          valueAtRiskUsd: byValue ? members.reduce((sum, p) => sum + (p.valueAtRiskUsd ?? 0), 0) : null,
        },
      ];
    }),
  ) as StatusSplit;

  const contribution = new Map<ElementSymbol, number>();
  for (const p of products) {
    const w = weightOf(p);
    if (w > 0) for (const d of p.drivers) contribution.set(d, (contribution.get(d) ?? 0) + w);
  }
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const p of products) statusCounts[p.status] += 1;

  const exposure = Math.min(1, RESTRICTED_STATUSES.reduce((sum, s) => sum + byStatus[s].exposure, 0));
  return {
    id,
    name,
    exposure,
    exposureBasis: byValue ? "annual-value" : "product-count",
    valueUsd: byValue ? valueUsd : null,
    valueAtRiskUsd: byValue ? Math.min(valueUsd, products.reduce((sum, p) => sum + (p.valueAtRiskUsd ?? 0), 0)) : null,
    byStatus,
    drivers: [...contribution.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s),
    productCount: products.length,
    productsWithVolume: withVolume.length,
    statusCounts,
  };
}

/** The one exposure computation behind the page, the API and every report. */
export function computeExposure(dataset: Dataset, scenario: Scenario): ExposureResult {
  const ctx = createContext(dataset, scenario);
  const products = dataset.products.products.map((p) => determineProduct(p, ctx));
  const sectors = dataset.products.sectors.map((s) =>
    summariseSector(
      s.id,
      s.name,
      products.filter((p) => p.sectorId === s.id),
    ),
  );
  return { datasetVersion: dataset.meta.version, scenario, sectors, products };
}
