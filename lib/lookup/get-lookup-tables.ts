import { getDataset } from "../data/load-dataset";
import { getControlCodes } from "../data/load-parts-data";
import type { LookupTables } from "./lookup-code";

/** The bundled, validated tables the lookup reads (server side: the route and the page). */
export function getLookupTables(): LookupTables {
  const dataset = getDataset();
  return { controlCodes: getControlCodes(), measures: dataset.measures.measures, exclusions: dataset.measures.exclusions };
}
