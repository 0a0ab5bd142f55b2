import type { ElementSymbol } from "../schemas/common";
import type { Component, RouteShares } from "../schemas/product";
import type { RouteDefault } from "../schemas/route-defaults";

export type ResolvedRoutes = RouteShares & {
  /** The route default the shares come from, or null for component-specific shares. */
  ref: string | null;
};

/** The component's route shares: its own, or the documented default it names. */
export function resolveRouteShares(component: Pick<Component, "routes">, defaults: ReadonlyMap<string, RouteDefault>): ResolvedRoutes {
  const r = component.routes;
  if ("ref" in r) {
    const d = defaults.get(r.ref);
    if (!d) throw new Error(`unknown route default "${r.ref}"`);
    return { listed: d.listed, assembly: d.assembly, madeOutside: d.madeOutside, none: d.none, ref: r.ref };
  }
  return { listed: r.listed, assembly: r.assembly, madeOutside: r.madeOutside, none: r.none, ref: null };
}

/**
 * The China-share what-if, for one ground a route is caught on (its listed elements, the broad reading, a hold): China's
 * share of the elements that drive that ground falls to `x`, so the supply it catches shrinks by x ÷ (the component's
 * China share), the rest moving to the no-China route. The element with the largest share decides (the ground stays
 * China-bound while any of its drivers is), and a driver without a what-if keeps it whole. A what-if at or above the
 * component's China share changes nothing: it can only move supply away from China, never raise exposure. A route
 * caught on several grounds keeps the largest factor over them (determine-product.ts).
 */
export function chinaShareFactor(
  drivers: readonly ElementSymbol[],
  chinaShare: number,
  overrides: Partial<Record<ElementSymbol, number>>,
): number {
  if (drivers.length === 0 || chinaShare <= 0) return 1;
  let x = 0;
  for (const s of drivers) {
    const v = overrides[s];
    if (v === undefined) return 1;
    x = Math.max(x, v);
  }
  return x >= chinaShare ? 1 : x / chinaShare;
}
