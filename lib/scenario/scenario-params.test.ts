import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ScenarioInput } from "../engine/scenario";
import { ELEMENT_SYMBOLS } from "../schemas/constants";
import { formatParamReferenceMarkdown } from "./describe-params";
import { parseScenarioParams } from "./parse-scenario";
import { scenarioParamSchemas, scenarioQuerySchema } from "./scenario-param-schemas";
import { formatParamValue, getParamSpec, SCENARIO_PARAM_NAMES, type ScenarioParamName } from "./scenario-params";

/**
 * Every parameter of the grammar, through the strict parser: canonical values, each accepted spelling with its
 * warning, each refused input with its message, and the bounds. The last test checks that no parameter is missing.
 */

const parseOne = (name: string, raw: string) => parseScenarioParams(new URLSearchParams([[name, raw]]));
const PCT = "(the value is a percent; the % sign is not needed)";
const FRACTION = (what: string, pct: string, write: string, asPercent: string) =>
  `${what} read as ${pct} %; a value of 1 or less may have been meant as a fraction: for ${write.replace(/^.*:/, "")} % write ${write} (${asPercent} says ${pct} % without this warning)`;

type Field = keyof ScenarioInput;
const fieldOf = (name: ScenarioParamName): Field => getParamSpec(name).field;

// [parameter, as written, the ScenarioInput value]
const VALID: [ScenarioParamName, string, unknown][] = [
  ["regime", "apr-2025", "apr-2025"],
  ["regime", "breakdown", "breakdown"],
  ["asOf", "2025-06-01", "2025-06-01"],
  ["controlled", "Dy,Tb", ["Dy", "Tb"]],
  ["controlled", "none", []],
  ["threshold", "0.1", 0.1],
  ["threshold", "2", 2],
  ["reading", "annex", "annex"],
  ["reading", "broad", "broad"],
  ["military", "license", "license"],
  ["military", "deny", "deny"],
  ["extraterritorial", "on", true],
  ["extraterritorial", "off", false],
  ["exclusions", "apply", "apply"],
  ["exclusions", "ignore", "ignore"],
  ["chinaShare", "Dy:50", { Dy: 0.5 }],
  ["chinaShare", "Tb:30,Dy:50", { Dy: 0.5, Tb: 0.3 }],
  ["chinaShare", "Dy:50,Tb:30", { Dy: 0.5, Tb: 0.3 }], // the order of the pairs means nothing: no warning
  ["chinaShare", "Dy:0.5%", { Dy: 0.005 }],
  ["lens", "dependency", "dependency"],
  ["lens", "border", "border"],
  ["destination", "us", "us"],
  ["destination", "jp", "jp"],
  ["destination", "other", "other"],
  ["destination", "eu", "other"], // documented: the EU is one of the other destinations
  ["friction", "75", 75],
  ["friction", "0", 0],
  ["friction", "0.75%", 0.75], // the % sign says 0.75 %, not 75 %
  ["outcome", "extended", "extended"],
  ["outcome", "lapsed", "lapsed"],
  ["outcome", "range", "range"],
];

// [parameter, as written, the value it is read as, the warning]
const SPELLINGS: [ScenarioParamName, string, unknown, string][] = [
  ["regime", "APR-2025", "apr-2025", '"APR-2025" read as apr-2025'],
  ["asOf", "2025-06-01T10:00:00Z", "2025-06-01", '"2025-06-01T10:00:00Z" read as 2025-06-01: the time of day is dropped (the date as written, whatever the time zone)'],
  ["controlled", "Dy Tb", ["Dy", "Tb"], '"Dy Tb" read as Dy,Tb'],
  ["controlled", "Dy;Tb", ["Dy", "Tb"], '"Dy;Tb" read as Dy,Tb'],
  ["controlled", "Dy+Tb", ["Dy", "Tb"], '"Dy+Tb" read as Dy,Tb'],
  ["controlled", "dy,TB", ["Dy", "Tb"], '"dy,TB" read as Dy,Tb'],
  ["controlled", "NONE", [], '"NONE" read as none'],
  ["threshold", "0.1%", 0.1, `"0.1%" read as 0.1 ${PCT}`],
  ["reading", "BROAD", "broad", '"BROAD" read as broad'],
  ["military", "licence", "license", '"licence" read as license'],
  ["military", "License", "license", '"License" read as license'],
  ["extraterritorial", "ON", true, '"ON" read as on'],
  ["exclusions", "Ignore", "ignore", '"Ignore" read as ignore'],
  ["chinaShare", "Dy:50%", { Dy: 0.5 }, '"Dy:50%" read as Dy:50 (percent)'],
  ["chinaShare", "Dy:0.5", { Dy: 0.005 }, FRACTION("Dy:0.5", "0.5", "Dy:50", "Dy:0.5%")],
  ["lens", "Border", "border", '"Border" read as border'],
  ["destination", "US", "us", '"US" read as us'],
  ["destination", "usa", "us", '"usa" read as us'],
  ["destination", "JP", "jp", '"JP" read as jp'],
  ["destination", "japan", "jp", '"japan" read as jp'],
  ["friction", "75%", 75, `"75%" read as 75 ${PCT}`],
  ["friction", "0.75", 0.75, FRACTION('"0.75"', "0.75", "75", "0.75%")],
  ["outcome", "RANGE", "range", '"RANGE" read as range'],
];

// [parameter, as written, the message]
const INVALID: [ScenarioParamName, string, RegExp][] = [
  ["regime", "apr 2025", /^"apr 2025" is not a regime id$/],
  ["regime", "", /is not a regime id/],
  ["asOf", "2025-02-30", /^"2025-02-30" is not a date in the form YYYY-MM-DD$/],
  ["asOf", "yesterday", /YYYY-MM-DD/],
  ["controlled", "Dy,Xx", /^unknown element symbol "Xx"/],
  ["controlled", "Dy,,Tb", /^empty element in "Dy,,Tb"; use "none" for no element$/],
  ["threshold", "abc", /^"abc" is not a number \(percent, e\.g\. 0\.1\)$/],
  ["threshold", "0,1", /not a number/],
  ["reading", "wide", /^"wide" is not one of annex, broad$/],
  ["military", "maybe", /^"maybe" is not one of license, deny$/],
  ["extraterritorial", "yes", /^"yes" is not one of on, off$/],
  ["exclusions", "none", /^"none" is not one of apply, ignore$/],
  ["chinaShare", "Dy", /^"Dy" should be SYMBOL:PERCENT/],
  ["chinaShare", "Qq:10", /^unknown element symbol "Qq"$/],
  ["chinaShare", "Dy:10,Dy:20", /^Dy is given twice/],
  ["lens", "supply", /^"supply" is not one of dependency, border$/],
  ["destination", "cn", /^"cn" is not one of us, jp, other$/],
  ["friction", "lots", /^"lots" is not a number \(percent, e\.g\. 75\)$/],
  ["outcome", "renewed", /^"renewed" is not one of extended, lapsed, range$/],
];

// [parameter, lowest accepted, highest accepted, just below, just above, the bound's message]
const BOUNDS: [ScenarioParamName, string, string, string, string, RegExp][] = [
  ["asOf", "2000-01-01", "2100-12-31", "1999-12-31", "2101-01-01", /^date must be between 2000-01-01 and 2100-12-31$/],
  ["threshold", "0", "100", "-0.001", "100.001", /is outside 0-100 \(percent\)$/],
  ["friction", "0", "100", "-1", "101", /is outside 0-100 \(percent\)$/],
  ["chinaShare", "Dy:0", "Dy:100", "Dy:-1", "Dy:100.5", /must be a number from 0 to 100 \(percent\)$/],
];

describe("every parameter", () => {
  it.each(VALID)("%s=%j is read as %j with no warning", (name, raw, value) => {
    expect(parseOne(name, raw)).toEqual({ ok: true, value: { [fieldOf(name)]: value }, warnings: [] });
  });

  it.each(SPELLINGS)("%s=%j is read as %j, with a warning", (name, raw, value, message) => {
    expect(parseOne(name, raw)).toEqual({ ok: true, value: { [fieldOf(name)]: value }, warnings: [{ param: name, message }] });
  });

  it.each(INVALID)("%s=%j is refused", (name, raw, message) => {
    const r = parseOne(name, raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.param).toBe(name);
    expect(r.error.message).toMatch(message);
  });

  it.each(BOUNDS)("%s takes %s to %s and refuses %s and %s", (name, low, high, below, above, message) => {
    expect(parseOne(name, low).ok).toBe(true);
    expect(parseOne(name, high).ok).toBe(true);
    for (const raw of [below, above]) {
      const r = parseOne(name, raw);
      expect(r.ok ? null : r.error.message).toMatch(message);
    }
  });

  it("each parameter has valid, refused and (but for free-form ones) reinterpreted cases above", () => {
    const names = (cases: [ScenarioParamName, ...unknown[]][]) => new Set(cases.map((c) => c[0]));
    expect([...names(VALID)].sort()).toEqual([...SCENARIO_PARAM_NAMES].sort());
    expect([...names(INVALID)].sort()).toEqual([...SCENARIO_PARAM_NAMES].sort());
    expect([...names(SPELLINGS)].sort()).toEqual([...SCENARIO_PARAM_NAMES].sort());
    for (const name of SCENARIO_PARAM_NAMES) {
      const spec = getParamSpec(name);
      if (spec.bounds) expect(names(BOUNDS).has(name), name).toBe(true);
    }
  });

  it("writes each valid value back in the spelling it was given (the canonical one)", () => {
    // An alias is written back as its value, pairs in table order.
    const notCanonical = new Set(["destination=eu", "chinaShare=Dy:50,Tb:30"]);
    for (const [name, raw, value] of VALID) {
      if (notCanonical.has(`${name}=${raw}`)) continue;
      expect(formatParamValue(name, value), `${name}=${raw}`).toBe(raw);
    }
  });
});

describe("the table's zod schemas", () => {
  it("accept every canonical value and describe every parameter", () => {
    for (const [name, , value] of [...VALID, ...SPELLINGS]) {
      const text = formatParamValue(name, value)!;
      const schema = scenarioParamSchemas[name];
      const candidate = getParamSpec(name).kind === "percent" ? Number(text.replace(/%$/, "")) : text;
      expect(schema.safeParse(candidate).success, `${name}=${text}`).toBe(true);
      expect(schema.description, name).toMatch(/\S/);
    }
  });

  it("refuse non-canonical spellings", () => {
    for (const [name, raw] of [["controlled", "Dy Tb"], ["regime", "APR-2025"], ["military", "licence"], ["chinaShare", "dy:50;Tb:30"], ["asOf", "2025-06-01T10:00Z"]] as const) {
      expect(scenarioParamSchemas[name].safeParse(raw).success, `${name}=${raw}`).toBe(false);
    }
  });

  it("give an OpenAPI-ready JSON Schema of the query, every property described, model-v2 ones marked", () => {
    const json = z.toJSONSchema(scenarioQuerySchema) as { properties: Record<string, { description?: string; "x-model-version"?: number }> };
    expect(Object.keys(json.properties)).toEqual(SCENARIO_PARAM_NAMES);
    for (const [name, p] of Object.entries(json.properties)) expect(p.description, name).toMatch(/Values: .*Default: /);
    expect(json.properties.lens?.["x-model-version"]).toBe(2);
    expect(json.properties.threshold?.["x-model-version"]).toBeUndefined();
  });

  it("accept what the formatter writes for random shares", () => {
    const share = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
    const map = fc.dictionary(fc.constantFrom(...ELEMENT_SYMBOLS), share, { minKeys: 1 });
    fc.assert(
      fc.property(map, (shares) => {
        expect(scenarioParamSchemas.chinaShare.safeParse(formatParamValue("chinaShare", shares)).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("README", () => {
  it("lists the parameters exactly as the table describes them", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(formatParamReferenceMarkdown());
  });
});
