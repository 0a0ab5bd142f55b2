import type { ElementSymbol } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { Product } from "../schemas/product";
import { determineProduct, type ProductContext, type ProductOutcome } from "./determine-product";
import type { ComponentResult, ExposureResult, ProductResult, Range, SectorBasis, SectorResult, StatusRange } from "./exposure-types";
import { createKernelContext, getElementPrices, getRouteDefaults } from "./kernel-context";
import type { Scenario } from "./scenario";
import { compareStatus, RESTRICTED_STATUSES, type RestrictedStatus, STATUSES, type Status } from "./status";

const range = (values: readonly number[]): Range => ({ low: Math.min(...values), high: Math.max(...values) });
const rangeOrNull = (values: readonly (number | null)[]): Range | null =>
  values.some((v) => v === null) ? null : range(values as number[]);
const statusRange = (values: readonly Status[]): StatusRange => {
  const sorted = [...values].sort(compareStatus);
  return { low: sorted[0] ?? "free", high: sorted[sorted.length - 1] ?? "free" };
};

/**
 * What a sector's summary needs of one product under one outcome. Kept apart from the full ProductOutcome (its
 * components, routes and notes) so that those die young, product by product, instead of living until every product is
 * done: at 50,000 products the full outcomes were promoted to the old generation and GC and cache misses grew faster
 * than the product count.
 */
type SectorMember = {
  role: Product["role"];
  status: Status;
  borderDrivers: readonly ElementSymbol[];
  dependence: number;
  byElement: ReadonlyMap<ElementSymbol, number>;
  annualValueUsd: number | null;
  exposedValueUsd: number | null;
  valueAtRiskUsd: number | null;
};

const toSectorMember = (o: ProductOutcome): SectorMember => ({
  role: o.product.role,
  status: o.status,
  borderDrivers: o.border.drivers,
  dependence: o.dependence,
  byElement: o.byElement,
  annualValueUsd: o.annualValueUsd,
  exposedValueUsd: o.exposedValueUsd,
  valueAtRiskUsd: o.valueAtRiskUsd,
});

type SectorOutcome = {
  basis: SectorBasis;
  exposure: number;
  byStatus: Record<RestrictedStatus, number>;
  byElement: Map<ElementSymbol, number>;
  valueUsd: number | null;
  exposedValueUsd: number | null;
  valueAtRiskUsd: number | null;
  statusCounts: Record<Status, number>;
};

/** A sector under one outcome: value-weighted over its counted final goods, or by count where none has a volume. */
function summariseSector(members: readonly SectorMember[], lens: Scenario["lens"]): SectorOutcome {
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const p of members) statusCounts[p.status] += 1;
  const byStatus = Object.fromEntries(RESTRICTED_STATUSES.map((s) => [s, 0])) as Record<RestrictedStatus, number>;
  const byElement = new Map<ElementSymbol, number>();

  if (lens === "border") {
    // What each traded item needs at the border: the share of the sector's items that are not free, by count.
    const n = members.length;
    for (const p of members) if (p.status !== "free") byStatus[p.status] += 1 / n;
    for (const p of members) for (const d of p.borderDrivers) byElement.set(d, (byElement.get(d) ?? 0) + 1 / n);
    const exposure = n === 0 ? 0 : RESTRICTED_STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
    return { basis: "items", exposure, byStatus, byElement, valueUsd: null, exposedValueUsd: null, valueAtRiskUsd: null, statusCounts };
  }

  const finals = members.filter((p) => p.role === "final");
  const counted = finals.filter((p) => p.annualValueUsd !== null);
  if (counted.length > 0) {
    const valueUsd = counted.reduce((sum, p) => sum + (p.annualValueUsd ?? 0), 0);
    const exposed = counted.reduce((sum, p) => sum + (p.exposedValueUsd ?? 0), 0);
    const atRisk = counted.reduce((sum, p) => sum + (p.valueAtRiskUsd ?? 0), 0);
    for (const p of counted) {
      const w = (p.annualValueUsd ?? 0) / valueUsd;
      if (p.status !== "free") byStatus[p.status] += w * p.dependence;
      for (const [d, v] of p.byElement) byElement.set(d, (byElement.get(d) ?? 0) + w * v);
    }
    return {
      basis: "value",
      exposure: valueUsd > 0 ? Math.min(1, exposed / valueUsd) : 0,
      byStatus,
      byElement,
      valueUsd,
      exposedValueUsd: exposed,
      valueAtRiskUsd: Math.min(valueUsd, atRisk),
      statusCounts,
    };
  }
  const n = finals.length;
  for (const p of finals) {
    if (p.status !== "free") byStatus[p.status] += p.dependence / n;
    for (const [d, v] of p.byElement) byElement.set(d, (byElement.get(d) ?? 0) + v / n);
  }
  const exposure = n === 0 ? 0 : Math.min(1, finals.reduce((sum, p) => sum + p.dependence, 0) / n);
  return { basis: "count", exposure, byStatus, byElement, valueUsd: null, exposedValueUsd: null, valueAtRiskUsd: null, statusCounts };
}

function combineElements(maps: readonly Map<ElementSymbol, number>[], order: ReadonlyMap<ElementSymbol, number>): Partial<Record<ElementSymbol, Range>> {
  const keys = [...new Set(maps.flatMap((m) => [...m.keys()]))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const out: Partial<Record<ElementSymbol, Range>> = {};
  for (const k of keys) out[k] = range(maps.map((m) => m.get(k) ?? 0));
  return out;
}

function combineComponents(outcomes: readonly ProductOutcome[]): ComponentResult[] {
  const first = outcomes[0];
  if (!first) return [];
  const last = outcomes[outcomes.length - 1] ?? first;
  return first.components.map((c, i) => {
    const hi = last.components[i] ?? c;
    return {
      name: c.component.name,
      form: c.component.form,
      massG: c.component.massG,
      routeRef: c.shares.ref,
      shares: { listed: c.shares.listed, assembly: c.shares.assembly, madeOutside: c.shares.madeOutside, none: c.shares.none },
      routes: c.routes.map((r, j) => {
        const h = hi.routes[j] ?? r;
        return {
          route: r.route,
          share: r.share,
          caught: { low: r.effectiveShare > 0, high: h.effectiveShare > 0 },
          held: h.held,
          drivers: [...new Set([...r.drivers, ...h.drivers])],
          note: h.note,
        };
      }),
      dependence: range(outcomes.map((o) => o.components[i]?.dependence ?? 0)),
    };
  });
}

const OUTCOME_WORDS = { extended: "If the suspension was extended", lapsed: "If it lapsed", recorded: "" } as const;

function combineProduct(
  outcomes: readonly ProductOutcome[],
  scenario: Scenario,
  order: ReadonlyMap<ElementSymbol, number>,
): ProductResult {
  const labels = scenario.outcomes.map((x) => x.outcome);
  const lens = scenario.lens;
  const thresholds = scenario.outcomes.map((x) => x.deMinimisPct);
  const o = outcomes[0] as ProductOutcome;
  const p = o.product;
  const reasons = [...new Set(outcomes.map((x) => x.reason))];
  const reason = reasons.length === 1 ? (reasons[0] ?? "") : outcomes.map((x, i) => `${OUTCOME_WORDS[labels[i] ?? "recorded"]}: ${x.reason}`).join(" ");
  const borderReasons = [...new Set(outcomes.map((x) => x.border.reason))];
  const sortSymbols = (s: Iterable<ElementSymbol>) => [...new Set(s)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return {
    id: p.id,
    name: p.name,
    sectorId: p.sectorId,
    role: p.role,
    unit: p.unit,
    tradedAs: p.tradedAs,
    endUse: p.endUse,
    advancedSemiconductor: p.advancedSemiconductor,
    unitValueUsd: p.unitValueUsd.value,
    annualUnits: p.annualUnits.value,
    unitsScope: p.annualUnits.scope,
    unitsYear: p.annualUnits.year,
    counted: o.annualValueUsd !== null,
    annualValueUsd: o.annualValueUsd,
    lens: p.role === "intermediate" ? "border" : lens,
    status: statusRange(outcomes.map((x) => x.status)),
    drivers: sortSymbols(outcomes.flatMap((x) => x.drivers)),
    dependence: range(outcomes.map((x) => x.dependence)),
    dependenceByElement: combineElements(outcomes.map((x) => x.byElement), order),
    exposedValueUsd: rangeOrNull(outcomes.map((x) => x.exposedValueUsd)),
    valueAtRiskUsd: rangeOrNull(outcomes.map((x) => x.valueAtRiskUsd)),
    controlledContentPct: outcomes.every((x) => x.contentPct === null) ? null : range(outcomes.map((x) => x.contentPct ?? 0)),
    thresholdBasis: outcomes.map((x) => x.thresholdBasis).find((b) => b !== null) ?? null,
    thresholdPct: thresholds.every((t) => t === null) ? null : range(thresholds.filter((t): t is number => t !== null)),
    border: {
      status: statusRange(outcomes.map((x) => x.border.status)),
      drivers: sortSymbols(outcomes.flatMap((x) => x.border.drivers)),
      reason: borderReasons.length === 1 ? (borderReasons[0] ?? "") : outcomes.map((x, i) => `${OUTCOME_WORDS[labels[i] ?? "recorded"]}: ${x.border.reason}`).join(" "),
    },
    reason,
    components: combineComponents(outcomes),
  };
}

function combineSector(id: string, name: string, outcomes: readonly SectorOutcome[], members: readonly (readonly SectorMember[])[], order: ReadonlyMap<ElementSymbol, number>): SectorResult {
  const o = outcomes[0] as SectorOutcome;
  const last = outcomes[outcomes.length - 1] ?? o;
  const products = members[0] ?? [];
  const byElement = combineElements(outcomes.map((x) => x.byElement), order);
  const drivers = (Object.entries(byElement) as [ElementSymbol, Range][])
    .filter(([, r]) => r.high > 0)
    .sort((a, b) => b[1].high - a[1].high)
    .map(([s]) => s);
  return {
    id,
    name,
    basis: o.basis,
    exposure: range(outcomes.map((x) => x.exposure)),
    byStatus: Object.fromEntries(RESTRICTED_STATUSES.map((s) => [s, range(outcomes.map((x) => x.byStatus[s]))])) as Record<RestrictedStatus, Range>,
    byElement,
    valueUsd: o.valueUsd,
    exposedValueUsd: rangeOrNull(outcomes.map((x) => x.exposedValueUsd)),
    valueAtRiskUsd: rangeOrNull(outcomes.map((x) => x.valueAtRiskUsd)),
    drivers,
    productCount: products.length,
    finalCount: products.filter((p) => p.role === "final").length,
    countedCount: products.filter((p) => p.annualValueUsd !== null).length,
    statusCounts: { low: o.statusCounts, high: last.statusCounts },
  };
}

/**
 * The one exposure computation behind the page, the API, the parts-list check and every report: each outcome the
 * scenario leaves open is computed through the rules kernel, then every figure is answered as a range.
 */
export function computeExposure(dataset: Dataset, scenario: Scenario): ExposureResult {
  const prices = getElementPrices(dataset);
  const routeDefaults = getRouteDefaults(dataset);
  const order = new Map(dataset.elements.elements.map((e) => [e.symbol, e.atomicNumber]));
  const products: readonly Product[] = dataset.products.products;
  const sectors = dataset.products.sectors;

  const contexts: ProductContext[] = scenario.outcomes.map((rules) => ({
    kernel: createKernelContext(dataset, scenario, rules, prices),
    routeDefaults,
    scenario,
    order,
  }));
  // One pass over the products: each product's outcomes are determined and combined at once, and only what the sector
  // summaries need is kept of them (see SectorMember).
  const bySector = contexts.map(() => new Map<string, SectorMember[]>());
  const productResults: ProductResult[] = new Array(products.length);
  for (let i = 0; i < products.length; i += 1) {
    const p = products[i] as Product;
    const outcomes = contexts.map((ctx) => determineProduct(p, ctx));
    productResults[i] = combineProduct(outcomes, scenario, order);
    outcomes.forEach((o, j) => {
      const groups = bySector[j] as Map<string, SectorMember[]>;
      const list = groups.get(p.sectorId);
      if (list) list.push(toSectorMember(o));
      else groups.set(p.sectorId, [toSectorMember(o)]);
    });
  }
  const perOutcome = bySector.map((groups) => ({ bySector: groups, sectors: sectors.map((s) => summariseSector(groups.get(s.id) ?? [], scenario.lens)) }));
  const sectorResults = sectors.map((s, i) =>
    combineSector(s.id, s.name, perOutcome.map((x) => x.sectors[i] as SectorOutcome), perOutcome.map((x) => x.bySector.get(s.id) ?? []), order),
  );
  const sum = (pick: (s: SectorOutcome) => number | null) => range(perOutcome.map((x) => x.sectors.reduce((acc, s) => acc + (pick(s) ?? 0), 0)));
  return {
    schemaVersion: "2.0",
    datasetVersion: dataset.meta.version,
    scenario,
    sectors: sectorResults,
    products: productResults,
    totals: {
      valueUsd: perOutcome[0]?.sectors.reduce((acc, s) => acc + (s.valueUsd ?? 0), 0) ?? 0,
      exposedValueUsd: sum((s) => s.exposedValueUsd),
      valueAtRiskUsd: sum((s) => s.valueAtRiskUsd),
    },
  };
}
