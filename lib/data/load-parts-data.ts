import controlCodes from "../../data/control-codes.json";
import fxRates from "../../data/fx-rates.json";
import typicalComposition from "../../data/typical-composition.json";
import { type ControlCodesFile, controlCodesFileSchema } from "../schemas/control-codes";
import type { Dataset } from "../schemas/dataset";
import { type FxRatesFile, fxRatesFileSchema } from "../schemas/fx-rates";
import { type TypicalCompositionFile, typicalCompositionFileSchema } from "../schemas/typical-composition";
import { checkControlCodeReferences, findUnknownSources } from "./check-parts-references";
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

/** Validates data/fx-rates.json: one rate per currency, each with a source that resolves. */
export function parseFxRates(raw: unknown, dataset: Dataset): FxRatesFile {
  const file = fxRatesFileSchema.parse(raw);
  const problems = findUnknownSources(file, "fx-rates", new Set(dataset.sources.sources.map((s) => s.id)));
  const seen = new Set<string>();
  for (const r of file.rates) {
    if (seen.has(r.currency)) problems.push(`fx-rates: ${r.currency} is listed twice`);
    seen.add(r.currency);
  }
  if (!seen.has("USD")) problems.push("fx-rates: USD is missing");
  if (problems.length > 0) fail("fx-rates", problems);
  return file;
}

let cachedRates: FxRatesFile | undefined;

export function getFxRates(): FxRatesFile {
  cachedRates ??= parseFxRates(fxRates, getDataset());
  return cachedRates;
}

/** Validates data/typical-composition.json: keys unique, sources resolve, each mass row's composition exists. */
export function parseTypicalComposition(raw: unknown, dataset: Dataset): TypicalCompositionFile {
  const file = typicalCompositionFileSchema.parse(raw);
  const problems = findUnknownSources(file, "typical-composition", new Set(dataset.sources.sources.map((s) => s.id)));
  const keys = new Set<string>();
  for (const c of file.compositions) {
    if (keys.has(c.key)) problems.push(`typical-composition: duplicate key ${c.key}`);
    keys.add(c.key);
  }
  for (const m of file.magnetMasses) {
    if (!keys.has(m.compositionKey)) problems.push(`typical-composition.magnetMasses.${m.application}: unknown composition ${m.compositionKey}`);
  }
  if (problems.length > 0) fail("typical-composition", problems);
  return file;
}

let cachedComposition: TypicalCompositionFile | undefined;

export function getTypicalComposition(): TypicalCompositionFile {
  cachedComposition ??= parseTypicalComposition(typicalComposition, getDataset());
  return cachedComposition;
}
