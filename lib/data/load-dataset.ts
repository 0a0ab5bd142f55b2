import controlRules from "../../data/control-rules.json";
import elements from "../../data/elements.json";
import measures from "../../data/measures.json";
import meta from "../../data/meta.json";
import products from "../../data/products.json";
import recordEvents from "../../data/record-events.json";
import regimes from "../../data/regimes.json";
import routeDefaults from "../../data/route-defaults.json";
import sources from "../../data/sources.json";
import { type Dataset, datasetSchema } from "../schemas/dataset";
import { checkReferences } from "./check-references";

/** Validates raw dataset files; throws with every problem listed, so a bad edit to data/ fails loudly. */
export function parseDataset(raw: unknown): Dataset {
  const dataset = datasetSchema.parse(raw);
  const problems = checkReferences(dataset);
  if (problems.length > 0) throw new Error(`dataset references:\n${problems.join("\n")}`);
  return dataset;
}

let cached: Dataset | undefined;

/** The bundled dataset, validated once per process. */
export function getDataset(): Dataset {
  cached ??= parseDataset({ meta, elements, measures, products, routeDefaults, recordEvents, sources, regimes, controlRules });
  return cached;
}
