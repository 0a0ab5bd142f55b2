// A real parts-list report on the bundled data, for formatter and view-model tests. Test helper only.
import { bomTemplateCsv } from "../bom/bom-template";
import { getDataset } from "../data/load-dataset";
import { getControlCodes, getFxRates, getTypicalComposition } from "../data/load-parts-data";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import type { PartsReport } from "./build-parts-report";
import { checkPartsFile } from "./check-parts-file";
import type { PartMappingInput } from "./part-columns";

export const TEST_PARTS_TABLES = { controlCodes: getControlCodes(), fxRates: getFxRates(), composition: getTypicalComposition() };

/** The template by default, under Breakdown, border lens. */
export async function makeTestPartsReport(
  file: string | Uint8Array = bomTemplateCsv(),
  input: ScenarioInput = { regime: "breakdown" },
  options: { mapping?: PartMappingInput; fileCurrency?: string | null; generatedAt?: string } = {},
): Promise<PartsReport> {
  const dataset = getDataset();
  const bytes = typeof file === "string" ? new TextEncoder().encode(file) : file;
  const scenario = resolveScenario(dataset, { lens: "border", ...input }, "2026-11-25");
  const r = await checkPartsFile(bytes, dataset, TEST_PARTS_TABLES, scenario, {
    generatedAt: options.generatedAt ?? "2026-11-25T10:00:00.000Z",
    fileName: "parts.csv",
    mapping: options.mapping,
    fileCurrency: options.fileCurrency ?? null,
  });
  if (!r.ok) throw new Error(r.message);
  return r.report;
}
