import { z } from "zod";
import { sourceIdSchema } from "./common";

export const sourceSchema = z.looseObject({
  id: sourceIdSchema,
  citation: z.string().min(1),
  publication: z.string(),
  urls: z.array(z.url()),
  register: z.enum(["fact-base", "dataset", "routes", "control-codes"]),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.object({
  meta: z.looseObject({ description: z.string() }),
  sources: z.array(sourceSchema).min(1),
});
