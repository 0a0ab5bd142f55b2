import { z } from "zod";
import { confidenceSchema, sourceIdsSchema } from "./common";

const quoteShape = {
  /** US dollars per unit of the currency (how the Fed quotes EUR and GBP). */
  usdPerUnit: z.number().positive().optional(),
  /** Units of the currency per US dollar (how the Fed quotes JPY, CNY, KRW). */
  unitsPerUsd: z.number().positive().optional(),
};
const oneQuote = (q: { usdPerUnit?: number | undefined; unitsPerUsd?: number | undefined }) => (q.usdPerUnit === undefined) !== (q.unitsPerUsd === undefined);

export const fxRateSchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/),
    name: z.string().min(1),
    ...quoteShape,
    series: z.string().min(1),
    confidence: confidenceSchema,
    sourceIds: sourceIdsSchema,
    check: z
      .object({ ...quoteShape, series: z.string().min(1), sourceIds: sourceIdsSchema.min(1) })
      .refine(oneQuote, "a check gives usdPerUnit or unitsPerUsd, not both")
      .optional(),
  })
  .refine(oneQuote, "a rate gives usdPerUnit or unitsPerUsd, not both")
  .refine((r) => r.currency === "USD" || r.sourceIds.length > 0, "every rate but USD needs a source");
export type FxRate = z.infer<typeof fxRateSchema>;

export const fxRatesFileSchema = z.object({
  meta: z.looseObject({ description: z.string(), year: z.number().int(), series: z.enum(["fed", "ecb"]), choice: z.string().min(1) }),
  rates: z.array(fxRateSchema).min(1),
});
export type FxRatesFile = z.infer<typeof fxRatesFileSchema>;
