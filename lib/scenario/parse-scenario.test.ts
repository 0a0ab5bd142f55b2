import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExclusionMode, MilitaryRule, Reading, ScenarioInput } from "../engine/scenario";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/common";
import { findUnknownParam, formatScenarioParams, parseScenarioParams, readScenarioParams, SCENARIO_PARAMS } from "./parse-scenario";

const parse = (query: string, extra: string[] = []) => parseScenarioParams(new URLSearchParams(query), extra);

describe("parseScenarioParams: several parameters", () => {
  it.each<[string, ScenarioInput]>([
    ["", {}],
    ["regime=oct-2025&asOf=2025-12-15", { regime: "oct-2025", asOf: "2025-12-15" }],
    [
      "regime=breakdown&controlled=Dy&threshold=1&reading=broad&military=license&extraterritorial=on&exclusions=apply",
      { regime: "breakdown", controlled: ["Dy"], thresholdPct: 1, reading: "broad", military: "license", extraterritorial: true, exclusions: "apply" },
    ],
    ["lens=border&destination=jp&friction=75&outcome=range", { lens: "border", destination: "jp", frictionPct: 75, outcome: "range" }],
  ])("%j", (query, expected) => {
    expect(parse(query)).toEqual({ ok: true, value: expected, warnings: [] });
  });

  it("warns for each value read other than as written, in the table's order", () => {
    // The spellings of issue 9, item 8, all in one link (a "+" decodes to a space).
    const r = parse("chinaShare=Dy:50%25&controlled=Dy+Tb&military=licence&threshold=0.1%25&regime=APR-2025");
    expect(r).toEqual({
      ok: true,
      value: { regime: "apr-2025", controlled: ["Dy", "Tb"], thresholdPct: 0.1, military: "license", chinaShare: { Dy: 0.5 } },
      warnings: [
        { param: "regime", message: '"APR-2025" read as apr-2025' },
        { param: "controlled", message: '"Dy Tb" read as Dy,Tb' },
        { param: "threshold", message: '"0.1%" read as 0.1 (the value is a percent; the % sign is not needed)' },
        { param: "military", message: '"licence" read as license' },
        { param: "chinaShare", message: '"Dy:50%" read as Dy:50 (percent)' },
      ],
    });
  });
});

describe("parseScenarioParams: unknown, repeated and tracking parameters", () => {
  it.each<[string, string[], string, RegExp]>([
    ["regime=apr-2025&foo=1", [], "foo", /^unknown parameter "foo"; known: regime, asOf, controlled, .*, outcome$/],
    ["Regime=apr-2025", [], "Regime", /^unknown parameter "Regime"; did you mean "regime"\? \(names are case-sensitive\)/],
    ["thresholdPct=0.1", [], "thresholdPct", /unknown parameter "thresholdPct"/],
    ["format=csv", [], "format", /unknown parameter "format"/],
    ["regime=apr-2025&regime=oct-2025", [], "regime", /^"regime" is given more than once$/],
    ["threshold=1&threshold=1", [], "threshold", /more than once/], // even with the same value
    ["format=csv&format=pdf&regime=apr-2025", ["format"], "format", /more than once/], // a route's own parameter too
    ["__PROTO__=1", [], "__PROTO__", /unknown parameter/], // what the framework leaves: see e2e/grammar.spec.ts
    ["nxtP=1", [], "nxtP", /unknown parameter/],
    ["constructor=1", [], "constructor", /unknown parameter/],
  ])("%j -> 400 naming %s", (query, extra, param, message) => {
    const r = parse(query, extra);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.param).toBe(param);
    expect(r.error.message).toMatch(message);
  });

  it("accepts a route's own parameters without reading them", () => {
    expect(parse("format=csv&regime=apr-2025", ["format"])).toEqual({ ok: true, value: { regime: "apr-2025" }, warnings: [] });
  });

  it("reports the first bad parameter: unknown names, then repeats, then values in the table's order", () => {
    expect(parse("threshold=abc&asOf=bad")).toMatchObject({ ok: false, error: { param: "asOf" } });
    expect(parse("asOf=bad&reading=broad&reading=annex")).toMatchObject({ ok: false, error: { param: "reading" } });
    expect(parse("asOf=bad&reading=broad&reading=annex&zzz=1")).toMatchObject({ ok: false, error: { param: "zzz" } });
  });

  it("ignores tracking parameters with a warning each, whatever their case, and never refuses them", () => {
    const r = parse("utm_source=newsletter&regime=apr-2025&fbclid=abc&UTM_Medium=email&gclid=1&gclid=2&_ga=x&igshid=y");
    expect(r).toEqual({
      ok: true,
      value: { regime: "apr-2025" },
      warnings: ["utm_source", "fbclid", "UTM_Medium", "gclid", "_ga", "igshid"].map((param) => ({ param, message: "ignored: a tracking parameter" })),
    });
  });

  it("names ten tracking parameters and counts the rest", () => {
    const query = Array.from({ length: 25 }, (_, i) => `utm_x${i}=1`).join("&");
    const r = parse(`regime=apr-2025&${query}`);
    expect(r.ok && r.warnings).toHaveLength(11);
    expect(r.ok && r.warnings[10]).toEqual({ param: "…", message: "ignored: 15 more tracking parameters" });
  });

  it("keeps a long bad value and a long unknown name out of the message", () => {
    const long = "x".repeat(500);
    for (const q of [`threshold=${long}`, `regime=${long}`, `controlled=${long}`, `${long}=1`]) {
      const r = parse(q);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message.length, q).toBeLessThan(300);
    }
  });
});

describe("readScenarioParams (the lenient reading)", () => {
  it("collects every error, keeps the valid parameters and their warnings", () => {
    const r = readScenarioParams(new URLSearchParams("regime=Breakdown&threshold=lots&controlled=Dy,Qq&reading=broad&reading=annex&chinaShare=all:60,Dy:80"));
    expect(r.input).toEqual({ regime: "breakdown", chinaShare: expect.objectContaining({ Sc: 0.6, Dy: 0.8 }) });
    expect(r.errors.map((e) => e.param)).toEqual(["reading", "controlled", "threshold"]);
    expect(r.warnings).toEqual([{ param: "regime", message: '"Breakdown" read as breakdown' }]);
    expect(r.chinaShareEntries).toEqual({ all: 60, Dy: 80 });
  });
});

describe("findUnknownParam (routes without scenario parameters)", () => {
  it.each<[string, readonly string[], string | null]>([
    ["", [], null],
    ["regime=apr-2025&chinaShare=Dy:50", SCENARIO_PARAMS, null],
    ["utm_source=x&fbclid=y", [], null], // a shared link never fails on tracking parameters
    ["x=1", [], "x"],
    ["format=csv", SCENARIO_PARAMS, "format"],
  ])("%j -> %s", (query, allowed, unknown) => {
    const e = findUnknownParam(new URLSearchParams(query), allowed);
    expect(e?.param ?? null).toBe(unknown);
  });

  it("says when a route takes no parameters", () => {
    expect(findUnknownParam(new URLSearchParams("x=1"), [])?.message).toBe('unknown parameter "x"; this route takes no parameters');
  });
});

// ---- round trips ------------------------------------------------------------------------------------------------------

const dateArb = fc
  .integer({ min: 0, max: (Date.UTC(2100, 11, 31) - Date.UTC(2000, 0, 1)) / 86_400_000 })
  .map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
// Any double 0-100: String() writes the shortest text that reads back as the same number (an exponent below 1e-6).
const percentArb = fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0); // + 0 turns -0 into 0
// Shares as the parser makes them: a percent with up to two decimals, divided by 100.
const shareArb = fc.integer({ min: 0, max: 10_000 }).map((n) => Number(String(n / 100)) / 100);
const chinaShareArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...ELEMENT_SYMBOLS), shareArb), { selector: ([s]) => s, minLength: 1, maxLength: 17 })
  .map((pairs) => Object.fromEntries(pairs) as Partial<Record<ElementSymbol, number>>);

const inputArb: fc.Arbitrary<ScenarioInput> = fc.record(
  {
    regime: fc.stringMatching(/^[a-z0-9-]{1,64}$/),
    asOf: dateArb,
    controlled: fc.uniqueArray(fc.constantFrom(...ELEMENT_SYMBOLS)),
    thresholdPct: percentArb,
    reading: fc.constantFrom<Reading>("annex", "broad"),
    military: fc.constantFrom<MilitaryRule>("license", "deny"),
    extraterritorial: fc.boolean(),
    exclusions: fc.constantFrom<ExclusionMode>("apply", "ignore"),
    chinaShare: chinaShareArb,
    lens: fc.constantFrom("dependency" as const, "border" as const),
    destination: fc.constantFrom("us" as const, "jp" as const, "other" as const),
    frictionPct: percentArb,
    outcome: fc.constantFrom("extended" as const, "lapsed" as const, "range" as const),
  },
  { requiredKeys: [] },
);

/** Random case, as a user might type it. */
const anyCase = (s: string) => fc.array(fc.boolean(), { minLength: s.length, maxLength: s.length }).map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(""));

/** The same input written in the lenient spellings the grammar accepts: case, separators, % signs, a time, aliases. */
function messySpelling(input: ScenarioInput): fc.Arbitrary<[string, string][]> {
  const parts: fc.Arbitrary<[string, string]>[] = [];
  const pair = (name: string, arb: fc.Arbitrary<string>) => parts.push(arb.map((v): [string, string] => [name, v]));
  if (input.regime !== undefined) pair("regime", anyCase(input.regime));
  if (input.asOf !== undefined) pair("asOf", fc.constantFrom(input.asOf, `${input.asOf}T10:00:00Z`, `${input.asOf} 23:59`, ` ${input.asOf}`));
  if (input.controlled !== undefined) {
    const list = input.controlled;
    pair("controlled", list.length === 0 ? anyCase("none") : fc.tuple(fc.constantFrom(",", ";", " ", "+", ", "), fc.tuple(...list.map(anyCase))).map(([sep, xs]) => xs.join(sep)));
  }
  if (input.thresholdPct !== undefined) pair("threshold", fc.constantFrom(String(input.thresholdPct), `${input.thresholdPct}%`, ` ${input.thresholdPct} % `));
  if (input.reading !== undefined) pair("reading", anyCase(input.reading));
  if (input.military !== undefined) pair("military", input.military === "license" ? fc.oneof(anyCase("license"), anyCase("licence")) : anyCase("deny"));
  if (input.extraterritorial !== undefined) pair("extraterritorial", anyCase(input.extraterritorial ? "on" : "off"));
  if (input.exclusions !== undefined) pair("exclusions", anyCase(input.exclusions));
  if (input.chinaShare !== undefined) {
    const entries = Object.entries(input.chinaShare).map(([s, v]) => [s, String(Math.round(v * 1e8) / 1e6)] as const);
    pair(
      "chinaShare",
      fc
        .tuple(fc.constantFrom(",", ";", " "), fc.tuple(...entries.map(([s, pct]) => fc.tuple(anyCase(s), fc.constantFrom(pct, `${pct}%`)).map(([k, p]) => `${k}:${p}`))))
        .map(([sep, xs]) => xs.join(sep)),
    );
  }
  if (input.lens !== undefined) pair("lens", anyCase(input.lens));
  if (input.destination !== undefined) {
    const d = input.destination;
    pair("destination", d === "us" ? fc.oneof(anyCase("us"), anyCase("usa")) : d === "jp" ? fc.oneof(anyCase("jp"), anyCase("japan")) : fc.constantFrom("other", "eu", "EU"));
  }
  if (input.frictionPct !== undefined) pair("friction", fc.constantFrom(String(input.frictionPct), `${input.frictionPct}%`));
  if (input.outcome !== undefined) pair("outcome", anyCase(input.outcome));
  return parts.length === 0 ? fc.constant([]) : fc.tuple(...parts).chain((ps) => fc.shuffledSubarray(ps, { minLength: ps.length }));
}

describe("formatScenarioParams and parseScenarioParams", () => {
  it("parse(format(input)) is the input, with no warning, through a serialised query string", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const query = formatScenarioParams(input).toString();
        expect(parseScenarioParams(new URLSearchParams(query)), query).toEqual({ ok: true, value: input, warnings: [] });
      }),
      { numRuns: 400 },
    );
  });

  it("format(parse(q)) is canonical: any accepted spelling formats to the text the input itself formats to", () => {
    fc.assert(
      fc.property(inputArb.chain((input) => messySpelling(input).map((pairs) => [input, pairs] as const)), ([input, pairs]) => {
        const query = new URLSearchParams(pairs).toString();
        const first = parseScenarioParams(new URLSearchParams(query));
        expect(first.ok, query).toBe(true);
        if (!first.ok) return;
        const canonical = formatScenarioParams(first.value).toString();
        expect(canonical, query).toBe(formatScenarioParams(input).toString());
        expect(parseScenarioParams(new URLSearchParams(canonical))).toEqual({ ok: true, value: first.value, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it("only ever writes known parameters, each once", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = formatScenarioParams(input);
        expect(findUnknownParam(p, SCENARIO_PARAMS)).toBeNull();
        expect(new Set(p.keys()).size).toBe([...p.keys()].length);
      }),
      { numRuns: 100 },
    );
  });

  it.each<[ScenarioInput, string]>([
    [{}, ""],
    [{ regime: "apr-2025" }, "regime=apr-2025"],
    [{ controlled: [] }, "controlled=none"],
    [{ controlled: ["Dy", "Tb"] }, "controlled=Dy%2CTb"],
    [{ extraterritorial: false, thresholdPct: 0.5 }, "threshold=0.5&extraterritorial=off"],
    [{ chinaShare: { Dy: 0.5, Tb: 0.255 } }, "chinaShare=Tb%3A25.5%2CDy%3A50"],
    [{ chinaShare: {} }, ""],
    [{ outcome: "lapsed", lens: "border", frictionPct: 75, destination: "other" }, "lens=border&destination=other&friction=75&outcome=lapsed"],
  ])("formats %j as %s", (input, query) => {
    expect(formatScenarioParams(input).toString()).toBe(query);
  });
});
