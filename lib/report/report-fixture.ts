import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { makeHandDataset } from "../engine/test-fixture";
import { buildReport, hashDataset } from "./build-report";

/** A report on the hand-worked dataset (lib/engine/test-fixture.ts), for formatter tests. */
export async function makeTestReport(input: ScenarioInput = { regime: "apr-2025" }, generatedAt = "2026-11-25T10:00:00.000Z") {
  const dataset = makeHandDataset();
  const result = computeExposure(dataset, resolveScenario(dataset, input, "2026-11-25"));
  return buildReport(dataset, result, { generatedAt, datasetSha256: await hashDataset(dataset) });
}
