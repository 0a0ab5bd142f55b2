import { z } from "zod";
import { confidenceSchema, isoDateSchema, sourceIdsSchema } from "./common";

/**
 * How scheduled suspensions are read: as-scheduled (each ends on its recorded date, and what happened after an end the
 * record does not hold is left open), extended (a suspension that has begun never ends), ignored (measures apply as
 * announced).
 */
export const suspensionModeSchema = z.enum(["as-scheduled", "extended", "ignored"]);
export type SuspensionMode = z.infer<typeof suspensionModeSchema>;

/** Share of licensed supply that does not arrive in time, in percent: a scenario parameter with a sourced default. */
export const frictionFigureSchema = z.object({
  value: z.number().min(0).max(100),
  sourceIds: sourceIdsSchema.min(1),
  basis: z.string().min(1),
  confidence: confidenceSchema,
});

export const regimeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(["enacted", "scenario"]),
  description: z.string().min(1),
  asOf: z.union([isoDateSchema, z.literal("today")]),
  effective: isoDateSchema.nullable(),
  suspensions: suspensionModeSchema,
  friction: frictionFigureSchema,
  caveat: z.string().optional(),
  sourceIds: sourceIdsSchema.min(1),
});
export type Regime = z.infer<typeof regimeSchema>;

export const regimesFileSchema = z.object({
  meta: z.looseObject({ description: z.string() }),
  /** The friction a scenario built from a date alone (no preset) starts from. */
  defaultFriction: frictionFigureSchema,
  regimes: z.array(regimeSchema).min(1),
});
