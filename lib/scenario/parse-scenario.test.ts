import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExclusionMode, MilitaryRule, Reading, ScenarioInput } from "../engine/scenario";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/common";
import { SCENARIO_PARAMS, findUnknownParam, formatScenarioParams, parseScenarioParams } from "./parse-scenario";

const parse = (query: string) => parseScenarioParams(new URLSearchParams(query));

describe("parseScenarioParams: good input", () => {
  const allAtHalfButDy: Partial<Record<ElementSymbol, number>> = {};
  for (const s of ELEMENT_SYMBOLS) allAtHalfButDy[s] = 0.5;
  allAtHalfButDy.Dy = 0.1;

  it.each<[string, ScenarioInput]>([
    ["", {}],
    ["regime=apr-2025", { regime: "apr-2025" }],
    ["asOf=2025-06-01", { asOf: "2025-06-01" }],
    ["asOf=2024-02-29", { asOf: "2024-02-29" }], // a leap day
    ["regime=oct-2025&asOf=2025-12-15", { regime: "oct-2025", asOf: "2025-12-15" }],
    ["controlled=dy,TB", { controlled: ["Dy", "Tb"] }],
    ["controlled=Tb,Dy", { controlled: ["Tb", "Dy"] }], // order kept; the resolver sorts
    ["controlled=Dy,dy,DY,Tb", { controlled: ["Dy", "Tb"] }],
    ["controlled=%20Dy%20,%20Tb", { controlled: ["Dy", "Tb"] }],
    ["controlled=none", { controlled: [] }],
    ["controlled=NONE", { controlled: [] }],
    ["threshold=0.1", { thresholdPct: 0.1 }],
    ["threshold=0", { thresholdPct: 0 }],
    ["threshold=100", { thresholdPct: 100 }],
    ["threshold=.5", { thresholdPct: 0.5 }],
    ["reading=broad", { reading: "broad" }],
    ["reading=BROAD", { reading: "broad" }],
    ["reading=annex", { reading: "annex" }],
    ["military=deny", { military: "deny" }],
    ["military=License", { military: "license" }],
    ["extraterritorial=on", { extraterritorial: true }],
    ["extraterritorial=off", { extraterritorial: false }],
    ["exclusions=ignore", { exclusions: "ignore" }],
    ["chinaShare=Dy:50", { chinaShare: { Dy: 0.5 } }],
    ["chinaShare=dy:50,TB:25", { chinaShare: { Dy: 0.5, Tb: 0.25 } }],
    ["chinaShare=Dy:0", { chinaShare: { Dy: 0 } }],
    ["chinaShare=Dy:100", { chinaShare: { Dy: 1 } }],
    ["chinaShare=all:50,Dy:10", { chinaShare: allAtHalfButDy }], // a later symbol overrides "all"
    ["chinaShare=Dy:10,all:50", { chinaShare: allAtHalfButDy }], // "all" fills only what is not set
    [
      "regime=breakdown&controlled=Dy&threshold=1&reading=broad&military=license&extraterritorial=on&exclusions=apply",
      { regime: "breakdown", controlled: ["Dy"], thresholdPct: 1, reading: "broad", military: "license", extraterritorial: true, exclusions: "apply" },
    ],
  ])("%j", (query, expected) => {
    const r = parse(query);
    expect(r).toEqual({ ok: true, value: expected });
  });
});

describe("parseScenarioParams: bad input names the parameter", () => {
  it.each<[string, string, RegExp]>([
    ["controlled=Xx", "controlled", /unknown element symbol "Xx"/],
    ["controlled=Dy,Xx", "controlled", /"Xx"/],
    ["controlled=", "controlled", /empty element/],
    ["controlled=Dy,,Tb", "controlled", /empty element/],
    ["threshold=abc", "threshold", /not a number/],
    ["threshold=", "threshold", /not a number/],
    ["threshold=1e", "threshold", /not a number/],
    ["threshold=-1", "threshold", /outside 0-100/],
    ["threshold=101", "threshold", /outside 0-100/],
    ["asOf=2025-13-01", "asOf", /YYYY-MM-DD/],
    ["asOf=2025-02-30", "asOf", /YYYY-MM-DD/],
    ["asOf=2025-6-1", "asOf", /YYYY-MM-DD/],
    ["asOf=yesterday", "asOf", /YYYY-MM-DD/],
    ["asOf=1999-12-31", "asOf", /between 2000-01-01 and 2100-12-31/],
    ["reading=wide", "reading", /"wide" is not one of annex, broad/],
    ["military=maybe", "military", /license, deny/],
    ["extraterritorial=yes", "extraterritorial", /on, off/],
    ["exclusions=none", "exclusions", /apply, ignore/],
    ["regime=apr-2025&regime=oct-2025", "regime", /more than once/],
    ["threshold=1&threshold=2", "threshold", /more than once/],
    ["regime=Apr-2025", "regime", /not a regime id/],
    ["regime=apr 2025", "regime", /not a regime id/],
    ["regime=", "regime", /not a regime id/],
    ["chinaShare=Dy:150", "chinaShare", /from 0 to 100/],
    ["chinaShare=Dy:-5", "chinaShare", /from 0 to 100/],
    ["chinaShare=Dy:half", "chinaShare", /from 0 to 100/],
    ["chinaShare=Qq:10", "chinaShare", /unknown element symbol "Qq"/],
    ["chinaShare=Dy", "chinaShare", /SYMBOL:PERCENT/],
    ["chinaShare=Dy:10:20", "chinaShare", /SYMBOL:PERCENT/],
    ["chinaShare=Dy:10,", "chinaShare", /SYMBOL:PERCENT/],
    ["chinaShare=:10", "chinaShare", /SYMBOL:PERCENT/],
  ])("%j -> %s", (query, param, message) => {
    const r = parse(query);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.param).toBe(param);
    expect(r.error.message).toMatch(message);
  });

  it("reports the first bad parameter in the documented order", () => {
    // asOf is checked before threshold, whatever the query order.
    const r = parse("threshold=abc&asOf=bad");
    expect(r.ok ? null : r.error.param).toBe("asOf");
    // A repeated parameter is reported before any value is read.
    const dup = parse("asOf=bad&reading=broad&reading=annex");
    expect(dup.ok ? null : dup.error.param).toBe("reading");
  });

  it("keeps a long bad value out of the message", () => {
    const long = "x".repeat(500);
    const r = parse(`threshold=${long}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.length).toBeLessThan(120);
  });
});

describe("findUnknownParam", () => {
  it.each<[string, readonly string[], string | null]>([
    ["", SCENARIO_PARAMS, null],
    ["regime=apr-2025&asOf=2025-06-01&chinaShare=Dy:50", SCENARIO_PARAMS, null],
    ["regime=apr-2025&foo=1", SCENARIO_PARAMS, "foo"],
    ["Regime=apr-2025", SCENARIO_PARAMS, "Regime"], // names are case-sensitive
    ["thresholdPct=0.1", SCENARIO_PARAMS, "thresholdPct"],
    ["format=csv&regime=apr-2025", [...SCENARIO_PARAMS, "format"], null],
    ["format=csv", SCENARIO_PARAMS, "format"],
  ])("%j -> %s", (query, allowed, unknown) => {
    const e = findUnknownParam(new URLSearchParams(query), allowed);
    if (unknown === null) {
      expect(e).toBeNull();
    } else {
      expect(e?.param).toBe(unknown);
      expect(e?.message).toMatch(new RegExp(`unknown parameter "${unknown}"`));
    }
  });
});

describe("formatScenarioParams", () => {
  it.each<[ScenarioInput, string]>([
    [{}, ""],
    [{ regime: "apr-2025" }, "regime=apr-2025"],
    [{ controlled: [] }, "controlled=none"],
    [{ controlled: ["Dy", "Tb"] }, "controlled=Dy%2CTb"],
    [{ extraterritorial: false, thresholdPct: 0.5 }, "threshold=0.5&extraterritorial=off"],
    [{ chinaShare: { Dy: 0.5, Tb: 0.255 } }, "chinaShare=Dy%3A50%2CTb%3A25.5"],
    [{ chinaShare: {} }, ""],
  ])("%j -> %s", (input, query) => {
    expect(formatScenarioParams(input).toString()).toBe(query);
  });
});

describe("formatScenarioParams -> parseScenarioParams round trip", () => {
  const dateArb = fc
    .integer({ min: 0, max: (Date.UTC(2100, 11, 31) - Date.UTC(2000, 0, 1)) / 86_400_000 })
    .map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  // Thresholds print as plain decimals from 1e-6 up; below that String() switches to exponent form (see the report).
  const thresholdArb = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 100, noNaN: true }));
  // Shares as the parser makes them: a percent with up to two decimals, divided by 100.
  const shareArb = fc.integer({ min: 0, max: 10_000 }).map((n) => Number(String(n / 100)) / 100);
  const chinaShareArb = fc
    .uniqueArray(fc.tuple(fc.constantFrom(...ELEMENT_SYMBOLS), shareArb), { selector: ([s]) => s, minLength: 1, maxLength: 17 })
    .map((pairs) => {
      const out: Partial<Record<ElementSymbol, number>> = {};
      for (const [s, v] of pairs) out[s] = v;
      return out;
    });

  const inputArb: fc.Arbitrary<ScenarioInput> = fc.record(
    {
      regime: fc.stringMatching(/^[a-z0-9-]{1,64}$/),
      asOf: dateArb,
      controlled: fc.uniqueArray(fc.constantFrom(...ELEMENT_SYMBOLS)),
      thresholdPct: thresholdArb,
      reading: fc.constantFrom<Reading>("annex", "broad"),
      military: fc.constantFrom<MilitaryRule>("license", "deny"),
      extraterritorial: fc.boolean(),
      exclusions: fc.constantFrom<ExclusionMode>("apply", "ignore"),
      chinaShare: chinaShareArb,
    },
    { requiredKeys: [] },
  );

  it("parses back to the same input, through a serialised query string", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const query = formatScenarioParams(input).toString();
        expect(parseScenarioParams(new URLSearchParams(query)), query).toEqual({ ok: true, value: input });
      }),
      { numRuns: 300 },
    );
  });

  it("only ever writes known parameters", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(findUnknownParam(formatScenarioParams(input), SCENARIO_PARAMS)).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  it("is idempotent from a parsed query: parse -> format -> parse", () => {
    const percent = fc.integer({ min: 0, max: 10_000 }).map((n) => String(n / 100));
    const pairArb = fc.uniqueArray(fc.tuple(fc.constantFrom(...ELEMENT_SYMBOLS), percent), { selector: ([s]) => s, minLength: 1 });
    fc.assert(
      fc.property(pairArb, fc.subarray([...ELEMENT_SYMBOLS]), (pairs, controlled) => {
        const raw = new URLSearchParams({
          chinaShare: pairs.map(([s, p]) => `${s.toLowerCase()}:${p}`).join(","),
          controlled: controlled.length === 0 ? "none" : controlled.join(","),
        });
        const first = parseScenarioParams(raw);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(parseScenarioParams(formatScenarioParams(first.value))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
