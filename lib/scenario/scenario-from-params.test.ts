import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import { findIgnoredParams, scenarioFromParams } from "./scenario-from-params";

const dataset = getDataset();
const TODAY = "2026-11-25";
const run = (query: string) => scenarioFromParams(dataset, new URLSearchParams(query), TODAY);

describe("scenarioFromParams (the API's reading)", () => {
  it("resolves the scenario and keeps the input", () => {
    const r = run("regime=breakdown&controlled=Dy");
    expect(r).toMatchObject({ ok: true, input: { regime: "breakdown", controlled: ["Dy"] }, warnings: [] });
    expect(r.ok && r.value.outcomes[0]?.controlledElements).toEqual(["Dy"]);
  });

  it.each<[string, string, RegExp]>([
    ["regime=nope", "regime", /^unknown regime "nope"; known: /],
    ["", "regime", /give a regime or an asOf date/],
    ["regime=apr-2025&threshold=abc", "threshold", /not a number/],
    ["regime=apr-2025&format=csv", "format", /unknown parameter/],
  ])("%j -> 400 naming %s", (query, param, message) => {
    const r = run(query);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.param).toBe(param);
      expect(r.error.message).toMatch(message);
    }
  });

  it("takes a route's own parameters when told", () => {
    expect(scenarioFromParams(dataset, new URLSearchParams("regime=apr-2025&format=csv"), TODAY, ["format"]).ok).toBe(true);
  });

  it("warns that a threshold is ignored where the 0.1 % rule is off, and not where it is on", () => {
    // April 2025 has no 0.1 % rule; October 2025 (Ann. 61) has.
    expect(run("regime=apr-2025&threshold=0.5")).toMatchObject({
      ok: true,
      warnings: [{ param: "threshold", message: expect.stringMatching(/^ignored: the 0\.1 % rule \(extraterritorial\) is off/) }],
    });
    expect(run("regime=apr-2025&threshold=0.5&extraterritorial=on")).toMatchObject({ ok: true, warnings: [] });
    expect(run("regime=oct-2025&threshold=0.5")).toMatchObject({ ok: true, warnings: [] });
    expect(run("regime=oct-2025&threshold=0.5&extraterritorial=off")).toMatchObject({ ok: true, warnings: [{ param: "threshold" }] });
  });

  it("orders the warnings: tracking parameters, values in the table's order, then what was ignored", () => {
    const r = run("threshold=1%25&regime=Apr-2025&utm_campaign=x");
    expect(r.ok && r.warnings.map((w) => [w.param, w.message.slice(0, 12)])).toEqual([
      ["utm_campaign", "ignored: a t"],
      ["regime", '"Apr-2025" r'],
      ["threshold", '"1%" read as'],
      ["threshold", "ignored: the"],
    ]);
  });
});

describe("findIgnoredParams", () => {
  const apr = resolveScenario(dataset, { regime: "apr-2025" }, TODAY);

  it("reports an outcome where the record decides every measure, and not where it leaves one open", () => {
    expect(findIgnoredParams(apr, { regime: "apr-2025", outcome: "lapsed" })).toEqual([
      { param: "outcome", message: "ignored: the record decides every measure on this date, so there is no outcome to choose" },
    ]);
    const today = resolveScenario(dataset, { regime: "as-of-today" }, "2026-12-02");
    expect(findIgnoredParams(today, { regime: "as-of-today", outcome: "lapsed" })).toEqual([]);
  });

  it("says nothing about parameters that were not given", () => {
    expect(findIgnoredParams(apr, { regime: "apr-2025" })).toEqual([]);
  });
});
