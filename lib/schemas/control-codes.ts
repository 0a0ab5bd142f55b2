import { z } from "zod";
import { componentFormSchema, elementSymbolSchema, sourceIdsSchema } from "./common";

/** A reference customs code: 10 digits, or an 8-digit tariff line (Ann. 57 metals, Ann. 56 raw materials). */
export const referenceCodeSchema = z.object({
  code: z.string().regex(/^\d{8}(?:\d{2})?$/, "a reference code has 8 or 10 digits"),
  /** True when the code's attachment to this item is verified in the sources read. */
  confirmed: z.boolean(),
  /** What the tariff line is, where a tariff listing was read; null when not verified. */
  tariffLine: z.string().min(1).nullable(),
  note: z.string().min(1).optional(),
  sourceIds: sourceIdsSchema.min(1),
});
export type ReferenceCode = z.infer<typeof referenceCodeSchema>;

export const controlItemSchema = z
  .object({
    /** Sub-item id: control code plus what it covers, e.g. 1c905.a-pm. */
    id: z.string().regex(/^[a-z0-9.-]+$/),
    /** China's control code (1C905.a); null where the annex's codes were not found (Ann. 61). */
    controlCode: z.string().regex(/^\d[A-E]\d{3}\.[a-z]$/).nullable(),
    measureId: z.string().min(1),
    item: z.string().min(1),
    /** The controlled elements the item is about; empty for raw materials that hold rare earths in general (ores). */
    elements: z.array(elementSymbolSchema),
    forms: z.array(componentFormSchema).min(1),
    codes: z.array(referenceCodeSchema),
    /** Why there is no code, for items without one: so that no hit is never read as "not controlled". */
    noCode: z.string().min(1).nullable(),
    /** Composition condition: the item is controlled only when it contains one of these (NdFeB with Dy or Tb). */
    requiresAnyOf: z.array(elementSymbolSchema).min(1).optional(),
    evidence: z.string().min(1),
    note: z.string().min(1).optional(),
    sourceIds: sourceIdsSchema.min(1),
  })
  .refine((i) => i.codes.length > 0 || i.noCode !== null, { message: "an item without codes must say why (noCode)" });
export type ControlItem = z.infer<typeof controlItemSchema>;

/** What a customs heading means for the controls when no reference code sits under it (magnets, motors). */
export const hsHintSchema = z.object({
  prefix: z.string().regex(/^\d{4,8}$/),
  heading: z.string().min(1),
  /** Items without a code that goods under this heading may be (magnets: the PM-material items). */
  itemIds: z.array(z.string()),
  exclusionIds: z.array(z.string()),
  note: z.string().min(1),
  sourceIds: sourceIdsSchema.min(1),
});
export type HsHint = z.infer<typeof hsHintSchema>;

export const controlCodesFileSchema = z.object({
  meta: z.looseObject({ description: z.string(), rule: z.string() }),
  items: z.array(controlItemSchema).min(1),
  hsHints: z.array(hsHintSchema),
});
export type ControlCodesFile = z.infer<typeof controlCodesFileSchema>;
