import type { Dataset } from "../schemas/dataset";
import type { RecordEvent } from "../schemas/record-event";
import { computeExposure } from "./compute-exposure";
import type { Range, StatusRange } from "./exposure-types";
import { resolveScenario } from "./resolve-scenario";

export type RecordCheckRow = {
  event: RecordEvent;
  sectorExposure: Range;
  productStatus: StatusRange;
  productDependence: Range;
  /** The model reproduces the event: on its date, for its destination, the sector is exposed and the product caught. */
  reproduced: boolean;
};

/**
 * The record check: evaluates the measures in force on each recorded event's date, for the event's destination,
 * under the dependency lens. An event is reproduced when its sector is exposed and its product caught in every outcome.
 */
export function checkRecord(dataset: Dataset, today: string): RecordCheckRow[] {
  return dataset.recordEvents.events.map((event) => {
    const scenario = resolveScenario(dataset, { asOf: event.date, destination: event.destination, lens: "dependency" }, today);
    const result = computeExposure(dataset, scenario);
    const sector = result.sectors.find((s) => s.id === event.sectorId);
    const product = result.products.find((p) => p.id === event.productId);
    if (!sector || !product) throw new Error(`record event ${event.id}: unknown sector or product`);
    return {
      event,
      sectorExposure: sector.exposure,
      productStatus: product.status,
      productDependence: product.dependence,
      reproduced: sector.exposure.low > 0 && product.status.low !== "free",
    };
  });
}
