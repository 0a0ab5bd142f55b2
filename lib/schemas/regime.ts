import { z } from "zod";
import { isoDateSchema, sourceIdsSchema } from "./common";

export const suspensionModeSchema = z.enum(["as-scheduled", "extended", "ignored"]);
export type SuspensionMode = z.infer<typeof suspensionModeSchema>;

export const regimeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(["enacted", "scenario"]),
  description: z.string().min(1),
  asOf: z.union([isoDateSchema, z.literal("today")]),
  effective: isoDateSchema.nullable(),
  suspensions: suspensionModeSchema,
  civilGeneralLicence: z.boolean(),
  caveat: z.string().optional(),
  sourceIds: sourceIdsSchema.min(1),
});
export type Regime = z.infer<typeof regimeSchema>;

export const regimesFileSchema = z.object({
  meta: z.looseObject({ description: z.string() }),
  regimes: z.array(regimeSchema).min(1),
});
