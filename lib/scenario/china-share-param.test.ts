import { describe, expect, it } from "vitest";
import { parseScenarioParams } from "./parse-scenario";
import { readChinaShareParam, updateChinaShareParam } from "./china-share-param";

describe("updateChinaShareParam", () => {
  it.each([
    [null, "all", 60, "all:60"],
    ["all:60", "Dy", 80, "all:60,Dy:80"],
    ["Dy:80,all:60", "Tb", 10, "all:60,Tb:10,Dy:80"],
    ["all:60,Dy:80", "all", null, "Dy:80"],
    ["Dy:80", "Dy", null, null],
    ["dy:80,junk,Xx:5", "Y", 0, "Y:0,Dy:80"],
  ] as const)("%s, %s=%s -> %s", (raw, key, pct, expected) => {
    expect(updateChinaShareParam(raw, key, pct)).toBe(expected);
  });

  it("writes what the scenario parser reads, per-element values winning over all", () => {
    const raw = updateChinaShareParam(updateChinaShareParam(null, "Dy", 80), "all", 60);
    const parsed = parseScenarioParams(new URLSearchParams({ regime: "apr-2025", chinaShare: raw ?? "" }));
    expect(parsed.ok && parsed.value.chinaShare?.Dy).toBe(0.8);
    expect(parsed.ok && parsed.value.chinaShare?.Tb).toBe(0.6);
  });
});

describe("readChinaShareParam", () => {
  it("skips what it does not understand", () => {
    expect(readChinaShareParam("all:150,Dy:abc,Tb:20")).toEqual({ Tb: 20 });
  });
});
