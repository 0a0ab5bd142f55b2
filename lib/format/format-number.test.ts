import { describe, expect, it } from "vitest";
import { formatPct, formatShare, formatUsdCompact } from "./format-number";

describe("formatUsdCompact", () => {
  it.each([
    [null, "—"],
    [0, "$0.0"],
    [1_437_750_000, "$1.4B"],
    [18_070_000_000, "$18.1B"],
  ])("%s -> %s", (v, expected) => expect(formatUsdCompact(v)).toBe(expected));
});

describe("formatShare", () => {
  it.each([
    [0, "0 %"],
    [0.000137, "0.014 %"],
    [0.0014, "0.1 %"],
    [0.235, "24 %"],
    [0.998, "99.8 %"],
    [0.99999, "99.9 %"],
    [1, "100 %"],
  ])("%s -> %s", (v, expected) => expect(formatShare(v)).toBe(expected));
});

describe("formatPct", () => {
  it.each([
    [null, "—"],
    [0, "0 %"],
    [0.00896, "0.0090 %"],
    [0.434, "0.43 %"],
    [13.62, "13.6 %"],
  ])("%s -> %s", (v, expected) => expect(formatPct(v)).toBe(expected));
});
