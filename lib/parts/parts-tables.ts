import type { LookupTables } from "../lookup/lookup-code";
import type { ControlCodesFile } from "../schemas/control-codes";
import type { Dataset } from "../schemas/dataset";
import type { FxRatesFile } from "../schemas/fx-rates";
import type { TypicalCompositionFile } from "../schemas/typical-composition";

/** The reference tables a parts-list check reads besides the dataset: control codes, exchange rates, compositions. */
export type PartsTables = {
  controlCodes: ControlCodesFile;
  fxRates: FxRatesFile;
  composition: TypicalCompositionFile;
};

/** The lookup's tables: the control codes, and the dataset's measures (for dates) and FAQ exclusions (for hints). */
export function lookupTablesOf(dataset: Dataset, tables: Pick<PartsTables, "controlCodes">): LookupTables {
  return { controlCodes: tables.controlCodes, measures: dataset.measures.measures, exclusions: dataset.measures.exclusions };
}
