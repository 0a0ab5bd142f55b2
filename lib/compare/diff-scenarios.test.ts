import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { describeScenarioLines } from "../report/scenario-lines";
import { diffScenarios, SETTING_OF_LINE } from "./diff-scenarios";

const dataset = getDataset();
const resolve = (input: ScenarioInput) => resolveScenario(dataset, input, "2026-12-02");

describe("diffScenarios", () => {
  it("knows every line the reports describe a scenario with", () => {
    for (const [label] of describeScenarioLines(resolve({ regime: "as-of-today" }))) expect(SETTING_OF_LINE[label], label).toBeDefined();
  });

  it.each<[string, ScenarioInput, ScenarioInput, string[], string[], string[]]>([
    ["the same scenario", { regime: "apr-2025" }, { regime: "apr-2025" }, [], [], []],
    // Only the lens line differs (a lens is a view of the preset, not a change to it); no element moves.
    ["another lens", { regime: "apr-2025" }, { regime: "apr-2025", lens: "border" }, ["lens"], [], []],
    // Ann. 57 adds Eu, Ho, Er, Tm, Yb (atomic order) to April's seven; customs stopped holding all NdFeB after June 2025.
    [
      "April → October",
      { regime: "apr-2025" },
      { regime: "oct-2025" },
      ["regime", "asOf", "elements", "extraterritorial", "advanced", "contentChecks"],
      ["Eu", "Ho", "Er", "Tm", "Yb"],
      [],
    ],
    // Elements taken away from the preset's list, and a friction and a China share set.
    [
      "elements removed, friction and China share changed",
      { regime: "apr-2025" },
      { regime: "apr-2025", controlled: ["Sm", "Gd", "Tb", "Dy"], frictionPct: 50, chinaShare: { Dy: 0.5 } },
      ["elements", "friction", "chinaShare", "overrides"],
      [],
      ["Sc", "Y", "Lu"],
    ],
  ])("%s", (_name, a, b, settings, added, removed) => {
    const diff = diffScenarios(resolve(a), resolve(b));
    expect(diff.changes.map((c) => c.setting)).toEqual(settings);
    expect(diff.elementsAdded).toEqual(added);
    expect(diff.elementsRemoved).toEqual(removed);
  });

  it("words each change as the reports word the setting", () => {
    const diff = diffScenarios(resolve({ regime: "apr-2025" }), resolve({ regime: "apr-2025", destination: "jp", chinaShare: { Dy: 0.5 } }));
    expect(diff.changes.find((c) => c.setting === "destination")).toEqual({ setting: "destination", label: "Buyer's country", a: "United States", b: "Japan" });
    expect(diff.changes.find((c) => c.setting === "chinaShare")).toMatchObject({ a: "none (dataset shares)", b: "Dy 50 %" });
    expect(diff.chinaShareChanged).toEqual(["Dy"]);
  });
});
