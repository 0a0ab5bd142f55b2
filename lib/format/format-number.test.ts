import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatCountRange,
  formatPct,
  formatPointsDelta,
  formatPointsDeltaRange,
  formatShare,
  formatShareRange,
  formatShareRangeShort,
  formatUsdCompact,
  formatUsdDelta,
  formatUsdDeltaRange,
  formatUsdRange,
} from "./format-number";

describe("formatUsdCompact", () => {
  it.each([
    [null, "—"],
    // three significant digits: the headline's $1.95T does not round to $2T
    [0, "$0"],
    [1_437_750_000, "$1.44B"],
    [18_070_000_000, "$18.1B"],
    [1_953_538_122_863, "$1.95T"],
    [226_151_928_649, "$226B"],
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

describe("ranges and counts", () => {
  it.each([
    [{ low: 0.5, high: 0.5 }, "50 %", "50 %"],
    [{ low: 0, high: 0.99 }, "between 0 % and 99 %", "0–99 %"],
    [{ low: 0.071, high: 0.4 }, "between 7.1 % and 40 %", "7.1–40 %"],
  ])("%j → %s / %s", (r, long, short) => {
    expect(formatShareRange(r)).toBe(long);
    expect(formatShareRangeShort(r)).toBe(short);
  });

  it("words money ranges and gaps", () => {
    expect(formatUsdRange(null)).toBe("—");
    expect(formatUsdRange({ low: 1e9, high: 1e9 })).toBe("$1B");
    expect(formatUsdRange({ low: 1e9, high: 2.5e9 })).toBe("between $1B and $2.5B");
  });

  it("never writes '1 products'", () => {
    expect(formatCount(1, "product")).toBe("1 product");
    expect(formatCount(3, "product")).toBe("3 products");
    expect(formatCount(1200, "part")).toBe("1,200 parts");
    expect(formatCountRange(3, 3)).toBe("3");
    expect(formatCountRange(3, 4)).toBe("between 3 and 4");
  });
});

describe("changes between two scenarios", () => {
  it.each([
    // share 0 → 0.99: +99 points
    [0.99, "+99 pts"],
    // 0.95 → 0.929: −2.1 points
    [-0.021, "\u22122.1 pts"],
    // a small change keeps two significant digits: 0.00042 = 0.042 points
    [0.00042, "+0.042 pts"],
    [0, "0 pts"],
    // float noise from subtracting two computed shares is no change
    [1e-13, "0 pts"],
  ])("%d → %s", (delta, text) => expect(formatPointsDelta(delta)).toBe(text));

  it("gives both ends of a range only when they differ", () => {
    expect(formatPointsDeltaRange({ low: 0.38, high: 0.38 })).toBe("+38 pts");
    expect(formatPointsDeltaRange({ low: 0.05, high: 0.12 })).toBe("+5.0 to +12 pts");
  });

  it.each([
    [222_750, "+$223K"],
    [-1_200_000_000, "\u2212$1.2B"],
    [0, "$0"],
    [null, "\u2014"],
  ])("US$ %s → %s", (delta, text) => expect(formatUsdDelta(delta)).toBe(text));

  it("words a range of US$ changes", () => {
    expect(formatUsdDeltaRange(null)).toBe("\u2014");
    expect(formatUsdDeltaRange({ low: 1e9, high: 1e9 })).toBe("+$1B");
    expect(formatUsdDeltaRange({ low: 0, high: 3e9 })).toBe("$0 to +$3B");
  });
});
