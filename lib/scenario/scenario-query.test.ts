import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { ELEMENT_SYMBOLS } from "../schemas/constants";
import { parseScenarioParams } from "./parse-scenario";
import { scenarioFromParams } from "./scenario-from-params";
import { dashboardHref, formatScenarioParams, reportHref, scenarioSlug, scenarioToInput, scenarioToQuery } from "./scenario-query";

const dataset = getDataset();
const TODAY = "2026-11-25";
const resolve = (input: ScenarioInput) => resolveScenario(dataset, input, TODAY);
const regimeIds = dataset.regimes.regimes.map((r) => r.id);

describe("scenarioToQuery", () => {
  it("writes the preset, its date and what the user changed, so a range the record leaves open stays a range", () => {
    // April 2025 as of 1 June 2025: nothing changed, so the elements and rules follow the preset.
    expect(scenarioToQuery(resolve({ regime: "apr-2025" }))).toBe("regime=apr-2025&asOf=2025-06-01");
    expect(scenarioToQuery(resolve({ regime: "apr-2025", controlled: ["Dy", "Tb"], reading: "broad" }))).toBe(
      "regime=apr-2025&asOf=2025-06-01&controlled=Tb%2CDy&reading=broad",
    );
  });

  it("writes the threshold only where the user set it and the 0.1 % rule applies, and a China share in canonical form", () => {
    const q = new URLSearchParams(scenarioToQuery(resolve({ regime: "breakdown", thresholdPct: 0.5, chinaShare: { Dy: 0.5 } })));
    expect(q.get("threshold")).toBe("0.5");
    expect(q.has("extraterritorial")).toBe(false);
    expect(q.get("chinaShare")).toBe("Dy:50");
    expect(new URLSearchParams(scenarioToQuery(resolve({ regime: "breakdown" }))).has("threshold")).toBe(false);
    expect(new URLSearchParams(scenarioToQuery(resolve({ regime: "apr-2025", thresholdPct: 5 }))).has("threshold")).toBe(false);
  });

  it("reproduces the scenario: resolving its query gives the same scenario, with no warning", () => {
    const inputArb = fc.record(
      {
        regime: fc.constantFrom(...regimeIds),
        asOf: fc.integer({ min: 0, max: 1460 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
        controlled: fc.subarray([...ELEMENT_SYMBOLS]),
        thresholdPct: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
        extraterritorial: fc.boolean(),
        chinaShare: fc.dictionary(fc.constantFrom(...ELEMENT_SYMBOLS), fc.integer({ min: 0, max: 100 }).map((n) => n / 100)),
      },
      { requiredKeys: ["regime"] },
    );
    fc.assert(
      fc.property(inputArb, (input) => {
        const scenario = resolve(input);
        const again = scenarioFromParams(dataset, new URLSearchParams(scenarioToQuery(scenario)), "2030-01-01");
        expect(again).toEqual({ ok: true, value: scenario, input: scenarioToInput(scenario), warnings: [] });
      }),
      { numRuns: 150 },
    );
  });

  it("writes the model-v2 parameters that differ from their defaults", () => {
    const q = new URLSearchParams(scenarioToQuery(resolve({ regime: "as-of-today", lens: "border", destination: "jp", frictionPct: 50, outcome: "lapsed" })));
    expect([q.get("lens"), q.get("destination"), q.get("friction"), q.get("outcome")]).toEqual(["border", "jp", "50", "lapsed"]);
    const plain = new URLSearchParams(scenarioToQuery(resolve({ regime: "as-of-today", lens: "dependency", destination: "us", frictionPct: 75 })));
    expect(["lens", "destination", "friction", "outcome"].some((n) => plain.has(n))).toBe(false);
  });


  it("formats what the strict parser reads back", () => {
    const q = formatScenarioParams(scenarioToInput(resolve({ asOf: "2025-12-15" })));
    expect(parseScenarioParams(q)).toMatchObject({ ok: true, warnings: [] });
  });
});

describe("scenarioSlug", () => {
  it.each<[ScenarioInput, string]>([
    [{ regime: "apr-2025" }, "apr-2025_2025-06-01"],
    [{ regime: "apr-2025", controlled: ["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Lu"] }, "apr-2025_2025-06-01"], // the regime's own list
    [{ regime: "breakdown", controlled: ["Dy"] }, `breakdown-custom_${TODAY}`],
    [{ asOf: "2025-12-15" }, "as-of_2025-12-15"],
    [{ asOf: "2025-12-15", reading: "broad" }, "as-of-custom_2025-12-15"],
  ])("%j -> %s", (input, slug) => {
    expect(scenarioSlug(resolve(input))).toBe(slug);
  });

  it("is the same for every spelling of one scenario, and safe in a file name", () => {
    const spellings = ["regime=breakdown&controlled=Dy,Tb", "regime=BREAKDOWN&controlled=tb+dy", "controlled=Dy;Tb&regime=breakdown&utm_source=x"];
    const slugs = spellings.map((q) => {
      const r = scenarioFromParams(dataset, new URLSearchParams(q), TODAY);
      if (!r.ok) throw new Error(r.error.message);
      return scenarioSlug(r.value);
    });
    expect(new Set(slugs)).toEqual(new Set([`breakdown-custom_${TODAY}`]));
    fc.assert(
      fc.property(fc.constantFrom(...regimeIds), fc.subarray([...ELEMENT_SYMBOLS]), (regime, controlled) => {
        const slug = scenarioSlug(resolve({ regime, controlled }));
        expect(slug).toMatch(/^[a-z0-9-]+_\d{4}-\d{2}-\d{2}$/);
        expect(scenarioSlug(resolve({ regime, controlled }))).toBe(slug);
      }),
      { numRuns: 100 },
    );
  });
});

describe("reportHref", () => {
  it("adds the format to the scenario's query, once", () => {
    expect(reportHref("regime=apr-2025&controlled=Dy%2CTb", "csv")).toBe("/api/report?regime=apr-2025&controlled=Dy%2CTb&format=csv");
    expect(reportHref("regime=apr-2025", "csv", { table: "sectors" })).toBe("/api/report?regime=apr-2025&format=csv&table=sectors");
    expect(reportHref("regime=apr-2025", "zip", { delimiter: "semicolon" })).toBe("/api/report?regime=apr-2025&format=zip&delimiter=semicolon");
    expect(reportHref("regime=apr-2025&format=json", "pdf")).toBe("/api/report?regime=apr-2025&format=pdf");
    expect(reportHref("", "json")).toBe("/api/report?format=json");
  });
});

describe("dashboardHref", () => {
  it.each([
    ["", "/"],
    ["regime=apr-2025", "/?regime=apr-2025"],
    ["regime=breakdown&controlled=Dy%2CTb", "/?regime=breakdown&controlled=Dy%2CTb"],
  ])("%j → %s", (query, href) => {
    expect(dashboardHref(query)).toBe(href);
  });
});
