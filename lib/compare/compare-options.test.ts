import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { scenarioToQuery } from "../scenario/scenario-query";
import { listCompareOptions } from "./compare-options";
import { resolveCompareSides } from "./compare-query";

const dataset = getDataset();
const TODAY = "2026-12-02";
const PRESETS = dataset.regimes.regimes.map((r) => r.id);

const open = (href: string) => {
  const params = new URLSearchParams(href.split("?")[1]);
  return resolveCompareSides(dataset, { a: params.get("a"), b: params.get("b") }, TODAY);
};

describe("listCompareOptions", () => {
  it.each<[string, ScenarioInput, string[], string[]]>([
    // April 2025: every other preset; October's five elements can be added; no outcome is open.
    ["April 2025", { regime: "apr-2025" }, PRESETS.filter((id) => id !== "apr-2025"), ["october-elements", "other-lens", "destination-jp", "destination-other"]],
    // As of today the record leaves Ann. 70's end open: both outcomes offered; October's elements are already
    // controlled in the lapsed outcome, so adding them is not.
    ["as of today (a range)", { regime: "as-of-today" }, PRESETS.filter((id) => id !== "as-of-today"), ["outcome-extended", "outcome-lapsed", "other-lens", "destination-jp", "destination-other"]],
    // A changed preset can be compared with its own preset too.
    ["Breakdown for Japan", { regime: "breakdown", destination: "jp" }, PRESETS, ["other-lens", "destination-us", "destination-other"]],
  ])("%s", (_name, input, presets, variants) => {
    const options = listCompareOptions(dataset, resolveScenario(dataset, input, TODAY), TODAY);
    expect(options.filter((o) => o.group === "preset").map((o) => o.id)).toEqual(presets);
    expect(options.filter((o) => o.group === "variant").map((o) => o.id)).toEqual(variants);
  });

  it("opens with the scenario on screen as A and the choice as B", () => {
    const scenario = resolveScenario(dataset, { regime: "as-of-today" }, TODAY);
    const options = listCompareOptions(dataset, scenario, TODAY);
    const lapsed = open(options.find((o) => o.id === "outcome-lapsed")?.href ?? "");
    expect(lapsed.a.query).toBe(scenarioToQuery(scenario));
    expect(lapsed.b.scenario.outcome).toBe("lapsed");
    expect([lapsed.a.notices, lapsed.b.notices]).toEqual([[], []]);
    const breakdown = open(options.find((o) => o.id === "breakdown")?.href ?? "");
    expect(breakdown.b.scenario.regime).toBe("breakdown");
    // Pinned to the date the preset resolves to today.
    expect(breakdown.b.query).toContain(`asOf=${TODAY}`);
  });

  it("adds October 2025's elements to April's list", () => {
    const options = listCompareOptions(dataset, resolveScenario(dataset, { regime: "apr-2025" }, TODAY), TODAY);
    const o = options.find((x) => x.id === "october-elements");
    expect(o?.label).toBe("This scenario with October 2025's elements controlled too (+Eu, Ho, Er, Tm, Yb)");
    expect(open(o?.href ?? "").b.scenario.outcomes[0]?.controlledElements).toEqual(["Sc", "Y", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"]);
  });
});
