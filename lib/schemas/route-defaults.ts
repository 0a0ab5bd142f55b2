import { z } from "zod";
import { confidenceSchema, sourceIdsSchema } from "./common";
import { routeSharesSchema } from "./product-v2";

/** Documented route shares by form, referenced by components as { "ref": id }. Shown on the Methodology page. */
export const routeDefaultSchema = routeSharesSchema.extend({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  /** Which components it is for (e.g. "sintered NdFeB with Dy/Tb, civil buyers outside China"). */
  appliesTo: z.string().min(1),
  sourceIds: sourceIdsSchema,
  basis: z.string().min(1),
  confidence: confidenceSchema,
});
export type RouteDefault = z.infer<typeof routeDefaultSchema>;

export const routeDefaultsFileSchema = z.object({
  meta: z.looseObject({ description: z.string() }),
  defaults: z.array(routeDefaultSchema).min(1),
});
