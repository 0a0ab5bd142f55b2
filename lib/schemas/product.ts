import { z } from "zod";
import { componentFormSchema, confidenceSchema, elementSymbolSchema, sourceIdsSchema } from "./common";

export const sectorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  description: z.string(),
});
export type Sector = z.infer<typeof sectorSchema>;

export const componentElementSchema = z.object({
  symbol: elementSymbolSchema,
  // null: the element is present but no per-unit figure was found (NF).
  grams: z.number().min(0).nullable(),
  gramsRange: z.tuple([z.number().min(0), z.number().min(0)]).optional(),
});

export const componentSchema = z.looseObject({
  name: z.string().min(1),
  form: componentFormSchema,
  tradedAs: z.string().min(1),
  elements: z.array(componentElementSchema).min(1),
  sourceIds: sourceIdsSchema,
  confidence: confidenceSchema,
  basis: z.string(),
  excludedBy: z.array(z.string()).optional(),
  material: z.looseObject({ type: z.string(), massG: z.number().positive().nullable().optional() }).optional(),
  scopeNote: z.string().optional(),
});
export type Component = z.infer<typeof componentSchema>;

const figureSchema = z.looseObject({
  value: z.number().min(0).nullable(),
  sourceIds: sourceIdsSchema,
  basis: z.string(),
  confidence: confidenceSchema,
});

export const productSchema = z.looseObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  sectorId: z.string(),
  unit: z.string(),
  unitValueUsd: figureSchema.extend({ value: z.number().positive() }),
  annualUnits: figureSchema,
  endUse: z.enum(["civil", "dual", "military"]),
  advancedSemiconductor: z.boolean(),
  components: z.array(componentSchema),
  totalReeGrams: z.number().nullable(),
  notes: z.string().optional(),
});
export type Product = z.infer<typeof productSchema>;

export const productsFileSchema = z.object({
  meta: z.looseObject({ description: z.string() }),
  sectors: z.array(sectorSchema).min(9),
  products: z.array(productSchema).min(40),
});
export type ProductsFile = z.infer<typeof productsFileSchema>;
