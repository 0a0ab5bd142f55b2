import { z } from "zod";
import { confidenceSchema, elementSymbolSchema, sourceIdsSchema } from "./common";

export const chinaShareFigureSchema = z.looseObject({
  value: z.number().min(0).max(1).nullable(),
  sourceIds: sourceIdsSchema,
  elementSpecific: z.boolean(),
  confidence: confidenceSchema,
  basis: z.string(),
});

export const elementSchema = z.looseObject({
  symbol: elementSymbolSchema,
  name: z.string().min(1),
  atomicNumber: z.number().int().min(21).max(71),
  class: z.enum(["light", "heavy", "scandium"]),
  chinaMofcomClass: z.string(),
  controlledUnder: z.array(z.string()),
  chinaShare: z.object({
    mining: chinaShareFigureSchema.nullable(),
    separation: chinaShareFigureSchema.nullable(),
    magnets: chinaShareFigureSchema.nullable(),
  }),
  price: z
    .looseObject({
      usdPerKg: z.number().positive().nullable(),
      basis: z.string(),
      // Partial dates and ranges ("2024-03", "2020-07/2021-09") record how old a listing is.
      asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2})?)?$/).nullable(),
      sourceIds: sourceIdsSchema,
      confidence: confidenceSchema,
    })
    .nullable(),
  /** The oxide a price refers to, and the element's mass fraction in it (standard atomic weights). */
  oxide: z.object({
    formula: z.string().min(2),
    elementMassFraction: z.number().gt(0).lt(1),
    basis: z.string().min(1),
  }),
  uses: z.array(z.string()),
  usesSourceIds: sourceIdsSchema,
});
export type Element = z.infer<typeof elementSchema>;

export const elementsFileSchema = z.object({
  meta: z.looseObject({ description: z.string() }),
  elements: z.array(elementSchema).length(17),
});
export type ElementsFile = z.infer<typeof elementsFileSchema>;
