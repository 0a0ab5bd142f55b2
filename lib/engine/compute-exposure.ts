import type { ElementSymbol } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import { collectDrivers, determineProduct, type ProductContext, type ProductOutcome, sortSymbols } from "./determine-product";
import type { ComponentResult, ExposureResult, ProductResult, Range, RouteResult, SectorBasis, SectorResult, StatusRange } from "./exposure-types";
import { type EngineProduct, planProducts } from "./engine-product";
import { createKernelContext, getElementPrices } from "./kernel-context";
import { createResultPool, keepBorder, keepByElement, keepRange, keepRoute, keepRoutes, keepShares, keepStatusRange, keepSymbols, keepWords, type ResultPool } from "./result-pool";
import type { Scenario } from "./scenario";
import { compareStatus, RESTRICTED_STATUSES, type RestrictedStatus, STATUSES, type Status } from "./status";

// The range helpers read a figure off each outcome rather than take an array of it: they run for a dozen figures per
// product, and those arrays were a good part of what the engine allocated per product.

/** A figure's low and high over the outcomes. */
function rangeOf<T>(items: readonly T[], pick: (x: T) => number): Range {
  let low = Infinity;
  let high = -Infinity;
  for (const x of items) {
    const v = pick(x);
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  return { low, high };
}

/** The same, or null when any outcome leaves the figure unknown. */
function rangeOrNullOf<T>(items: readonly T[], pick: (x: T) => number | null): Range | null {
  return items.some((x) => pick(x) === null) ? null : rangeOf(items, (x) => pick(x) as number);
}

/** The mildest and the worst status over the outcomes. */
function statusRangeOf<T>(items: readonly T[], pick: (x: T) => Status): StatusRange {
  let low: Status | undefined;
  let high: Status | undefined;
  for (const x of items) {
    const s = pick(x);
    if (low === undefined || compareStatus(s, low) < 0) low = s;
    if (high === undefined || compareStatus(s, high) > 0) high = s;
  }
  return { low: low ?? "free", high: high ?? "free" };
}

/**
 * What a sector's summary is measured against, known before any product is determined: how many products, final goods
 * and counted final goods it has, and the counted goods' value. With these each product's outcome is added to its
 * sector's summary as soon as it is determined and nothing of it is kept: the per-product members kept until every
 * product was done were promoted to the old generation from 100× data on.
 */
type SectorCounts = { productCount: number; finalCount: number; countedCount: number; valueUsd: number };
type SectorBase = Readonly<SectorCounts>;

const measured = new WeakMap<readonly EngineProduct[], ReadonlyMap<string, SectorBase>>();

/**
 * Measured once per dataset (they depend on the products alone) and kept while the dataset is, which is never changed
 * once loaded (planProducts): measured per computation, they were a pass over every product's volume and value before
 * the products were determined, which from 100× data on reads them from memory a second time.
 */
function measureSectors(products: readonly EngineProduct[]): ReadonlyMap<string, SectorBase> {
  const kept = measured.get(products);
  if (kept) return kept;
  const bases = new Map<string, SectorCounts>();
  for (const p of products) {
    let base = bases.get(p.sectorId);
    if (!base) {
      base = { productCount: 0, finalCount: 0, countedCount: 0, valueUsd: 0 };
      bases.set(p.sectorId, base);
    }
    base.productCount += 1;
    if (p.role === "final") base.finalCount += 1;
    const value = p.annualValueUsd;
    if (value !== null) {
      base.countedCount += 1;
      base.valueUsd += value;
    }
  }
  for (const base of bases.values()) Object.freeze(base);
  measured.set(products, bases);
  return bases;
}

/** A sector's summary under one outcome while its products are added, in the dataset's order. */
type SectorTally = {
  base: SectorBase;
  statusCounts: Record<Status, number>;
  byStatus: Record<RestrictedStatus, number>;
  byElement: Map<ElementSymbol, number>;
  exposedValueUsd: number;
  valueAtRiskUsd: number;
  dependence: number;
};

const EMPTY_SECTOR: SectorBase = { productCount: 0, finalCount: 0, countedCount: 0, valueUsd: 0 };

const startTally = (base: SectorBase = EMPTY_SECTOR): SectorTally => ({
  base,
  statusCounts: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>,
  byStatus: Object.fromEntries(RESTRICTED_STATUSES.map((s) => [s, 0])) as Record<RestrictedStatus, number>,
  byElement: new Map(),
  exposedValueUsd: 0,
  valueAtRiskUsd: 0,
  dependence: 0,
});

const addTo = (m: Map<ElementSymbol, number>, d: ElementSymbol, v: number) => m.set(d, (m.get(d) ?? 0) + v);

/**
 * Adds one product under one outcome to its sector: value-weighted over the counted final goods, or by count over the
 * final goods where none has a volume; under the border lens, every traded item by count.
 */
function addToSector(t: SectorTally, o: ProductOutcome, lens: Scenario["lens"]): void {
  const base = t.base;
  t.statusCounts[o.status] += 1;
  if (lens === "border") {
    // What each traded item needs at the border: the share of the sector's items that are not free, by count.
    const n = base.productCount;
    if (o.status !== "free") t.byStatus[o.status] += 1 / n;
    for (const d of o.border.drivers) addTo(t.byElement, d, 1 / n);
    return;
  }
  if (o.product.role !== "final") return;
  if (base.countedCount > 0) {
    if (o.annualValueUsd === null) return;
    t.exposedValueUsd += o.exposedValueUsd ?? 0;
    t.valueAtRiskUsd += o.valueAtRiskUsd ?? 0;
    const w = o.annualValueUsd / base.valueUsd;
    if (o.status !== "free") t.byStatus[o.status] += w * o.dependence;
    for (const [d, v] of o.byElement) addTo(t.byElement, d, w * v);
    return;
  }
  const n = base.finalCount;
  if (o.status !== "free") t.byStatus[o.status] += o.dependence / n;
  for (const [d, v] of o.byElement) addTo(t.byElement, d, v / n);
  t.dependence += o.dependence;
}

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

/** A sector under one outcome, once all its products are added. */
function summariseSector(t: SectorTally, lens: Scenario["lens"]): SectorOutcome {
  const { base, statusCounts, byStatus, byElement } = t;
  if (lens === "border") {
    const exposure = base.productCount === 0 ? 0 : RESTRICTED_STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
    return { basis: "items", exposure, byStatus, byElement, valueUsd: null, exposedValueUsd: null, valueAtRiskUsd: null, statusCounts };
  }
  if (base.countedCount > 0) {
    const valueUsd = base.valueUsd;
    return {
      basis: "value",
      exposure: valueUsd > 0 ? Math.min(1, t.exposedValueUsd / valueUsd) : 0,
      byStatus,
      byElement,
      valueUsd,
      exposedValueUsd: t.exposedValueUsd,
      valueAtRiskUsd: Math.min(valueUsd, t.valueAtRiskUsd),
      statusCounts,
    };
  }
  const n = base.finalCount;
  const exposure = n === 0 ? 0 : Math.min(1, t.dependence / n);
  return { basis: "count", exposure, byStatus, byElement, valueUsd: null, exposedValueUsd: null, valueAtRiskUsd: null, statusCounts };
}

function combineElements<T>(items: readonly T[], pick: (x: T) => ReadonlyMap<ElementSymbol, number>, order: ReadonlyMap<ElementSymbol, number>): Partial<Record<ElementSymbol, Range>> {
  const keys: ElementSymbol[] = [];
  for (const x of items) for (const k of pick(x).keys()) if (!keys.includes(k)) keys.push(k);
  const out: Partial<Record<ElementSymbol, Range>> = {};
  for (const k of sortSymbols(keys, order)) out[k] = rangeOf(items, (x) => pick(x).get(k) ?? 0);
  return out;
}

/** The low and high of a figure that repeats from product to product (a dependence), as a shared range. */
function keptRangeOf<T>(pool: ResultPool, items: readonly T[], pick: (x: T) => number): Range {
  const { low, high } = rangeOf(items, pick);
  return keepRange(pool, low, high);
}

/** A product's own figure (a value, a content share): its own range, but the many zeros share one. */
function figureRangeOf<T>(pool: ResultPool, items: readonly T[], pick: (x: T) => number | null): Range | null {
  let low = Infinity;
  let high = -Infinity;
  for (const x of items) {
    const v = pick(x);
    if (v === null) return null;
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  return low === 0 && high === 0 ? keepRange(pool, low, high) : { low, high };
}

function keptStatusRangeOf<T>(items: readonly T[], pick: (x: T) => Status): StatusRange {
  const r = statusRangeOf(items, pick);
  return keepStatusRange(r.low, r.high);
}

/** What stays the same for every product of one computation. */
type CombineContext = { scenario: Scenario; order: ReadonlyMap<ElementSymbol, number>; pool: ResultPool; thresholdPct: Range | null };

function combineProductElements(outcomes: readonly ProductOutcome[], c: CombineContext): ProductResult["dependenceByElement"] {
  const keys: ElementSymbol[] = [];
  for (const x of outcomes) for (const k of x.byElement.keys()) if (!keys.includes(k)) keys.push(k);
  sortSymbols(keys, c.order);
  const ranges: Range[] = [];
  for (const k of keys) ranges.push(keptRangeOf(c.pool, outcomes, (x) => x.byElement.get(k) ?? 0));
  return keepByElement(c.pool, keys, ranges);
}

function combineComponents(outcomes: readonly ProductOutcome[], pool: ResultPool): ComponentResult[] {
  const first = outcomes[0];
  if (!first) return [];
  const last = outcomes[outcomes.length - 1] ?? first;
  return first.components.map((c, i) => {
    const hi = last.components[i] ?? c;
    const routes: RouteResult[] = [];
    c.routes.forEach((r, j) => {
      const h = hi.routes[j] ?? r;
      routes.push(keepRoute(pool, r.route, r.share, r.effectiveShare > 0, h.effectiveShare > 0, h.held, keepSymbols(pool, collectDrivers([r, h])), keepWords(pool, h.note)));
    });
    return {
      name: c.component.name,
      form: c.component.form,
      massG: c.component.massG,
      routeRef: c.shares.ref,
      shares: keepShares(pool, c.shares.ref, c.shares),
      routes: keepRoutes(pool, routes),
      dependence: keptRangeOf(pool, outcomes, (o) => o.components[i]?.dependence ?? 0),
    };
  });
}

// A result is kept for every product (and from 100× data on, copied and promoted by the GC): what repeats from product
// to product is kept once and shared (result-pool.ts), what is a product's own is stored compactly.

const OUTCOME_WORDS = { extended: "If the suspension was extended", lapsed: "If it lapsed", recorded: "" } as const;

/** One reason where the outcomes agree; else each outcome's, introduced by what it assumes. */
function describeOutcomes(outcomes: readonly ProductOutcome[], scenario: Scenario, pick: (o: ProductOutcome) => string): string {
  const first = outcomes[0];
  if (!first) return "";
  const reason = pick(first);
  if (outcomes.every((x) => pick(x) === reason)) return reason;
  return outcomes.map((x, i) => `${OUTCOME_WORDS[scenario.outcomes[i]?.outcome ?? "recorded"]}: ${pick(x)}`).join(" ");
}

function combineProduct(outcomes: readonly ProductOutcome[], c: CombineContext): ProductResult {
  const { scenario, order, pool } = c;
  const o = outcomes[0] as ProductOutcome;
  const p = o.product;
  return {
    id: p.id,
    name: p.name,
    sectorId: p.sectorId,
    role: p.role,
    unit: p.unit,
    tradedAs: p.tradedAs,
    endUse: p.endUse,
    advancedSemiconductor: p.advancedSemiconductor,
    unitValueUsd: p.unitValueUsd,
    annualUnits: p.annualUnits,
    unitsScope: p.unitsScope,
    unitsYear: p.unitsYear,
    counted: o.annualValueUsd !== null,
    annualValueUsd: o.annualValueUsd,
    lens: p.role === "intermediate" ? "border" : scenario.lens,
    status: keptStatusRangeOf(outcomes, (x) => x.status),
    drivers: keepSymbols(pool, sortSymbols(collectDrivers(outcomes), order)),
    dependence: keptRangeOf(pool, outcomes, (x) => x.dependence),
    dependenceByElement: combineProductElements(outcomes, c),
    exposedValueUsd: figureRangeOf(pool, outcomes, (x) => x.exposedValueUsd),
    valueAtRiskUsd: figureRangeOf(pool, outcomes, (x) => x.valueAtRiskUsd),
    controlledContentPct: outcomes.every((x) => x.contentPct === null) ? null : figureRangeOf(pool, outcomes, (x) => x.contentPct ?? 0),
    thresholdBasis: outcomes.find((x) => x.thresholdBasis !== null)?.thresholdBasis ?? null,
    thresholdPct: c.thresholdPct,
    border: keepBorder(
      pool,
      keptStatusRangeOf(outcomes, (x) => x.border.status),
      keepSymbols(pool, sortSymbols(collectDrivers(outcomes.map((x) => x.border)), order)),
      keepWords(pool, describeOutcomes(outcomes, scenario, (x) => x.border.reason)),
    ),
    reason: keepWords(pool, describeOutcomes(outcomes, scenario, (x) => x.reason)),
    components: combineComponents(outcomes, pool),
  };
}

function combineSector(id: string, name: string, outcomes: readonly SectorOutcome[], base: SectorBase, order: ReadonlyMap<ElementSymbol, number>): SectorResult {
  const o = outcomes[0] as SectorOutcome;
  const last = outcomes[outcomes.length - 1] ?? o;
  const byElement = combineElements(outcomes, (x) => x.byElement, order);
  const drivers = (Object.entries(byElement) as [ElementSymbol, Range][])
    .filter(([, r]) => r.high > 0)
    .sort((a, b) => b[1].high - a[1].high)
    .map(([s]) => s);
  return {
    id,
    name,
    basis: o.basis,
    exposure: rangeOf(outcomes, (x) => x.exposure),
    byStatus: Object.fromEntries(RESTRICTED_STATUSES.map((s) => [s, rangeOf(outcomes, (x) => x.byStatus[s])])) as Record<RestrictedStatus, Range>,
    byElement,
    valueUsd: o.valueUsd,
    exposedValueUsd: rangeOrNullOf(outcomes, (x) => x.exposedValueUsd),
    valueAtRiskUsd: rangeOrNullOf(outcomes, (x) => x.valueAtRiskUsd),
    drivers,
    productCount: base.productCount,
    finalCount: base.finalCount,
    countedCount: base.countedCount,
    statusCounts: { low: o.statusCounts, high: last.statusCounts },
  };
}

/**
 * The one exposure computation behind the page, the API, the parts-list check and every report: each outcome the
 * scenario leaves open is computed through the rules kernel, then every figure is answered as a range.
 */
export function computeExposure(dataset: Dataset, scenario: Scenario): ExposureResult {
  const prices = getElementPrices(dataset);
  const order = new Map(dataset.elements.elements.map((e) => [e.symbol, e.atomicNumber]));
  const products = planProducts(dataset);
  const sectors = dataset.products.sectors;

  const contexts: ProductContext[] = scenario.outcomes.map((rules) => ({
    kernel: createKernelContext(dataset, scenario, rules, prices),
    scenario,
    order,
  }));
  // One pass over the products: each product's outcomes are determined, combined and added to its sector's summary at
  // once, and nothing of them is kept (see SectorBase).
  const bases = measureSectors(products);
  const pool = createResultPool();
  const combine: CombineContext = {
    scenario,
    order,
    pool,
    thresholdPct: scenario.outcomes.every((t) => t.deMinimisPct === null)
      ? null
      : keptRangeOf(pool, scenario.outcomes.filter((t) => t.deMinimisPct !== null), (t) => t.deMinimisPct as number),
  };
  const tallies = contexts.map(() => new Map(sectors.map((s) => [s.id, startTally(bases.get(s.id))])));
  const productResults: ProductResult[] = new Array(products.length);
  for (let i = 0; i < products.length; i += 1) {
    const p = products[i] as EngineProduct;
    const outcomes = contexts.map((ctx) => determineProduct(p, ctx));
    productResults[i] = combineProduct(outcomes, combine);
    outcomes.forEach((o, j) => {
      const tally = tallies[j]?.get(p.sectorId);
      if (tally) addToSector(tally, o, scenario.lens);
    });
  }
  const perOutcome = tallies.map((byId) => sectors.map((s) => summariseSector(byId.get(s.id) ?? startTally(), scenario.lens)));
  const sectorResults = sectors.map((s, i) => combineSector(s.id, s.name, perOutcome.map((x) => x[i] as SectorOutcome), bases.get(s.id) ?? EMPTY_SECTOR, order));
  const sum = (pick: (s: SectorOutcome) => number | null) => rangeOf(perOutcome, (x) => x.reduce((acc, s) => acc + (pick(s) ?? 0), 0));
  return {
    schemaVersion: "2.0",
    datasetVersion: dataset.meta.version,
    scenario,
    sectors: sectorResults,
    products: productResults,
    totals: {
      valueUsd: perOutcome[0]?.reduce((acc, s) => acc + (s.valueUsd ?? 0), 0) ?? 0,
      exposedValueUsd: sum((s) => s.exposedValueUsd),
      valueAtRiskUsd: sum((s) => s.valueAtRiskUsd),
    },
  };
}
