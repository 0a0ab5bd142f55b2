import type { ElementSymbol } from "../schemas/common";
import type { EngineComponent, EngineProduct } from "./engine-product";
import { chinaShareFactor, type ResolvedRoutes } from "./route-shares";
import {
  catchAssembly,
  catchListed,
  catchMadeOutside,
  contentPct,
  decideStatus,
  filterPresentElements,
  type KernelContext,
  listAssemblyGrounds,
  listListedGrounds,
  measureContent,
  meetsThreshold,
  type RouteCatch,
  type RouteKind,
  withArticle,
} from "./rules-kernel";
import type { Scenario } from "./scenario";
import type { Status } from "./status";

/** One ground a route is caught on, with the part of the route's supply it still holds after the China-share what-if. */
export type RouteGround = RouteCatch & { factor: number };

/**
 * One route of one component under one outcome, with the share it carries after the China-share what-if. Its drivers,
 * hold and note summarise the grounds that still apply (`grounds`), which decide its status.
 */
export type RouteOutcome = RouteCatch & { share: number; effectiveShare: number; grounds: RouteGround[] };

export type ComponentOutcome = {
  component: EngineComponent;
  shares: Readonly<ResolvedRoutes>;
  routes: RouteOutcome[];
  dependence: number;
  byElement: Map<ElementSymbol, number>;
};

/** A product under one outcome of a scenario (the engine combines outcomes into ranges afterwards). */
export type ProductOutcome = {
  product: EngineProduct;
  status: Status;
  drivers: ElementSymbol[];
  dependence: number;
  byElement: ReadonlyMap<ElementSymbol, number>;
  border: { status: Status; drivers: ElementSymbol[]; reason: string };
  contentPct: number | null;
  thresholdBasis: "component" | "product" | null;
  reason: string;
  components: ComponentOutcome[];
  annualValueUsd: number | null;
  exposedValueUsd: number | null;
  valueAtRiskUsd: number | null;
};

export type ProductContext = {
  kernel: KernelContext;
  scenario: Pick<Scenario, "lens" | "frictionPct" | "chinaShareOverrides">;
  /** Elements in atomic-number order, to sort drivers. */
  order: ReadonlyMap<ElementSymbol, number>;
};

const ROUTE_WORDS: Record<RouteKind, string> = { listed: "listed item from China", assembly: "assembly from China", madeOutside: "made outside China" };
const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

/**
 * The drivers of several grounds or routes, each once, in order of first appearance. The lists hold a handful of
 * elements, so a scan replaces the Set and the flattened array this would otherwise build per route and product.
 */
export function collectDrivers(sources: readonly { drivers: readonly ElementSymbol[] }[]): ElementSymbol[] {
  const out: ElementSymbol[] = [];
  for (const x of sources) for (const d of x.drivers) if (!out.includes(d)) out.push(d);
  return out;
}

/**
 * Sorts in place, in atomic-number order. An insertion sort: the lists hold at most the 17 rare earths and mostly one
 * to three, and Array.prototype.sort allocates scratch space and a comparator on every call (a twentieth of what the
 * engine allocated per product).
 */
export function sortSymbols(symbols: ElementSymbol[], order: ReadonlyMap<ElementSymbol, number>): ElementSymbol[] {
  for (let i = 1; i < symbols.length; i += 1) {
    const s = symbols[i] as ElementSymbol;
    const rank = order.get(s) ?? 0;
    let j = i - 1;
    while (j >= 0 && (order.get(symbols[j] as ElementSymbol) ?? 0) > rank) {
      symbols[j + 1] = symbols[j] as ElementSymbol;
      j -= 1;
    }
    symbols[j + 1] = s;
  }
  return symbols;
}

/** The value the annex's 0.1 % test is measured against: the magnet or target itself where known. */
function componentValue(product: EngineProduct, c: EngineComponent, ctx: KernelContext): { basis: "component" | "product"; valueUsd: number | null } {
  const isPart = product.components.length === 1 && product.tradedAs === c.form;
  if (isPart && product.unitValueUsd !== null) return { basis: "component", valueUsd: product.unitValueUsd };
  if ((c.form === "ndfeb_magnet" || c.form === "smco_magnet") && c.massG !== null) {
    return { basis: "component", valueUsd: (c.massG / 1000) * ctx.magnetUsdPerKg };
  }
  return { basis: "product", valueUsd: product.unitValueUsd };
}

function chinaTotal(s: ResolvedRoutes): number {
  return s.listed + s.assembly + s.madeOutside;
}

/**
 * The 0.1 % test under the broad reading: the product itself, made outside China, holds China-origin Part 1 content
 * worth at least the threshold of its value. Then every China-origin route of a Part-1-bearing component is caught.
 */
function broadCatch(product: EngineProduct, shares: readonly ResolvedRoutes[], ctx: KernelContext): { caught: boolean; pct: number | null } {
  const threshold = ctx.rules.deMinimisPct;
  if (ctx.reading !== "broad" || !ctx.rules.extraterritorial || threshold === null) return { caught: false, pct: null };
  const total = { usd: 0, complete: true, present: false };
  product.components.forEach((c, i) => {
    const m = measureContent(c.elements, ctx.part1, ctx, chinaTotal(shares[i] ?? { listed: 0, assembly: 0, madeOutside: 0, none: 1, ref: null }));
    total.usd += m.usd;
    total.complete &&= m.complete;
    total.present ||= m.present;
  });
  return { caught: meetsThreshold(total, product.unitValueUsd, threshold), pct: contentPct(total, product.unitValueUsd) };
}

const ROUTE_KINDS: readonly RouteKind[] = ["listed", "assembly", "madeOutside"];

/** Every ground on which the kernel catches the component on a route (none when the route is free). */
function listKernelGrounds(c: EngineComponent, route: RouteKind, ctx: KernelContext): RouteCatch[] {
  if (route === "listed") return listListedGrounds(c, ctx);
  if (route === "assembly") return listAssemblyGrounds(c, c.assembly ?? "assembly", ctx);
  const made = catchMadeOutside(c, ctx);
  return made.caught ? [made] : [];
}

/** Why a route catches nothing, in the kernel's words. */
function describeFreeRoute(c: EngineComponent, route: RouteKind, ctx: KernelContext): string {
  if (route === "listed") return catchListed(c, ctx).note;
  if (route === "assembly") return catchAssembly(c, c.assembly ?? "assembly", ctx).note;
  return catchMadeOutside(c, ctx).note;
}

/**
 * The grounds an exposure is put down to (a route's drivers, the heatmap's elements): a customs hold only where it
 * carries supply the listing grounds do not. A Dy magnet held while Tb is controlled is exposed through Dy, its
 * licence; Tb, which it does not hold, shows only once a what-if shrinks the Dy ground below the hold's.
 */
function attributedGrounds<G extends RouteCatch & { factor: number }>(grounds: readonly G[]): readonly G[] {
  let carried = 0;
  for (const g of grounds) if (!g.held) carried = Math.max(carried, g.factor);
  const attributed = (g: G) => !g.held || g.factor > carried;
  // Most routes have no hold to set aside: the grounds themselves, no copy.
  return grounds.every(attributed) ? grounds : grounds.filter(attributed);
}

/**
 * A route caught on several independent grounds (its elements, the broad reading, a customs hold) stays China-bound
 * while any of them holds: the China-share what-if shrinks each ground's supply by the elements that drive that ground
 * only, so the route carries the largest share left over its grounds, and its status is the worst over the grounds
 * still holding some supply. A what-if on one element can only remove grounds, never add one (invariants 2 and 4).
 */
function settleRoute(c: EngineComponent, route: RouteKind, share: number, grounds: readonly RouteCatch[], china: number, k: KernelContext, overrides: Partial<Record<ElementSymbol, number>>): RouteOutcome {
  const live: RouteGround[] = [];
  for (const g of grounds) {
    const factor = chinaShareFactor(g.drivers, china, overrides);
    // Spelled out rather than spread: a spread copy plus one more field costs a second allocation for the field.
    if (factor > 0) live.push({ route: g.route, caught: g.caught, held: g.held, drivers: g.drivers, note: g.note, factor });
  }
  // The note explains the share carried: the ground that keeps most of the supply, the strongest on a tie.
  let lead: RouteGround | undefined;
  for (const g of live) if (lead === undefined || g.factor > lead.factor) lead = g;
  if (!lead) {
    const caught = grounds.length > 0;
    return {
      route,
      caught,
      held: caught && grounds.every((g) => g.held),
      drivers: collectDrivers(grounds),
      note: grounds[0]?.note ?? describeFreeRoute(c, route, k),
      share,
      effectiveShare: 0,
      grounds: [],
    };
  }
  return {
    route,
    caught: true,
    held: live.every((g) => g.held),
    drivers: collectDrivers(attributedGrounds(live)),
    note: lead.note,
    share,
    effectiveShare: share * lead.factor,
    grounds: live,
  };
}

function shareOf(s: ResolvedRoutes, route: RouteKind): number {
  return route === "listed" ? s.listed : route === "assembly" ? s.assembly : s.madeOutside;
}

/** Dependency lens: each component by its routes; the product stops when any caught component is missing. */
function determineDependency(product: EngineProduct, ctx: ProductContext) {
  const k = ctx.kernel;
  const overrides = ctx.scenario.chinaShareOverrides;
  const shares = product.components.map((c) => c.shares);
  const broad = broadCatch(product, shares, k);
  let annexPct: number | null = null;
  let annexBasis: "component" | "product" | null = null;
  const notes: string[] = [];

  const components: ComponentOutcome[] = product.components.map((c, i) => {
    const s = shares[i] as ResolvedRoutes;
    const china = chinaTotal(s);
    const part1Present = filterPresentElements(c, (e) => k.part1.has(e));
    const routes: RouteOutcome[] = [];
    for (const route of ROUTE_KINDS) {
      if (shareOf(s, route) <= 0) continue;
      const grounds = listKernelGrounds(c, route, k);
      // The broad reading catches every China-origin route of the product through all its Part 1 elements, whatever
      // else catches the route: a ground of its own.
      if (broad.caught && part1Present.length > 0) {
        grounds.push({ route, caught: true, held: false, drivers: part1Present, note: `${c.name} (${ROUTE_WORDS[route]}): the product's China-origin ${part1Present.join(", ")} reaches the 0.1 % threshold of its value (broad reading)` });
      }
      routes.push(settleRoute(c, route, shareOf(s, route), grounds, china, k, overrides));
    }
    // Ann. 61 (annex reading): a magnet or target made outside China also needs a licence of its own.
    if (k.rules.extraterritorial && k.rules.deMinimisPct !== null && k.reading === "annex" && k.part2Forms.has(c.form) && s.madeOutside > 0 && part1Present.length > 0) {
      const content = measureContent(c.elements, k.part1, k);
      const value = componentValue(product, c, k);
      const p = contentPct(content, value.valueUsd);
      if (p !== null && (annexPct === null || p > annexPct)) {
        annexPct = p;
        annexBasis = value.basis;
      }
      if (meetsThreshold(content, value.valueUsd, k.rules.deMinimisPct)) notes.push(`${c.name} made outside China also needs an Ann. 61 licence (China-origin ${part1Present.join(", ")} ≥ ${k.rules.deMinimisPct} % of its value)`);
    }
    let none = 1;
    // First the share of the component's supply each element leaves free, then (below) the share it catches.
    const byElement = new Map<ElementSymbol, number>();
    for (const r of routes) {
      if (r.effectiveShare <= 0) continue;
      none -= r.effectiveShare;
      // An element counts for the largest supply of the grounds it drives (holds only when nothing else carries the route).
      const attributed = attributedGrounds(r.grounds);
      for (const d of collectDrivers(attributed)) {
        let carried = 0;
        for (const g of attributed) if (g.drivers.includes(d)) carried = Math.max(carried, r.share * g.factor);
        byElement.set(d, (byElement.get(d) ?? 1) - carried);
      }
    }
    for (const [d, free] of byElement) byElement.set(d, Math.min(1, Math.max(0, 1 - free)));
    return { component: c, shares: s, routes, dependence: Math.min(1, Math.max(0, 1 - none)), byElement };
  });

  let free = 1;
  // First the share of the product's output each element leaves free, then the share that depends on it.
  const byElement = new Map<ElementSymbol, number>();
  for (const c of components) {
    free *= 1 - c.dependence;
    for (const [d, v] of c.byElement) byElement.set(d, (byElement.get(d) ?? 1) * (1 - v));
  }
  for (const [d, f] of byElement) byElement.set(d, 1 - f);
  const live: RouteOutcome[] = [];
  for (const c of components) for (const r of c.routes) if (r.effectiveShare > 0) live.push(r);
  return {
    components,
    live,
    dependence: live.length > 0 ? 1 - free : 0,
    byElement,
    contentPct: k.reading === "broad" ? broad.pct : annexPct,
    thresholdBasis: (k.reading === "broad" ? (broad.pct === null ? null : "product") : annexBasis) as ProductOutcome["thresholdBasis"],
    notes,
  };
}

/** Border lens: what the product needs at China's border, bought from China in the form it is traded in. */
function determineBorder(product: EngineProduct, ctx: KernelContext, order: ReadonlyMap<ElementSymbol, number>) {
  const traded = product.tradedAs;
  const mode = ctx.faq.has(traded) ? "assembly" : ctx.formRules.has(traded as never) ? "listed" : "unlisted";
  if (mode === "unlisted" || product.components.length === 0) {
    const what = traded.replaceAll("_", " ");
    return {
      status: "free" as Status,
      drivers: [] as ElementSymbol[],
      reason: product.components.length === 0 ? "No rare-earth component in the data." : `Free at China's border: ${withArticle(what)} is not a listed item (its rare-earth parts are licensed only when bought loose).`,
    };
  }
  const catches = product.components.map((c) => (mode === "listed" ? catchListed(c, ctx) : catchAssembly(c, traded, ctx)));
  const caught = catches.filter((c) => c.caught);
  if (caught.length === 0) return { status: "free" as Status, drivers: [], reason: `Free: ${catches.map((c) => c.note).join("; ")}.` };
  const decided = decideStatus(product.endUse, product.advancedSemiconductor, caught, ctx.rules);
  return {
    status: decided.status,
    drivers: sortSymbols(collectDrivers(caught), order),
    reason: `${caught.map((c) => c.note).join("; ")}: ${decided.note}.`,
  };
}

/** Intermediate goods, and every good under the border lens, put nothing down to elements: one shared empty map. */
const NO_ELEMENTS: ReadonlyMap<ElementSymbol, number> = new Map();

const statusWeight = (status: Status, frictionPct: number) => (status === "denied" ? 1 : status === "free" ? 0 : frictionPct / 100);

/** One product under one outcome: both lenses, the dependence and the value it puts at risk. */
export function determineProduct(product: EngineProduct, ctx: ProductContext): ProductOutcome {
  const k = ctx.kernel;
  const border = determineBorder(product, k, ctx.order);
  const dep = determineDependency(product, ctx);

  let status: Status = "free";
  let reason: string;
  let drivers: ElementSymbol[] = [];
  const lens = product.role === "intermediate" ? "border" : ctx.scenario.lens;
  if (lens === "border") {
    status = border.status;
    drivers = border.drivers;
    reason = border.reason;
  } else if (dep.live.length > 0) {
    const grounds: RouteGround[] = [];
    for (const r of dep.live) grounds.push(...r.grounds);
    const decided = decideStatus(product.endUse, product.advancedSemiconductor, grounds, k.rules);
    status = decided.status;
    drivers = sortSymbols(collectDrivers(dep.live), ctx.order);
    const parts = dep.live.map((r) => `${r.note} (${pct(r.effectiveShare)} of its supply)`);
    parts.push(...dep.notes);
    reason = `Depends on a controlled input for ${pct(dep.dependence)} of output: ${parts.join("; ")}; ${decided.note}.`;
  } else {
    const notes: string[] = [];
    for (const c of dep.components) for (const r of c.routes) if (!notes.includes(r.note)) notes.push(r.note);
    reason =
      product.components.length === 0
        ? "No rare-earth component in the data."
        : k.controlled.size === 0
          ? "Free: no element is controlled."
          : `Free: ${notes.join("; ") || "holds no controlled element"}.`;
  }

  const annualValueUsd = product.annualValueUsd;
  const depends = lens === "dependency" ? dep.dependence : 0;
  const exposedValueUsd = annualValueUsd === null || lens === "border" ? null : annualValueUsd * depends;
  return {
    product,
    status,
    drivers,
    dependence: depends,
    byElement: lens === "dependency" ? dep.byElement : NO_ELEMENTS,
    border,
    contentPct: dep.contentPct,
    thresholdBasis: dep.contentPct === null ? null : dep.thresholdBasis,
    reason,
    components: dep.components,
    annualValueUsd,
    exposedValueUsd,
    valueAtRiskUsd: exposedValueUsd === null ? null : exposedValueUsd * statusWeight(status, ctx.scenario.frictionPct),
  };
}
