import type { ElementSymbol } from "../schemas/common";
import type { RouteShares } from "../schemas/product";
import type { Range, RouteResult, StatusRange } from "./exposure-types";
import type { RouteKind } from "./rules-kernel";
import { STATUSES, type Status } from "./status";

/**
 * The pieces of product results that repeat from product to product, each kept once per computation and shared, frozen
 * (a result is read, never changed: sharing cannot leak a change from one product to another).
 *
 * Why: a result is kept for every product until the computation ends, and from 100× data on the GC copies and promotes
 * every one of them (bench/README.md). Most of what a result holds repeats: products built from the same components
 * share their routes, notes, reasons and drivers (in the bundled data's 10× set, 65 reasons for 670 products, 95 route
 * notes for 1,180 routes), so what is kept per product shrinks to what is its own (figures, the component masses).
 *
 * Lookups go through nested maps keyed by values already shared (a string, a number, a shared object), so a piece
 * already kept is found without building a key.
 */
export type ResultPool = {
  words: Map<string, string>;
  lists: ListNode;
  ranges: Map<number, Map<number, Range>>;
  shares: Map<string, RouteShares>;
  routes: Map<string, Map<number, Map<number, Map<readonly ElementSymbol[], RouteResult>>>>;
  routeLists: RouteListNode;
  borders: Map<string, Map<StatusRange, Map<readonly ElementSymbol[], BorderResult>>>;
  byElement: ByElementNode;
};

export type BorderResult = { readonly status: StatusRange; readonly drivers: readonly ElementSymbol[]; readonly reason: string };

type ListNode = { list: readonly ElementSymbol[] | undefined; next: Map<ElementSymbol, ListNode> | undefined };
type RouteListNode = { list: readonly RouteResult[] | undefined; next: Map<RouteResult, RouteListNode> | undefined };
type ByElementNode = {
  value: Readonly<Partial<Record<ElementSymbol, Range>>> | undefined;
  next: Map<ElementSymbol, Map<Range, ByElementNode>> | undefined;
};

/** The map kept under `key` in `map`, made empty the first time: one level of the pool's nested lookups. */
function subMap<K, K2, V>(map: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let sub = map.get(key);
  if (!sub) {
    sub = new Map();
    map.set(key, sub);
  }
  return sub;
}

export function createResultPool(): ResultPool {
  return {
    words: new Map(),
    lists: { list: undefined, next: undefined },
    ranges: new Map(),
    shares: new Map(),
    routes: new Map(),
    routeLists: { list: undefined, next: undefined },
    borders: new Map(),
    byElement: { value: undefined, next: undefined },
  };
}

/** Words as a result keeps them: one flat string, the same string for every product that says the same. */
export function keepWords(pool: ResultPool, s: string): string {
  const kept = pool.words.get(s);
  if (kept !== undefined) return kept;
  // Reading a character flattens a rope (a template literal's pieces) in V8; the pieces then die young.
  s.charCodeAt(0);
  pool.words.set(s, s);
  return s;
}

/** A list of element symbols as a result keeps it (the order is the list's own: drivers come sorted). */
export function keepSymbols(pool: ResultPool, symbols: readonly ElementSymbol[]): readonly ElementSymbol[] {
  let node = pool.lists;
  for (const s of symbols) {
    node.next ??= new Map();
    let child = node.next.get(s);
    if (!child) {
      child = { list: undefined, next: undefined };
      node.next.set(s, child);
    }
    node = child;
  }
  node.list ??= Object.freeze(symbols.slice());
  return node.list;
}

/** A range as a result keeps it: for figures that repeat (dependences, shares), not for per-product values. */
export function keepRange(pool: ResultPool, low: number, high: number): Range {
  const byHigh = subMap(pool.ranges, low);
  let range = byHigh.get(high);
  if (!range) {
    range = Object.freeze({ low, high });
    byHigh.set(high, range);
  }
  return range;
}

const STATUS_RANGES = new Map<Status, Map<Status, StatusRange>>(
  STATUSES.map((low) => [low, new Map(STATUSES.map((high) => [high, Object.freeze({ low, high })]))]),
);

/** The status range: one shared object for each of the sixteen pairs. */
export const keepStatusRange = (low: Status, high: Status): StatusRange => STATUS_RANGES.get(low)?.get(high) ?? { low, high };

/** A documented route default's shares: one object per default. Component-specific shares are the component's own. */
export function keepShares(pool: ResultPool, ref: string | null, s: RouteShares): RouteShares {
  const own = () => ({ listed: s.listed, assembly: s.assembly, madeOutside: s.madeOutside, none: s.none });
  if (ref === null) return own();
  let kept = pool.shares.get(ref);
  if (!kept) {
    kept = Object.freeze(own());
    pool.shares.set(ref, kept);
  }
  return kept;
}

const ROUTE_CODES: Record<RouteKind, number> = { listed: 0, assembly: 1, madeOutside: 2 };

/** One route of a component result; `drivers` and `note` already kept (keepSymbols, keepWords). */
export function keepRoute(
  pool: ResultPool,
  route: RouteKind,
  share: number,
  caughtLow: boolean,
  caughtHigh: boolean,
  held: boolean,
  drivers: readonly ElementSymbol[],
  note: string,
): RouteResult {
  const code = ROUTE_CODES[route] * 8 + (caughtLow ? 4 : 0) + (caughtHigh ? 2 : 0) + (held ? 1 : 0);
  const byDrivers = subMap(subMap(subMap(pool.routes, note), share), code);
  let kept = byDrivers.get(drivers);
  if (!kept) {
    kept = Object.freeze({ route, share, caught: keepCaught(caughtLow, caughtHigh), held, drivers, note });
    byDrivers.set(drivers, kept);
  }
  return kept;
}

const CAUGHT = [false, true].map((low) => [false, true].map((high) => Object.freeze({ low, high })));
const keepCaught = (low: boolean, high: boolean) => CAUGHT[low ? 1 : 0]?.[high ? 1 : 0] ?? { low, high };

/** A component's list of routes, each already kept (keepRoute). */
export function keepRoutes(pool: ResultPool, routes: readonly RouteResult[]): readonly RouteResult[] {
  let node = pool.routeLists;
  for (const r of routes) {
    node.next ??= new Map();
    let child = node.next.get(r);
    if (!child) {
      child = { list: undefined, next: undefined };
      node.next.set(r, child);
    }
    node = child;
  }
  node.list ??= Object.freeze(routes.slice());
  return node.list;
}

/** What a product needs at China's border; `drivers` and `reason` already kept. */
export function keepBorder(pool: ResultPool, status: StatusRange, drivers: readonly ElementSymbol[], reason: string): BorderResult {
  const byDrivers = subMap(subMap(pool.borders, reason), status);
  let kept = byDrivers.get(drivers);
  if (!kept) {
    kept = Object.freeze({ status, drivers, reason });
    byDrivers.set(drivers, kept);
  }
  return kept;
}

/**
 * A figure by element: `symbols` in the order the result lists them, `ranges` (kept by keepRange) beside them. Both
 * are the caller's scratch lists, read and left as they are.
 */
export function keepByElement(pool: ResultPool, symbols: readonly ElementSymbol[], ranges: readonly Range[]): Readonly<Partial<Record<ElementSymbol, Range>>> {
  let node = pool.byElement;
  for (let i = 0; i < symbols.length; i += 1) {
    const s = symbols[i] as ElementSymbol;
    const r = ranges[i] as Range;
    node.next ??= new Map();
    const byRange = subMap(node.next, s);
    let child = byRange.get(r);
    if (!child) {
      child = { value: undefined, next: undefined };
      byRange.set(r, child);
    }
    node = child;
  }
  if (!node.value) {
    const out: Partial<Record<ElementSymbol, Range>> = {};
    for (let i = 0; i < symbols.length; i += 1) out[symbols[i] as ElementSymbol] = ranges[i] as Range;
    node.value = Object.freeze(out);
  }
  return node.value;
}
