import { getDataset } from "../data/load-dataset";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { makeHandDataset } from "../engine/test-fixture";
import { hashDataset } from "../report/build-report";
import type { ParamIssue } from "../scenario/scenario-params";
import { buildCompareReport, type CompareReport } from "./build-compare-report";

/**
 * A comparison report for formatter and route tests: on the hand-worked dataset (lib/engine/test-fixture.ts) by
 * default, April 2025 against October 2025 as announced; `bundled` uses the bundled dataset.
 */
export async function makeTestCompareReport(
  a: ScenarioInput = { regime: "apr-2025" },
  b: ScenarioInput = { regime: "oct-2025" },
  opts: { bundled?: boolean; warnings?: ParamIssue[] } = {},
): Promise<CompareReport> {
  const dataset = opts.bundled ? getDataset() : makeHandDataset();
  const run = (input: ScenarioInput) => computeExposure(dataset, resolveScenario(dataset, input, "2026-12-02"));
  return buildCompareReport(dataset, run(a), run(b), { generatedAt: "2026-12-02T10:00:00.000Z", datasetSha256: await hashDataset(dataset), warnings: opts.warnings });
}
