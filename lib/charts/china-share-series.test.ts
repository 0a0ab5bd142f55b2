import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { toChinaShareSeries } from "./china-share-series";

const dataset = getDataset();
const base = toChinaShareSeries(dataset, {});
const row = (symbol: string, s = base) => s.rows.find((r) => r.symbol === symbol)!;

describe("toChinaShareSeries", () => {
  it("has the 17 elements in atomic-number order", () => {
    // Sc 21, Y 39, then La 57 … Lu 71.
    expect(base.rows.map((r) => r.symbol)).toEqual([
      "Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu",
    ]);
  });

  // From data/elements.json: value × 100, and whether the figure is the element's own (true) or the
  // all-rare-earth aggregate applied to it (false); null = no figure at all.
  it.each([
    // La: USGS mining 0.69 and IEA separation 0.91 aggregates; no magnet figure (not a magnet element).
    ["La", [69, false], [91, false], [null, null]],
    // Nd: aggregates, and the 0.94 magnet-making aggregate.
    ["Nd", [69, false], [91, false], [94, false]],
    // Pm: figures exist but their values were not found (element-specific "none mined"): gaps, not zeros.
    ["Pm", [null, true], [null, true], [null, null]],
    // Dy: mining aggregate 0.69, heavy-RE separation 0.99 element-specific, magnets aggregate 0.94.
    ["Dy", [69, false], [99, true], [94, false]],
    // Sc: its own estimates, 0.75 mining and 0.75 separation.
    ["Sc", [75, true], [75, true], [null, null]],
    ["Y", [69, false], [99, true], [null, null]],
  ] as const)("%s: mining %j, separation %j, magnets %j", (symbol, mining, separation, magnets) => {
    const r = row(symbol);
    expect([r.mining.pct, r.mining.elementSpecific]).toEqual(mining);
    expect([r.separation.pct, r.separation.elementSpecific]).toEqual(separation);
    expect([r.magnets.pct, r.magnets.elementSpecific]).toEqual(magnets);
    expect([r.miningPct, r.separationPct, r.magnetsPct]).toEqual([mining[0], separation[0], magnets[0]]);
  });

  it("prints a gap as n/a, never as 0", () => {
    expect(row("Pm").mining.display).toBe("n/a");
    expect(row("La").magnets.display).toBe("n/a");
    expect(row("Nd").magnets.display).toBe("94 %");
    expect(base.rows.some((r) => r.miningPct === 0 || r.separationPct === 0 || r.magnetsPct === 0)).toBe(false);
  });

  it.each([
    // No what-if.
    [{}, [], false],
    // Dy at 0.5 → 50 %; Tb at 0.333 → 33.3 %.
    [{ Dy: 0.5, Tb: 0.333 }, [["Tb", 33.3, "33.3 %"], ["Dy", 50, "50 %"]], true],
  ] as const)("overrides %j", (overrides, expected, has) => {
    const s = toChinaShareSeries(dataset, overrides);
    expect(s.hasOverrides).toBe(has);
    expect(s.rows.filter((r) => r.overridePct !== null).map((r) => [r.symbol, r.overridePct, r.overrideDisplay])).toEqual(expected);
    // The recorded figures are unchanged by a what-if.
    expect(row("Dy", s).separation.pct).toBe(99);
  });

  it("sums up the separation shares and flags the aggregate", () => {
    // Separation figures for 16 elements (Pm has none): Sc 75, Y and Tb–Lu 99 (element-specific), La, Ce, Pr, Nd,
    // Sm, Eu, Gd the 91 % aggregate (7 elements).
    expect(base.takeaway).toBe(
      "China separates 75–99 % of each of the 16 rare earths with a figure; for 7 of them that is the 91 % aggregate, applied by assumption.",
    );
    expect(toChinaShareSeries(dataset, { Dy: 0.5 }).takeaway).toMatch(/; what-if: Dy 50 %\.$/);
    expect(base.source).toContain("applied to each element by assumption");
    // Pm: mining and separation values not found, no magnet figure.
    expect(base.source).toContain("Pm has none at all");
  });
});
