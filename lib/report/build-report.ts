import { summariseResult } from "../charts/summarise-result";
import type { ExposureResult, ProductResult, Range, SectorResult } from "../engine/exposure-types";
import type { Scenario } from "../engine/scenario";
import type { Dataset } from "../schemas/dataset";
import type { ParamIssue } from "../scenario/scenario-params";
import { scenarioSlug, scenarioToQuery } from "../scenario/scenario-query";
import { canonicalJson, sha256Hex } from "./sha256";

export const REPORT_VERSION = "2.0";

export type ReportSource = { id: string; citation: string; url: string | null };

/** Everything a report holds, in every format: the engine's result plus what makes it a dated, auditable record. */
export type ExposureReport = {
  reportVersion: typeof REPORT_VERSION;
  title: string;
  generatedAt: string;
  dataset: { name: string; version: string; sha256: string };
  /** SHA-256 of the scenario and the dataset's hash: equal hashes mean equal inputs. */
  scenarioSha256: string;
  /** Query string that reproduces the scenario on the page, in the API and in reports. */
  scenarioQuery: string;
  scenario: Scenario;
  headline: string;
  /** Why figures are ranges, when they are. */
  rangeNote: string | null;
  totals: { valueUsd: number; exposedValueUsd: Range; valueAtRiskUsd: Range };
  /** Parameters of the request read other than as written, or ignored: the API's `warnings` (optional in the schema,
   *  which reports made before it existed still meet; always written now). */
  warnings?: ParamIssue[];
  sectors: SectorResult[];
  products: ProductResult[];
  method: string[];
  sources: ReportSource[];
};

export const REPORT_METHOD = [
  "Two lenses on the same measures and one rules kernel. Dependency lens (sectors by default): for a final good made outside China, the share of its output that depends on a controlled input anywhere upstream. Border lens: what each traded item needs at China's border when bought from China in the form it is traded in.",
  "Each rare-earth component reaches a maker outside China by four routes with shares summing to 1 (sourced or EST): (1) bought from China as the listed item; (2) inside an assembly a MOFCOM FAQ excludes (caught only when the exclusions are set aside); (3) made outside China from China-origin oxide or metal, whose export is licensed when the element is controlled; (4) no China-origin material.",
  "A component's dependence is the sum of its caught routes' shares; a product stops when any caught component is missing: dependence = 1 − Π(1 − component dependence). The China-share what-if scales the routes an element catches down to the stated share, never up.",
  "Status, worst first: denied (military end use where a measure denies it for the buyer's country, or samarium for any military user) > case-by-case (advanced-node chips under Ann. 61) > licence > free. From April to June 2025 customs held every NdFeB magnet for content checks (one customs code for all grades): such holds count as a licence-like delay.",
  "A sector's exposure = Σ(outside-China units × unit value × dependence) ÷ Σ(outside-China units × unit value) over its final goods with known volumes; intermediate goods are inputs and never add to a sector. Without volumes, the mean over its final goods ('count'). Value at risk = exposed value × the share of licensed supply that does not arrive in time (denied: all of it).",
  "Where the record does not say what followed a suspension's scheduled end, both outcomes are computed and every figure is a range: low = suspension extended, high = lapsed.",
];

function collectSourceIds(dataset: Dataset, result: ExposureResult): Set<string> {
  const ids = new Set<string>();
  const add = (list: readonly string[] | undefined) => list?.forEach((id) => ids.add(id));
  const regime = dataset.regimes.regimes.find((r) => r.id === result.scenario.regime);
  add(regime?.sourceIds);
  add((regime?.friction ?? dataset.regimes.defaultFriction).sourceIds);
  const inForce = new Set(result.scenario.outcomes.flatMap((o) => o.measuresInForce));
  for (const m of dataset.measures.measures) if (inForce.has(m.id)) add(m.sourceIds);
  for (const e of dataset.elements.elements) {
    add(e.chinaShare.separation?.sourceIds);
    add(e.chinaShare.magnets?.sourceIds);
    add(e.price?.sourceIds);
  }
  for (const p of dataset.products.products) {
    add(p.unitValueUsd.sourceIds);
    add(p.annualUnits.sourceIds);
    for (const c of p.components) {
      add(c.sourceIds);
      if (!("ref" in c.routes)) add(c.routes.sourceIds);
    }
  }
  for (const d of dataset.routeDefaults.defaults) add(d.sourceIds);
  add(dataset.controlRules.extraterritorial.sourceIds);
  return ids;
}

export async function hashDataset(dataset: Dataset): Promise<string> {
  return sha256Hex(canonicalJson(dataset));
}

export async function buildReport(
  dataset: Dataset,
  result: ExposureResult,
  opts: { generatedAt: string; datasetSha256: string; warnings?: ParamIssue[] },
): Promise<ExposureReport> {
  const ids = collectSourceIds(dataset, result);
  const sources = dataset.sources.sources.filter((s) => ids.has(s.id)).map((s) => ({ id: s.id, citation: s.citation, url: s.urls[0] ?? null }));
  const summary = summariseResult(result);
  return {
    reportVersion: REPORT_VERSION,
    title: `Rare-earth export-control exposure: ${result.scenario.regimeName}`,
    generatedAt: opts.generatedAt,
    dataset: { name: dataset.meta.name, version: dataset.meta.version, sha256: opts.datasetSha256 },
    scenarioSha256: await sha256Hex(canonicalJson({ dataset: opts.datasetSha256, scenario: result.scenario })),
    scenarioQuery: scenarioToQuery(result.scenario),
    scenario: result.scenario,
    headline: summary.headline,
    rangeNote: summary.rangeNote,
    totals: result.totals,
    warnings: opts.warnings ?? [],
    sectors: result.sectors,
    products: result.products,
    method: REPORT_METHOD,
    sources,
  };
}

/**
 * "rare-earth-exposure_breakdown_2026-11-25_3f2a9c1b.csv": the scenario, its date and its hash; one table of it adds
 * the table's name ("…_3f2a9c1b_sectors.csv").
 */
export function reportFileName(report: ExposureReport, ext: "csv" | "json" | "pdf" | "xlsx" | "zip", table?: string): string {
  return `rare-earth-exposure_${scenarioSlug(report.scenario)}_${report.scenarioSha256.slice(0, 8)}${table ? `_${table}` : ""}.${ext}`;
}
