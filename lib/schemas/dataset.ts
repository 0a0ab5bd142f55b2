import { z } from "zod";
import { controlRulesFileSchema } from "./control-rules";
import { elementsFileSchema } from "./element";
import { measuresFileSchema } from "./measure";
import { productsFileSchema } from "./product";
import { recordEventsFileSchema } from "./record-event";
import { regimesFileSchema } from "./regime";
import { routeDefaultsFileSchema } from "./route-defaults";
import { sourcesFileSchema } from "./source";

export const datasetMetaSchema = z.object({
  name: z.string(),
  version: z.string().min(1),
  recordHorizon: z.string(),
  basedOn: z.string(),
  prices: z.string(),
});

export const datasetSchema = z.object({
  meta: datasetMetaSchema,
  elements: elementsFileSchema,
  measures: measuresFileSchema,
  products: productsFileSchema,
  routeDefaults: routeDefaultsFileSchema,
  recordEvents: recordEventsFileSchema,
  sources: sourcesFileSchema,
  regimes: regimesFileSchema,
  controlRules: controlRulesFileSchema,
});
export type Dataset = z.infer<typeof datasetSchema>;
