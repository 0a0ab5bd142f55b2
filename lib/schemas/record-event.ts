import { z } from "zod";
import { confidenceSchema, isoDateSchema, sourceIdsSchema } from "./common";

/**
 * A dated, sourced event of record-and-routes.md section 1 that the model must reproduce: on `date`, for a buyer in
 * `destination`, the sector is exposed (dependency lens) and the product is caught.
 */
export const recordEventSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The day the model is evaluated on: the event's date, or a day inside the stated period. */
  date: isoDateSchema,
  /** The date or period as the record words it ("late Jun 2025", "26 May - 16 Jun 2025"). */
  when: z.string().min(1),
  destination: z.enum(["us", "jp", "other"]),
  /** Where it happened as the record says ("US", "Japan", "EU (DE)", "India"). */
  place: z.string().min(1),
  sectorId: z.string(),
  productId: z.string(),
  who: z.string().min(1),
  what: z.string().min(1),
  sourceIds: sourceIdsSchema.min(1),
  confidence: confidenceSchema,
  /** Set when the model does not reproduce the event: why (shown on the Methodology page). */
  notReproduced: z.string().optional(),
});
export type RecordEvent = z.infer<typeof recordEventSchema>;

export const recordEventsFileSchema = z.object({
  meta: z.looseObject({ description: z.string() }),
  events: z.array(recordEventSchema).min(12),
});
