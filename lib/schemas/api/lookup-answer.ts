import { z } from "zod";
import type { LookupAnswer } from "../../lookup/lookup-code";
import { COMPONENT_FORMS, ELEMENT_SYMBOLS } from "../constants";
import { exclusionSchema } from "../measure";

const symbol = z.enum(ELEMENT_SYMBOLS);
const sourceIds = z.array(z.string());

const measureStatusSchema = z.object({
  state: z.enum(["in-force", "suspended", "not-yet-in-force", "not-on-record"]),
  text: z.string().describe('in words, with the dates: "suspended (until 10 Nov 2026)"'),
  effective: z.string(),
  suspendedFrom: z.string().nullable(),
  suspendedUntil: z.string().nullable(),
});

export const lookupCandidateSchema = z
  .object({
    itemId: z.string(),
    controlCode: z.string().nullable(),
    item: z.string(),
    elements: z.array(symbol),
    forms: z.array(z.enum(COMPONENT_FORMS)),
    requiresAnyOf: z.array(symbol).nullable().describe("controlled only when it contains one of these; null when unconditional"),
    match: z.enum(["exact", "within-line", "prefix", "control-code", "no-code"]),
    matchedCode: z.string().nullable(),
    confirmed: z.boolean(),
    tariffLine: z.string().nullable(),
    codeNote: z.string().nullable(),
    noCode: z.string().nullable(),
    codes: z.array(z.string()),
    measure: z.object({ id: z.string(), title: z.string() }),
    status: measureStatusSchema,
    sourceIds,
  })
  .meta({ id: "LookupCandidate" });

/** GET /api/lookup (lib/lookup/lookup-code.ts). */
export const lookupAnswerSchema = z
  .object({
    query: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("customs-code"), digits: z.string() }),
      z.object({ kind: z.literal("control-code"), code: z.string(), subItem: z.string().nullable() }),
    ]),
    asOf: z.string(),
    candidates: z.array(lookupCandidateSchema),
    hints: z.array(
      z.object({
        prefix: z.string(),
        heading: z.string(),
        note: z.string(),
        // The FAQ exclusions as the dataset records them (data/measures.json): the API passes them whole; the lookup
        // itself needs only id, faq, text and sources.
        exclusions: z.array(exclusionSchema.partial({ date: true, tradedAs: true, confidence: true })),
        sourceIds,
      }),
    ),
    compositionDecides: z.boolean().describe("the answer depends on what the goods contain"),
    note: z.string(),
  })
  .meta({ id: "LookupAnswer" });

export const lookupAnswerFits = (a: LookupAnswer): z.input<typeof lookupAnswerSchema> => a;
