import { z } from "zod";
import { componentFormSchema, confidenceSchema, elementSymbolSchema, isoDateSchema, sourceIdsSchema } from "./common";

const controlledFormSchema = z.looseObject({
  form: componentFormSchema,
  requiresAnyOf: z.array(elementSymbolSchema).optional(),
});

/**
 * What the record holds about the end of a scheduled suspension. "not-on-record": nothing after the scheduled end
 * (the model then evaluates both outcomes and answers a range); "lapsed" / "renewed": what the record says happened.
 */
export const afterSuspensionSchema = z.enum(["not-on-record", "lapsed", "renewed"]);
export type AfterSuspension = z.infer<typeof afterSuspensionSchema>;

/** Destinations as the measures name them. */
const destinationCodeSchema = z.enum(["US", "JP", "ALL"]);

const endUseRuleSchema = z.looseObject({
  destination: destinationCodeSchema.optional(),
  status: z.enum(["denied", "case_by_case"]).optional(),
});

const measurePartSchema = z.looseObject({
  part: z.string().min(1),
  description: z.string(),
  effective: isoDateSchema.nullable(),
  suspendedFrom: isoDateSchema.nullable().optional(),
  suspendedUntil: isoDateSchema.nullable().optional(),
  afterSuspension: afterSuspensionSchema.optional(),
  endUseRule: endUseRuleSchema.optional(),
});

/**
 * A practice on record rather than a legal text: "ndfeb-content-checks" (customs held all NdFeB magnets, which share
 * one customs code, for content checks while Dy/Tb-bearing ones needed a licence); "samarium-military-denial" (no
 * samarium sold to foreign military users, any destination).
 */
const practiceSchema = z.object({
  kind: z.enum(["ndfeb-content-checks", "samarium-military-denial"]),
  description: z.string().min(1),
  /** The elements whose control sets the practice off (content checks) or that it concerns (samarium). */
  elements: z.array(elementSymbolSchema).min(1),
});

const endUserRuleSchema = z.looseObject({
  rule: z.string(),
  scope: z.string(),
  status: z.enum(["denied", "case_by_case"]),
  sourceIds: sourceIdsSchema,
});

export const measureSchema = z.looseObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  authority: z.string().min(1),
  side: z.enum(["CN", "US", "CN+US"]),
  type: z.enum([
    "technology_export_ban", "domestic_regulation", "destination_specific", "item_licensing", "trade_arrangement",
    "us_end_user_rule", "extraterritorial", "technology_licensing", "suspension", "licensing_practice", "catalogue",
    "entity_listing", "us_procurement_restriction",
  ]),
  rareEarthRelated: z.boolean(),
  announced: isoDateSchema,
  effective: isoDateSchema,
  suspendedFrom: isoDateSchema.nullable().optional(),
  suspendedUntil: isoDateSchema.nullable().optional(),
  suspendedBy: z.string().nullable().optional(),
  afterSuspension: afterSuspensionSchema.optional(),
  /** Last day a practice is on record as applied; null/absent when it is not on record as ended. */
  endedOn: isoDateSchema.nullable().optional(),
  endedOnBasis: z.string().optional(),
  practice: practiceSchema.optional(),
  suspends: z.array(z.string()).optional(),
  elementsAdded: z.array(elementSymbolSchema),
  controlledForms: z.array(controlledFormSchema).default([]),
  parts: z.array(measurePartSchema).optional(),
  endUseRule: endUseRuleSchema.optional(),
  endUserRules: z.array(endUserRuleSchema).optional(),
  statusNote: z.string().optional(),
  sourceIds: sourceIdsSchema.min(1),
  confidence: confidenceSchema,
});
export type Measure = z.infer<typeof measureSchema>;

export const exclusionSchema = z.looseObject({
  id: z.string(),
  faq: z.string(),
  date: isoDateSchema.nullable(),
  tradedAs: z.array(z.string()).min(1),
  text: z.string(),
  sourceIds: sourceIdsSchema.min(1),
  confidence: confidenceSchema,
});
export type Exclusion = z.infer<typeof exclusionSchema>;

export const measuresFileSchema = z.object({
  meta: z.looseObject({ description: z.string() }),
  measures: z.array(measureSchema).min(1),
  exclusions: z.array(exclusionSchema),
  presetHints: z.array(z.looseObject({ id: z.string(), label: z.string() })),
});
export type MeasuresFile = z.infer<typeof measuresFileSchema>;
