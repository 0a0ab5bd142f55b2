import type { ExposureResult, ProductResult, SectorResult } from "../engine/exposure-types";
import type { Scenario } from "../engine/scenario";
import type { Dataset } from "../schemas/dataset";
import type { ParamIssue } from "../scenario/scenario-params";
import { scenarioSlug, scenarioToQuery } from "../scenario/scenario-query";
import { canonicalJson, sha256Hex } from "./sha256";

export const REPORT_VERSION = "1.0";

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
  /** Parameters of the request read other than as written, or ignored: the API's `warnings` (optional in the schema,
   *  which reports made before it existed still meet; always written now). */
  warnings?: ParamIssue[];
  sectors: SectorResult[];
  products: ProductResult[];
  method: string[];
  sources: ReportSource[];
};

export const REPORT_METHOD = [
  "A component is caught when it holds a controlled element in a form a measure lists and is bought from China, unless a MOFCOM FAQ excludes the form it is traded in.",
  "Where the Ann. 61 extraterritorial rule applies, a magnet or sputtering target made abroad is also caught when its China-origin controlled content is at least the de minimis threshold of its value (annex reading) or, in the broad reading, of the finished product's value.",
  "A product takes its worst component's status: military end use where denied -> denied; advanced-node semiconductor end use under Ann. 61 -> case-by-case; otherwise licence. Drivers are the controlled elements that caught it.",
  "Supply weight = China's share of the route that triggers the control (magnet making for magnets, separation otherwise), combined over components; value at risk = annual units x unit value x weight.",
  "Sector exposure = value at risk / annual value over products with a known volume; where no volume is known, the mean product weight ('product-count' basis). Gaps are left empty, never invented; estimates are marked EST in the dataset.",
];

function collectSourceIds(dataset: Dataset, result: ExposureResult): Set<string> {
  const ids = new Set<string>();
  const add = (list: readonly string[] | undefined) => list?.forEach((id) => ids.add(id));
  add(dataset.regimes.regimes.find((r) => r.id === result.scenario.regime)?.sourceIds);
  const inForce = new Set(result.scenario.measuresInForce);
  for (const m of dataset.measures.measures) if (inForce.has(m.id)) add(m.sourceIds);
  for (const e of dataset.elements.elements) {
    add(e.chinaShare.separation?.sourceIds);
    add(e.chinaShare.magnets?.sourceIds);
    add(e.price?.sourceIds);
  }
  for (const p of dataset.products.products) {
    add(p.unitValueUsd.sourceIds);
    add(p.annualUnits.sourceIds);
    for (const c of p.components) add(c.sourceIds);
  }
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
  const sources = dataset.sources.sources
    .filter((s) => ids.has(s.id))
    .map((s) => ({ id: s.id, citation: s.citation, url: s.urls[0] ?? null }));
  return {
    reportVersion: REPORT_VERSION,
    title: `Rare-earth export-control exposure: ${result.scenario.regimeName}`,
    generatedAt: opts.generatedAt,
    dataset: { name: dataset.meta.name, version: dataset.meta.version, sha256: opts.datasetSha256 },
    scenarioSha256: await sha256Hex(canonicalJson({ dataset: opts.datasetSha256, scenario: result.scenario })),
    scenarioQuery: scenarioToQuery(result.scenario),
    scenario: result.scenario,
    warnings: opts.warnings ?? [],
    sectors: result.sectors,
    products: result.products,
    method: REPORT_METHOD,
    sources,
  };
}

/** "rare-earth-exposure_breakdown_2026-11-25_3f2a9c1b.csv": the scenario, its date and its hash. */
export function reportFileName(report: ExposureReport, ext: "csv" | "json" | "pdf"): string {
  return `rare-earth-exposure_${scenarioSlug(report.scenario)}_${report.scenarioSha256.slice(0, 8)}.${ext}`;
}
