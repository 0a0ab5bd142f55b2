import { z } from "zod";
import { confidenceSchema, elementSymbolSchema, sourceIdsSchema } from "./common";

/** An element's mass share, in percent: a range, with a central value where one is on record (null = NF). */
export const pctRangeSchema = z
  .object({ centralPct: z.number().min(0).max(100).nullable(), lowPct: z.number().min(0).max(100), highPct: z.number().min(0).max(100) })
  .refine((r) => r.lowPct <= r.highPct && (r.centralPct === null || (r.lowPct <= r.centralPct && r.centralPct <= r.highPct)), "low ≤ central ≤ high");
export type PctRange = z.infer<typeof pctRangeSchema>;

const sourcedOrEstimated = (r: { sourceIds: string[]; confidence: string }) => r.sourceIds.length > 0 || r.confidence === "EST" || r.confidence === "NF";

export const compositionSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9:.-]+$/i),
    lineType: z.string().min(1),
    label: z.string().min(1),
    elements: z.partialRecord(elementSymbolSchema, pctRangeSchema),
    grade: z.enum(["N", "M", "H", "SH", "UH", "EH", "AH"]).nullable().optional(),
    application: z.string().optional(),
    smcoKind: z.enum(["SmCo5", "Sm2Co17"]).optional(),
    element: elementSymbolSchema.optional(),
    formula: z.string().optional(),
    /** Dy + Tb together, where their split is not on record (UH, EH, AH). */
    heavyRareEarthTotalPct: pctRangeSchema.optional(),
    basis: z.string().min(1),
    sourceIds: sourceIdsSchema,
    confidence: confidenceSchema,
  })
  .refine(sourcedOrEstimated, "a composition without a source must be marked EST (with its arithmetic) or NF");
export type Composition = z.infer<typeof compositionSchema>;

export const magnetPriceSchema = z
  .object({
    key: z.string().min(1),
    lineType: z.string().min(1),
    usdPerKgLow: z.number().positive(),
    usdPerKgHigh: z.number().positive(),
    confidence: confidenceSchema,
    basis: z.string().min(1),
    sourceIds: sourceIdsSchema,
  })
  .refine((p) => p.usdPerKgLow <= p.usdPerKgHigh, "low ≤ high")
  .refine(sourcedOrEstimated, "a price without a source must be marked EST");
export type MagnetPrice = z.infer<typeof magnetPriceSchema>;

export const magnetMassSchema = z
  .object({
    application: z.enum(["ev_traction", "eps", "small_auto_motor"]),
    label: z.string().min(1),
    /** Null where the record gives only an upper figure ("up to about 200 g"). */
    gramsLow: z.number().positive().nullable(),
    gramsHigh: z.number().positive(),
    confidence: confidenceSchema,
    basis: z.string().min(1),
    sourceIds: sourceIdsSchema.min(1),
    compositionKey: z.string().min(1),
  })
  .refine((m) => m.gramsLow === null || m.gramsLow <= m.gramsHigh, "low ≤ high");
export type MagnetMass = z.infer<typeof magnetMassSchema>;

export const typicalCompositionFileSchema = z.object({
  meta: z.looseObject({
    description: z.string(),
    gradeTable: z.string().min(1),
    gradeAnchors: z.string().min(1),
    grainBoundaryDiffusion: z.object({ lowFactor: z.number().positive().max(1), highFactor: z.number().positive().max(1), basis: z.string(), sourceIds: sourceIdsSchema.min(1) }),
  }),
  compositions: z.array(compositionSchema).min(1),
  magnetPrices: z.array(magnetPriceSchema),
  magnetMasses: z.array(magnetMassSchema),
});
export type TypicalCompositionFile = z.infer<typeof typicalCompositionFileSchema>;
