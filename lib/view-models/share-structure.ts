/**
 * Structural sharing of plain view data (objects, arrays, primitives): `next` with every part that equals the same
 * part of `prev` replaced by prev's. A view rebuilt after a toggle then keeps the identity of whatever the toggle left
 * unchanged (the regime picker, the rule controls, 16 of 17 element tiles), and memoised components skip it: less
 * work in the click's frame (issue 13). Functions compare by identity; class instances (Map, Date) are never merged.
 */
export function shareStructure<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    let reused = false;
    const out = next.map((item, i) => {
      const shared = i < prev.length ? shareStructure(prev[i], item) : item;
      if (shared !== prev[i]) same = false;
      if (shared !== item) reused = true;
      return shared;
    });
    return (same ? prev : reused ? out : next) as T;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const prevKeys = Object.keys(prev);
    const nextKeys = Object.keys(next);
    let same = prevKeys.length === nextKeys.length;
    let reused = false;
    const out: Record<string, unknown> = {};
    for (const k of nextKeys) {
      const shared = Object.hasOwn(prev, k) ? shareStructure(prev[k], next[k]) : next[k];
      if (!Object.hasOwn(prev, k) || shared !== prev[k]) same = false;
      if (shared !== next[k]) reused = true;
      out[k] = shared;
    }
    return (same ? prev : reused ? out : next) as T;
  }
  return next;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== "object" || x === null) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A function that shares each answer's structure with the one before it (one per component instance). */
export function createStructureSharer<T>(): (next: T) => T {
  let last: { value: T } | null = null;
  return (next) => {
    const value = last ? shareStructure(last.value, next) : next;
    last = { value };
    return value;
  };
}
