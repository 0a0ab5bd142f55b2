/**
 * A function that hands back its last answer while the key of its argument is unchanged: a view that does not change
 * keeps its identity, so that a memoised component is not drawn again.
 */
export function memoizeLast<A, R>(fn: (arg: A) => R, keyOf: (arg: A) => string): (arg: A) => R {
  let last: { key: string; value: R } | null = null;
  return (arg) => {
    const key = keyOf(arg);
    if (last?.key !== key) last = { key, value: fn(arg) };
    return last.value;
  };
}
