import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveUrlScenario } from "./resolve-url-scenario";

const dataset = getDataset();
const TODAY = "2026-11-25";
const THRESHOLD_IGNORED = "ignored: the 0.1 % rule (extraterritorial) is off in this scenario, so no threshold applies; add extraterritorial=on to apply it";

describe("resolveUrlScenario (the page's lenient reading)", () => {
  it("opens the default regime when the link names none", () => {
    const r = resolveUrlScenario(dataset, {}, TODAY);
    expect(r.scenario.regime).toBe("apr-2025");
    expect(r.notices).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it("keeps the valid parameters and reports each bad one, in the table's order", () => {
    const r = resolveUrlScenario(dataset, { regime: "breakdown", threshold: "lots", controlled: "Dy,Qq", reading: "broad" }, TODAY);
    expect(r.scenario.regime).toBe("breakdown");
    expect(r.scenario.reading).toBe("broad");
    expect(r.scenario.outcomes[0]?.deMinimisPct).toBe(0.1);
    expect(r.scenario.outcomes[0]?.controlledElements).toHaveLength(12);
    expect(r.notices.map((n) => n.param)).toEqual(["controlled", "threshold"]);
  });

  it("replaces an unknown regime by the default and says so", () => {
    const r = resolveUrlScenario(dataset, { regime: "no-such" }, TODAY);
    expect(r.scenario.regime).toBe("apr-2025");
    expect(r.notices).toEqual([expect.objectContaining({ param: "regime" })]);
  });

  it("reads an as-of date without a regime", () => {
    const r = resolveUrlScenario(dataset, { asOf: "2025-12-15" }, TODAY);
    expect(r.scenario.regime).toBeNull();
    expect(r.scenario.outcomes[0]?.controlledElements).toEqual(["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Lu"]);
  });

  it("reports a parameter given twice and drops it", () => {
    const r = resolveUrlScenario(dataset, { regime: ["breakdown"], controlled: ["Dy", "Tb"] }, TODAY);
    expect(r.notices).toEqual([{ param: "controlled", message: '"controlled" is given more than once' }]);
    expect(r.scenario.outcomes[0]?.controlledElements).toHaveLength(12);
  });

  it("reports an empty value rather than reading it as absent", () => {
    const r = resolveUrlScenario(dataset, { regime: "apr-2025", controlled: [""] }, TODAY);
    expect(r.notices).toEqual([{ param: "controlled", message: 'empty element in ""; use "none" for no element' }]);
  });

  it("reads the lenient spellings with a warning each, apart from the notices", () => {
    const r = resolveUrlScenario(dataset, { regime: "APR-2025", controlled: "Dy Tb", military: "licence", threshold: "0.1%" }, TODAY);
    expect(r.notices).toEqual([]);
    expect(r.scenario.outcomes[0]?.controlledElements).toEqual(["Tb", "Dy"]);
    expect(r.scenario.outcomes[0]?.militaryEndUse).toBe("license");
    expect(r.warnings).toEqual([
      { param: "regime", message: '"APR-2025" read as apr-2025' },
      { param: "controlled", message: '"Dy Tb" read as Dy,Tb' },
      { param: "threshold", message: '"0.1%" read as 0.1 (the value is a percent; the % sign is not needed)' },
      { param: "military", message: '"licence" read as license' },
      // April 2025 has no 0.1 % rule: the threshold, read, is then ignored.
      { param: "threshold", message: THRESHOLD_IGNORED },
    ]);
  });

  it("keeps the chinaShare entries as written, for the controls", () => {
    const r = resolveUrlScenario(dataset, { regime: "apr-2025", chinaShare: "all:60,Dy:80" }, TODAY);
    expect(r.chinaShareEntries).toEqual({ all: 60, Dy: 80 });
    expect(r.scenario.chinaShareOverrides.Dy).toBe(0.8);
    expect(r.scenario.chinaShareOverrides.Sc).toBe(0.6);
    expect(resolveUrlScenario(dataset, { regime: "apr-2025", chinaShare: "Dy:lots" }, TODAY).chinaShareEntries).toEqual({});
  });
});
