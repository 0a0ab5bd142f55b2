import { describe, expect, it } from "vitest";
import { memoizeLast } from "./memoize-last";

describe("memoizeLast", () => {
  it("computes again only when the key changes, and remembers one answer", () => {
    let calls = 0;
    const double = memoizeLast((xs: number[]) => ((calls += 1), xs.map((x) => x * 2)), (xs) => xs.join());
    const a = double([1, 2]);
    expect(double([1, 2])).toBe(a); // same key, a new array: the same answer, not computed again
    expect(calls).toBe(1);
    expect(double([3])).toEqual([6]);
    expect(double([1, 2])).not.toBe(a); // only the last answer is kept
    expect(calls).toBe(3);
  });
});
