import { describe, expect, it } from "vitest";
import { LruCache } from "./lru-cache";

describe("LruCache", () => {
  it("keeps at most its capacity, dropping the least recently used", () => {
    const c = new LruCache<number>(2);
    c.set("a", 1);
    c.set("b", 2);
    expect(c.get("a")).toBe(1); // a is now the most recent
    c.set("c", 3);
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe(1);
    expect(c.get("c")).toBe(3);
    expect(c.size).toBe(2);
  });

  it("replaces a value without growing", () => {
    const c = new LruCache<string>(2);
    c.set("a", "x");
    c.set("a", "y");
    expect(c.get("a")).toBe("y");
    expect(c.size).toBe(1);
  });
});
