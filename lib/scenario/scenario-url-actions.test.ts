import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import type { ShareEntries } from "./param-readers";
import { parseScenarioParams, readScenarioParams } from "./parse-scenario";
import {
  applyQueryPatch,
  type RuleChange,
  resetElementsInQuery,
  selectRegimeInQuery,
  setAsOfInQuery,
  setChinaShareEntry,
  setRuleInQuery,
  toggleElementInQuery,
} from "./scenario-url-actions";

const dataset = getDataset();
const TODAY = "2026-11-25";
// April 2025 controls Sc, Y, Sm, Gd, Tb, Dy, Lu (Ann. 18).
const APR = resolveScenario(dataset, { regime: "apr-2025" }, TODAY);

describe("toggleElementInQuery", () => {
  it("writes the new list in atomic order, and no parameter once it equals the regime's again", () => {
    expect(toggleElementInQuery(APR, "Dy")).toEqual({ controlled: "Sc,Y,Sm,Gd,Tb,Lu" });
    expect(toggleElementInQuery(APR, "Nd")).toEqual({ controlled: "Sc,Y,Nd,Sm,Gd,Tb,Dy,Lu" });
    const withoutDy = resolveScenario(dataset, { regime: "apr-2025", controlled: ["Sc", "Y", "Sm", "Gd", "Tb", "Lu"] }, TODAY);
    expect(toggleElementInQuery(withoutDy, "Dy")).toEqual({ controlled: null });
  });

  it("writes none for an empty list", () => {
    const onlyDy = resolveScenario(dataset, { regime: "apr-2025", controlled: ["Dy"] }, TODAY);
    expect(toggleElementInQuery(onlyDy, "Dy")).toEqual({ controlled: "none" });
  });

  it("resets to the regime's list", () => {
    expect(resetElementsInQuery()).toEqual({ controlled: null });
  });
});

describe("selectRegimeInQuery and setAsOfInQuery", () => {
  it("start from the preset's own date and elements, or from the measures in force on the date", () => {
    expect(selectRegimeInQuery("oct-2025")).toEqual({ regime: "oct-2025", asOf: null, controlled: null });
    expect(setAsOfInQuery("2025-12-15")).toEqual({ asOf: "2025-12-15", regime: null, controlled: null });
  });
});

describe("setRuleInQuery", () => {
  it.each<[RuleChange, Record<string, string | null>]>([
    [{ key: "threshold", value: 0.5 }, { threshold: "0.5" }],
    [{ key: "threshold", value: null }, { threshold: null }],
    [{ key: "military", value: "deny" }, { military: "deny" }],
    [{ key: "military", value: "license" }, { military: "license" }],
    [{ key: "reading", value: "broad" }, { reading: "broad" }],
    [{ key: "reading", value: "annex" }, { reading: null }], // the default
    [{ key: "extraterritorial", value: true }, { extraterritorial: "on" }],
    [{ key: "extraterritorial", value: false }, { extraterritorial: "off" }],
    [{ key: "exclusions", value: "ignore" }, { exclusions: "ignore" }],
    [{ key: "exclusions", value: "apply" }, { exclusions: null }], // the default
    [{ key: "chinaShare", symbol: "all", value: 60 }, { chinaShare: "all:60" }],
    [{ key: "lens", value: "border" }, { lens: "border" }],
    [{ key: "lens", value: "dependency" }, { lens: null }], // the default
    [{ key: "destination", value: "jp" }, { destination: "jp" }],
    [{ key: "destination", value: "us" }, { destination: null }], // the default
    [{ key: "friction", value: 40 }, { friction: "40" }],
    [{ key: "friction", value: 0.5 }, { friction: "0.5%" }], // written so that it reads without the fraction warning
    [{ key: "friction", value: null }, { friction: null }],
    [{ key: "outcome", value: "lapsed" }, { outcome: "lapsed" }],
    [{ key: "outcome", value: "range" }, { outcome: null }], // the default where the record is silent
  ])("%j -> %j", (change, patch) => {
    expect(setRuleInQuery(change, {})).toEqual(patch);
  });
});

describe("setChinaShareEntry", () => {
  it.each<[ShareEntries, ElementSymbol | "all", number | null, string | null]>([
    [{}, "all", 60, "all:60"],
    [{ all: 60 }, "Dy", 80, "all:60,Dy:80"],
    [{ Dy: 80, all: 60 }, "Tb", 10, "all:60,Tb:10,Dy:80"], // all first, then table order (Tb before Dy)
    [{ all: 60, Dy: 80 }, "all", null, "Dy:80"],
    [{ Dy: 80 }, "Dy", null, null],
    [{ Dy: 80 }, "Y", 0, "Y:0,Dy:80"],
    [{}, "Dy", 0.5, "Dy:0.5%"], // 0.5 %, written so that it is not taken for a fraction
  ])("%j, %s=%s -> %s", (entries, key, pct, expected) => {
    expect(setChinaShareEntry(entries, key, pct)).toBe(expected);
  });
});

describe("the patches", () => {
  it("apply to a query string, replacing and removing parameters", () => {
    const q = new URLSearchParams("regime=apr-2025&controlled=Dy&sector=ev");
    expect(applyQueryPatch(q, selectRegimeInQuery("breakdown")).toString()).toBe("regime=breakdown&sector=ev");
    expect(q.toString()).toBe("regime=apr-2025&controlled=Dy&sector=ev"); // the original is left as it was
  });

  it("always give a query the API reads without a warning", () => {
    const change: fc.Arbitrary<RuleChange> = fc.oneof(
      fc.record({ key: fc.constant("threshold" as const), value: fc.option(fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0)) }),
      fc.record({ key: fc.constant("military" as const), value: fc.constantFrom("license" as const, "deny" as const) }),
      fc.record({ key: fc.constant("reading" as const), value: fc.constantFrom("annex" as const, "broad" as const) }),
      fc.record({ key: fc.constant("extraterritorial" as const), value: fc.boolean() }),
      fc.record({ key: fc.constant("exclusions" as const), value: fc.constantFrom("apply" as const, "ignore" as const) }),
      fc.record({ key: fc.constant("lens" as const), value: fc.constantFrom("dependency" as const, "border" as const) }),
      fc.record({ key: fc.constant("destination" as const), value: fc.constantFrom("us" as const, "jp" as const, "other" as const) }),
      fc.record({ key: fc.constant("friction" as const), value: fc.option(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100)) }),
      fc.record({
        key: fc.constant("chinaShare" as const),
        symbol: fc.constantFrom("all" as const, ...ELEMENT_SYMBOLS),
        value: fc.option(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100)),
      }),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }), fc.subarray([...ELEMENT_SYMBOLS]), (changes, toggles) => {
        // As the dashboard does: each change from the current URL, as the lenient reading leaves it.
        let q = new URLSearchParams("regime=apr-2025");
        for (const c of changes) q = applyQueryPatch(q, setRuleInQuery(c, readScenarioParams(q).chinaShareEntries));
        for (const s of toggles) q = applyQueryPatch(q, toggleElementInQuery(resolveScenario(dataset, readScenarioParams(q).input, TODAY), s));
        expect(parseScenarioParams(q), q.toString()).toMatchObject({ ok: true, warnings: [] });
      }),
      { numRuns: 200 },
    );
  });
});
