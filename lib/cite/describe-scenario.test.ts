import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import { describeScenario } from "./describe-scenario";

const dataset = getDataset();
const words = (input: Parameters<typeof resolveScenario>[1]) => describeScenario(resolveScenario(dataset, input, "2026-12-02"));

describe("describeScenario", () => {
  it("words a preset", () => {
    expect(words({ regime: "apr-2025" })).toBe(
      "April 2025 (Ann. 18), as of 1 Jun 2025 · dependency lens · buyer in the US · 7 of 17 controlled: Sc, Y, Sm, Gd, Tb, Dy, Lu; 0.1 % rule off · military end use denied · FAQ exclusions applied · licence friction 75 %",
    );
  });

  it("words every change", () => {
    expect(
      words({ regime: "apr-2025", controlled: [], extraterritorial: true, thresholdPct: 0.5, reading: "broad", military: "license", exclusions: "ignore", chinaShare: { Dy: 0.5 }, lens: "border", destination: "jp", frictionPct: 40 }),
    ).toBe(
      "April 2025 (Ann. 18), as of 1 Jun 2025 · border lens · buyer in Japan · 0 of 17 controlled: none; 0.1 % rule on at 0.5 % · broad reading · military end use licensed like civil · FAQ exclusions ignored · licence friction 40 % · China-share what-if Dy 50 % · changed from the preset: controlledElements, extraterritorial, deMinimisPct, reading, exclusions, friction, chinaShare",
    );
  });

  it("says when the figures are ranges", () => {
    expect(words({ regime: "as-of-today" })).toMatch(/ · not on record after the suspension's end: ranges \(low = extended, high = lapsed\) · /);
    expect(words({ regime: "as-of-today" })).toMatch(/7 of 17 controlled \(Sc, Y, Sm, Gd, Tb, Dy, Lu\), 12 if the suspension lapsed \(\+Eu, Ho, Er, Tm, Yb\)/);
  });
});
