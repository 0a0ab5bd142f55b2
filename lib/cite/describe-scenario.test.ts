import { describe, expect, it } from "vitest";
import type { Scenario } from "../engine/scenario";
import { describeScenario } from "./describe-scenario";

const base: Scenario = {
  regime: "apr-2025",
  regimeName: "April 2025 (Ann. 18)",
  kind: "enacted",
  asOf: "2025-06-01",
  suspensions: "as-scheduled",
  measuresInForce: [],
  controlledElements: ["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Lu"],
  regimeControlledElements: ["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Lu"],
  extraterritorial: false,
  deMinimisPct: null,
  reading: "annex",
  militaryEndUse: "deny",
  advancedSemiconductor: "license",
  civilGeneralLicence: false,
  exclusions: "apply",
  chinaShareOverrides: {},
  overrides: [],
  caveats: [],
};

describe("describeScenario", () => {
  it("words a preset", () => {
    expect(describeScenario(base)).toBe(
      "April 2025 (Ann. 18), as of 1 Jun 2025 · 7 of 17 elements controlled (Sc, Y, Sm, Gd, Tb, Dy, Lu) · 0.1 % rule off · military end use denied · FAQ exclusions applied",
    );
  });
  it("words every change", () => {
    const s: Scenario = { ...base, controlledElements: [], extraterritorial: true, deMinimisPct: 0.5, reading: "broad", militaryEndUse: "license", exclusions: "ignore", chinaShareOverrides: { Dy: 0.5 }, overrides: ["controlled", "threshold"] };
    expect(describeScenario(s)).toBe(
      "April 2025 (Ann. 18), as of 1 Jun 2025 · no element controlled · 0.1 % rule on (threshold 0.5 %, broad reading) · military end use licensed like civil · FAQ exclusions ignored · China-share what-if Dy 50 % · changed from the preset: controlled, threshold",
    );
  });
});
