import { z } from "zod";
import { componentFormSchema, elementSymbolSchema, sourceIdsSchema } from "./common";

export const controlRuleSchema = z.object({
  form: componentFormSchema,
  label: z.string(),
  elements: z.union([z.literal("any"), z.array(elementSymbolSchema).min(1)]),
  measureIds: z.array(z.string()).min(1),
  note: z.string().optional(),
});
export type ControlRule = z.infer<typeof controlRuleSchema>;

export const controlRulesFileSchema = z.object({
  meta: z.object({ description: z.string(), sourceIds: sourceIdsSchema }),
  rules: z.array(controlRuleSchema),
  extraterritorial: z.object({
    measureId: z.string(),
    part: z.string(),
    part1ElementsAnnex: z.array(elementSymbolSchema).min(1),
    part2Forms: z.array(componentFormSchema).min(1),
    partUnits: z.array(z.string()),
    partUnitsNote: z.string(),
    defaultThresholdPct: z.number().min(0).max(100),
    componentValue: z.object({
      magnetUsdPerKg: z.number().positive(),
      confidence: z.literal("EST"),
      basis: z.string().min(1),
      sourceIds: sourceIdsSchema,
    }),
    sourceIds: sourceIdsSchema.min(1),
  }),
});
export type ControlRulesFile = z.infer<typeof controlRulesFileSchema>;
