import { describe, expect, it } from "vitest";
import { compareStatus, worstStatus } from "./status";

describe("worstStatus", () => {
  it.each([
    [[], "free"],
    [["free", "free"], "free"],
    [["license", "free"], "license"],
    [["license", "case-by-case"], "case-by-case"],
    [["denied", "license", "case-by-case"], "denied"],
  ] as const)("%j -> %s", (input, expected) => {
    expect(worstStatus(input)).toBe(expected);
  });
});

describe("compareStatus", () => {
  it("orders free < license < case-by-case < denied", () => {
    expect(compareStatus("free", "license")).toBeLessThan(0);
    expect(compareStatus("license", "case-by-case")).toBeLessThan(0);
    expect(compareStatus("case-by-case", "denied")).toBeLessThan(0);
    expect(compareStatus("denied", "denied")).toBe(0);
  });
});
