import type { ExposureResult } from "../engine/exposure-types";
import type { Scenario } from "../engine/scenario";
import { buildReport, REPORT_METHOD, type ReportSource } from "../report/build-report";
import { canonicalJson, sha256Hex } from "../report/sha256";
import type { ParamIssue } from "../scenario/scenario-params";
import { scenarioSlug } from "../scenario/scenario-query";
import type { Dataset } from "../schemas/dataset";
import { type Comparison, compareResults } from "./compare-results";

export const COMPARE_REPORT_VERSION = "1.0";

export type CompareReportSide = {
  scenario: Scenario;
  /** Query string that reproduces the scenario on the page, in the API and in reports. */
  scenarioQuery: string;
  /** The exposure report's hash of this scenario on this dataset: equal hashes, equal inputs. */
  scenarioSha256: string;
  /** The scenario's own headline, the dashboard's words. */
  headline: string;
  rangeNote: string | null;
};

/** A comparison in every format (JSON, CSV, PDF): both scenarios, what changed, sector by sector, product by product. */
export type CompareReport = {
  reportVersion: typeof COMPARE_REPORT_VERSION;
  title: string;
  generatedAt: string;
  dataset: { name: string; version: string; sha256: string };
  /** SHA-256 of both scenario hashes: equal hashes mean the same comparison. */
  compareSha256: string;
  /** Parameters of the request read other than as written, or ignored: "a.threshold", "b.utm_source", "format". */
  warnings: ParamIssue[];
  a: CompareReportSide;
  b: CompareReportSide;
  headline: string;
  diff: Comparison["diff"];
  totals: Comparison["totals"];
  sectors: Comparison["sectors"];
  products: Comparison["products"];
  unchangedProducts: number;
  method: string[];
  sources: ReportSource[];
};

export const COMPARE_METHOD = [
  "Both scenarios are computed by the same engine on the same dataset, as on the dashboard; the exposure method follows.",
  "A change is B − A at each end of a range: low with low (the suspension extended in both), high with high (lapsed in both). A scenario the record decides has equal ends.",
  "A product is listed when its status differs at either end. Why: the controlled elements among its drivers that only one scenario controls, the China-share what-if on its drivers, and the scenario settings that bear on it (the lens for final goods; the buyer's country and military rule for military and dual-use goods; the advanced-node rule for advanced-node chips; the 0.1 % rule and its reading for goods made outside China from China-origin material; the FAQ exclusions for inputs bought inside assemblies; the outcome of a suspension). Where none does, the date and regime. The rules kernel's reason under each scenario is given in full.",
  ...REPORT_METHOD,
];

/** The request's warnings about one side, named as the side's own parameters ("a.threshold" → "threshold"). */
export function sideWarnings(report: Pick<CompareReport, "warnings">, side: "a" | "b"): ParamIssue[] {
  return report.warnings.filter((w) => w.param.startsWith(`${side}.`)).map((w) => ({ param: w.param.slice(2), message: w.message }));
}

/** Sources of both scenarios' figures, each once, in the order the reports list them. */
function mergeSources(a: readonly ReportSource[], b: readonly ReportSource[]): ReportSource[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)));
}

/** Assembles the comparison of two results of one dataset; reads nothing, computes nothing but the comparison. */
export async function buildCompareReport(
  dataset: Dataset,
  a: ExposureResult,
  b: ExposureResult,
  opts: { generatedAt: string; datasetSha256: string; warnings?: ParamIssue[] },
): Promise<CompareReport> {
  const reportOpts = { generatedAt: opts.generatedAt, datasetSha256: opts.datasetSha256 };
  const [reportA, reportB] = await Promise.all([buildReport(dataset, a, reportOpts), buildReport(dataset, b, reportOpts)]);
  const comparison = compareResults(a, b);
  const side = (r: typeof reportA): CompareReportSide => ({
    scenario: r.scenario,
    scenarioQuery: r.scenarioQuery,
    scenarioSha256: r.scenarioSha256,
    headline: r.headline,
    rangeNote: r.rangeNote,
  });
  return {
    reportVersion: COMPARE_REPORT_VERSION,
    title: `Rare-earth export controls compared: ${a.scenario.regimeName} (A) and ${b.scenario.regimeName} (B)`,
    generatedAt: opts.generatedAt,
    dataset: reportA.dataset,
    compareSha256: await sha256Hex(canonicalJson({ a: reportA.scenarioSha256, b: reportB.scenarioSha256 })),
    warnings: opts.warnings ?? [],
    a: side(reportA),
    b: side(reportB),
    headline: comparison.headline,
    diff: comparison.diff,
    totals: comparison.totals,
    sectors: comparison.sectors,
    products: comparison.products,
    unchangedProducts: comparison.unchangedProducts,
    method: COMPARE_METHOD,
    sources: mergeSources(reportA.sources, reportB.sources),
  };
}

/** "rare-earth-compare_apr-2025_2025-06-01_vs_oct-2025_2025-12-01_3f2a9c1b.pdf" */
export function compareReportFileName(report: CompareReport, ext: "csv" | "json" | "pdf"): string {
  return `rare-earth-compare_${scenarioSlug(report.a.scenario)}_vs_${scenarioSlug(report.b.scenario)}_${report.compareSha256.slice(0, 8)}.${ext}`;
}
