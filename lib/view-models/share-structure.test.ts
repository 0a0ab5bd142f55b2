import { describe, expect, it } from "vitest";
import { createStructureSharer, shareStructure } from "./share-structure";

describe("shareStructure", () => {
  it.each([
    ["equal primitives", 1, 1],
    ["equal strings", "7 of 17", "7 of 17"],
    ["null and null", null, null],
  ])("keeps %s", (_, a, b) => {
    expect(shareStructure(a, b)).toBe(a);
  });

  it("returns prev itself when the whole value is equal, however deep", () => {
    const prev = { a: [1, { b: "x" }], c: { d: null } };
    const next = { a: [1, { b: "x" }], c: { d: null } };
    expect(shareStructure(prev, next)).toBe(prev);
  });

  it("reuses the equal parts and builds only the changed path", () => {
    // a toggle of Dy: the Dy tile changes, the Sc tile and the picker do not
    const prev = { picker: { id: "apr-2025" }, tiles: [{ s: "Sc", on: true }, { s: "Dy", on: true }], count: "7 of 17" };
    const next = { picker: { id: "apr-2025" }, tiles: [{ s: "Sc", on: true }, { s: "Dy", on: false }], count: "6 of 17" };
    const out = shareStructure(prev, next);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out.picker).toBe(prev.picker);
    expect(out.tiles).not.toBe(prev.tiles);
    expect(out.tiles[0]).toBe(prev.tiles[0]);
    expect(out.tiles[1]).toBe(next.tiles[1]);
  });

  it.each([
    ["a longer array", [1, 2], [1, 2, 3]],
    ["a shorter array", [1, 2, 3], [1, 2]],
    ["an added key", { a: 1 }, { a: 1, b: 2 }],
    ["a removed key", { a: 1, b: 2 }, { a: 1 }],
    ["an undefined value where there was none", { a: 1 }, { a: 1, b: undefined }],
  ])("does not keep prev for %s", (_, prev, next) => {
    const out = shareStructure<unknown>(prev, next);
    expect(out).not.toBe(prev);
    expect(out).toEqual(next);
  });

  it("never merges class instances: a Map is taken from next", () => {
    const prev = { m: new Map([["a", 1]]) };
    const next = { m: new Map([["a", 1]]) };
    expect(shareStructure(prev, next).m).toBe(next.m);
  });
});

describe("createStructureSharer", () => {
  it("shares each answer with the one before it", () => {
    const share = createStructureSharer<{ a: { b: number }; c: number }>();
    const first = share({ a: { b: 1 }, c: 1 });
    const second = share({ a: { b: 1 }, c: 2 });
    expect(second.a).toBe(first.a);
    const third = share({ a: { b: 2 }, c: 2 });
    expect(third.a).not.toBe(second.a);
    expect(third).toEqual({ a: { b: 2 }, c: 2 });
  });
});
