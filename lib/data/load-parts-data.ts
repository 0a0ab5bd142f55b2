import controlCodes from "../../data/control-codes.json";
import { type ControlCodesFile, controlCodesFileSchema } from "../schemas/control-codes";
import type { Dataset } from "../schemas/dataset";
import { checkControlCodeReferences } from "./check-parts-references";
import { getDataset } from "./load-dataset";

function fail(file: string, problems: string[]): never {
  throw new Error(`${file} references:\n${problems.join("\n")}`);
}

/** Validates data/control-codes.json against its schema and the dataset it points into. */
export function parseControlCodes(raw: unknown, dataset: Dataset): ControlCodesFile {
  const file = controlCodesFileSchema.parse(raw);
  const problems = checkControlCodeReferences(file, dataset);
  if (problems.length > 0) fail("control-codes", problems);
  return file;
}

let cachedCodes: ControlCodesFile | undefined;

/** The bundled control-code table, validated once per process. */
export function getControlCodes(): ControlCodesFile {
  cachedCodes ??= parseControlCodes(controlCodes, getDataset());
  return cachedCodes;
}
