import type { ElementSymbol } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { Component, Product } from "../schemas/product";
import type { RouteDefault } from "../schemas/route-defaults";
import { getRouteDefaults } from "./kernel-context";
import { type ResolvedRoutes, resolveRouteShares } from "./route-shares";
import { isPresent } from "./rules-kernel";

export type EngineElement = { readonly symbol: ElementSymbol; readonly grams: number | null };
export type EngineComponent = Readonly<Pick<Component, "name" | "form" | "massG" | "assembly">> & {
  readonly elements: readonly EngineElement[];
  /** The elements it holds (a gram figure above zero, or present with the amount not found), in its order. */
  readonly present: readonly ElementSymbol[];
  readonly shares: Readonly<ResolvedRoutes>;
};
/**
 * A product as the engine reads it: what the rules and the figures use, and what follows from the product alone
 * worked out once (its route shares, the elements its components hold, the value it adds to its sector), without the
 * sources, bases and notes a product carries for the reader. Shared by every computation on its dataset: read-only.
 */
export type EngineProduct = Readonly<Pick<Product, "id" | "name" | "sectorId" | "role" | "unit" | "tradedAs" | "endUse" | "advancedSemiconductor">> & {
  readonly unitValueUsd: number | null;
  readonly annualUnits: number | null;
  readonly unitsScope: Product["annualUnits"]["scope"];
  readonly unitsYear: number | null;
  /** What the product adds to its sector's value (findAnnualValueUsd). */
  readonly annualValueUsd: number | null;
  readonly components: readonly EngineComponent[];
};

/** What a final good adds to its sector's value: its outside-China units times its unit value, where both are known. */
export function findAnnualValueUsd(product: Pick<Product, "role" | "annualUnits" | "unitValueUsd">): number | null {
  const units = product.annualUnits.value;
  const value = product.unitValueUsd.value;
  const counted = product.role === "final" && product.annualUnits.scope === "outside-china" && units !== null && value !== null;
  return counted ? units * value : null;
}

/** Lists shared by every component that holds the same elements, route shares by every one that names the same default. */
type Interned = { present: Map<string, readonly ElementSymbol[]>; shares: Map<string, ResolvedRoutes> };

function planComponent(c: Component, defaults: ReadonlyMap<string, RouteDefault>, interned: Interned): EngineComponent {
  const held = c.elements.filter(isPresent).map((e) => e.symbol);
  const key = held.join(",");
  let present = interned.present.get(key);
  if (!present) {
    present = Object.freeze(held);
    interned.present.set(key, present);
  }
  const ref = "ref" in c.routes ? c.routes.ref : null;
  let shares = ref === null ? undefined : interned.shares.get(ref);
  if (!shares) {
    shares = Object.freeze(resolveRouteShares(c, defaults));
    if (ref !== null) interned.shares.set(ref, shares);
  }
  return {
    name: c.name,
    form: c.form,
    massG: c.massG,
    assembly: c.assembly,
    elements: c.elements.map((e) => ({ symbol: e.symbol, grams: e.grams })),
    present,
    shares,
  };
}

function planProduct(p: Product, defaults: ReadonlyMap<string, RouteDefault>, interned: Interned): EngineProduct {
  const { id, name, sectorId, role, unit, tradedAs, endUse, advancedSemiconductor } = p;
  return {
    id, name, sectorId, role, unit, tradedAs, endUse, advancedSemiconductor,
    unitValueUsd: p.unitValueUsd.value,
    annualUnits: p.annualUnits.value,
    unitsScope: p.annualUnits.scope,
    unitsYear: p.annualUnits.year,
    annualValueUsd: findAnnualValueUsd(p),
    components: p.components.map((c) => planComponent(c, defaults, interned)),
  };
}

const planned = new WeakMap<Dataset, readonly EngineProduct[]>();

/**
 * The dataset's products as the engine reads them, made once per dataset and kept while the dataset is. Why: every
 * computation reads every product once per outcome. From the parsed data a product is a chain of some twenty objects
 * of a dozen shapes, mixed with sources and bases the engine never reads, and from 100× data on those reads come from
 * memory rather than the cache; made here, it is a few small objects, and what is shared is shared (bench/README.md,
 * seventh session). An unknown route default throws here, as it did when the shares were resolved per computation.
 * A dataset is never changed once loaded (a changed copy is a new object, planned anew); the plan relies on that.
 * Planning is paid once, by the first computation on a dataset; the engine bench's warm-up absorbs it, so its time is
 * measured apart (bench/README.md, seventh session).
 */
export function planProducts(dataset: Dataset): readonly EngineProduct[] {
  let out = planned.get(dataset);
  if (!out) {
    const defaults = getRouteDefaults(dataset);
    const interned: Interned = { present: new Map(), shares: new Map() };
    out = dataset.products.products.map((p) => planProduct(p, defaults, interned));
    planned.set(dataset, out);
  }
  return out;
}
