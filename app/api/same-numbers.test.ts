// Invariant 9 of the model (exposure-model.md §7): the same scenario gives the same numbers on the page, from the
// API and in every report. Random scenarios are written as a link once; the page's reading of that link (the
// lenient parser and the engine it runs in the browser), GET /api/exposure and GET /api/report (JSON and CSV) must
// then agree on every sector's exposure and value at risk, the totals and the headline.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summariseResult } from "@/lib/charts/summarise-result";
import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import type { Range } from "@/lib/engine/exposure-types";
import type { ScenarioInput } from "@/lib/engine/scenario";
import { parseCsvReport } from "@/lib/report/format-csv-report";
import { ELEMENT_SYMBOLS } from "@/lib/schemas/constants";
import { resolveUrlScenario, type UrlScenarioParams } from "@/lib/scenario/resolve-url-scenario";
import { formatScenarioParams } from "@/lib/scenario/scenario-query";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { GET as getExposure } from "./exposure/route";
import { GET as getReport } from "./report/route";

const dataset = getDataset();
const regimeIds = dataset.regimes.regimes.map((r) => r.id);

const inputArb: fc.Arbitrary<ScenarioInput> = fc.record(
  {
    regime: fc.constantFrom(...regimeIds),
    controlled: fc.subarray([...ELEMENT_SYMBOLS]),
    lens: fc.constantFrom("dependency" as const, "border" as const),
    destination: fc.constantFrom("us" as const, "jp" as const, "other" as const),
    frictionPct: fc.integer({ min: 0, max: 100 }),
    reading: fc.constantFrom("annex" as const, "broad" as const),
    exclusions: fc.constantFrom("apply" as const, "ignore" as const),
    outcome: fc.constantFrom("extended" as const, "lapsed" as const, "range" as const),
  },
  { requiredKeys: ["regime"] },
);

type SectorFigures = { id: string; exposure: Range | null; valueAtRiskUsd: Range | null };
type Answer = { sectors: SectorFigures[]; totals: { valueAtRiskUsd: Range } };

/** The page's reading of a link: each parameter with the values it has in the URL, as nuqs hands them over. */
function pageParams(query: URLSearchParams): UrlScenarioParams {
  const raw: Record<string, string[]> = {};
  for (const [k, v] of query) (raw[k] ??= []).push(v);
  return raw;
}

/**
 * A CSV figure equals the engine's figure to the precision the CSV writes: within half a unit of its last digit
 * (and exactly, when it is written in full). An empty cell stands for null.
 */
function sameAsWritten(cell: string | undefined, value: number | null): boolean {
  if (value === null) return cell === "" || cell === undefined;
  if (cell === undefined || cell === "") return false;
  const decimals = /\.(\d+)$/.exec(cell)?.[1]?.length ?? 0;
  return Math.abs(Number(cell) - value) <= 0.5 * 10 ** -decimals + Math.abs(value) * 1e-12;
}

describe("invariant 9: page, API and reports give the same numbers", () => {
  it("for random scenarios, every sector's exposure and value at risk, the totals and the headline agree", async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, async (input) => {
        const query = formatScenarioParams(input);
        const today = todayIso();

        const page = resolveUrlScenario(dataset, pageParams(query), today);
        expect(page.notices).toEqual([]);
        const onPage = computeExposure(dataset, page.scenario);
        const pageHeadline = summariseResult(onPage).headline;

        const api = (await getExposure(new Request(`http://localhost/api/exposure?${query}`)).json()) as Answer;
        const json = (await (await getReport(new Request(`http://localhost/api/report?${query}&format=json`))).json()) as Answer & { headline: string };
        const csv = parseCsvReport(await (await getReport(new Request(`http://localhost/api/report?${query}&format=csv`))).text());
        const [meta, csvSectors] = [csv[0] ?? [], csv[1] ?? []];
        const metaValue = (field: string) => meta.find((row) => row.field === field)?.value;

        expect(api.totals).toEqual(onPage.totals);
        expect(json.totals).toEqual(onPage.totals);
        expect(json.headline).toBe(pageHeadline);
        expect(metaValue("headline")).toBe(pageHeadline);
        expect(sameAsWritten(metaValue("value_at_risk_usd_low"), onPage.totals.valueAtRiskUsd.low)).toBe(true);
        expect(sameAsWritten(metaValue("value_at_risk_usd_high"), onPage.totals.valueAtRiskUsd.high)).toBe(true);

        for (const sector of onPage.sectors) {
          const figures = { exposure: sector.exposure, valueAtRiskUsd: sector.valueAtRiskUsd };
          expect(api.sectors.find((s) => s.id === sector.id), sector.id).toMatchObject(figures);
          expect(json.sectors.find((s) => s.id === sector.id), sector.id).toMatchObject(figures);
          const row = csvSectors.find((r) => r.sector_id === sector.id);
          expect(row, sector.id).toBeDefined();
          expect(sameAsWritten(row?.exposure_low, sector.exposure?.low ?? null), `${sector.id} exposure_low`).toBe(true);
          expect(sameAsWritten(row?.exposure_high, sector.exposure?.high ?? null), `${sector.id} exposure_high`).toBe(true);
          expect(sameAsWritten(row?.value_at_risk_usd_low, sector.valueAtRiskUsd?.low ?? null)).toBe(true);
          expect(sameAsWritten(row?.value_at_risk_usd_high, sector.valueAtRiskUsd?.high ?? null)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
