// The reference tables as bundled JSON, for the browser worker. The server validates them with their zod schemas when
// it loads them (lib/data/load-parts-data.ts) and a unit test does the same on every change; the browser does not ship
// zod to check them again, as it does not for the dataset (lib/queries.ts).
import controlCodes from "../../data/control-codes.json";
import fxRates from "../../data/fx-rates.json";
import typicalComposition from "../../data/typical-composition.json";
import type { PartsTables } from "./parts-tables";

export const BUNDLED_PARTS_TABLES: PartsTables = {
  controlCodes: controlCodes as unknown as PartsTables["controlCodes"],
  fxRates: fxRates as unknown as PartsTables["fxRates"],
  composition: typicalComposition as unknown as PartsTables["composition"],
};
