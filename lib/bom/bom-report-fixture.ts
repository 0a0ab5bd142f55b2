import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { bomTemplateCsv } from "./bom-template";
import { type BomReport, buildBomReport, sha256HexBytes } from "./build-bom-report";
import { parseBom } from "./parse-bom";

/** A real BOM report on the bundled data (the template by default), for formatter and route tests. */
export async function makeTestBomReport(
  text: string = bomTemplateCsv(),
  input: ScenarioInput = { regime: "breakdown" },
  generatedAt = "2026-11-25T10:00:00.000Z",
): Promise<BomReport> {
  const dataset = getDataset();
  const bytes = new TextEncoder().encode(text);
  return buildBomReport(dataset, resolveScenario(dataset, input, "2026-11-25"), parseBom(text), {
    generatedAt,
    file: { sha256: await sha256HexBytes(bytes), bytes: bytes.length, name: "bom.csv" },
  });
}
