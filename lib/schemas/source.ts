import { z } from "zod";
import { confidenceSchema, sourceIdSchema } from "./common";

export const SOURCE_REGISTERS = ["fact-base", "dataset", "routes", "web", "control-codes"] as const;
export type SourceRegister = (typeof SOURCE_REGISTERS)[number];

const PART = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;
const PARTIAL_DATE = new RegExp(`^${PART}(?:/${PART})?$`);

/** "2025", "2025-04", "2025-04-04", or an interval of two of them ("2025-09/2025-10"): real months and days only. */
export function isPartialIsoDate(s: string): boolean {
  if (!PARTIAL_DATE.test(s)) return false;
  const ends = s.split("/");
  for (const end of ends) {
    const [y, m, d] = end.split("-").map(Number);
    if (m !== undefined && (m < 1 || m > 12)) return false;
    if (d !== undefined) {
      const date = new Date(Date.UTC(y!, m! - 1, d));
      if (date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d) return false;
    }
  }
  return ends.length === 1 || ends[0]! <= ends[1]!;
}

export const partialIsoDateSchema = z
  .string()
  .refine(isPartialIsoDate, "expected YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B of those, A not after B");

/** The work a mirror, restatement or translation stands in for. url is null unless an official link is on record. */
/**
 * A link as a browser, a PDF reader and a spreadsheet all follow it: http(s), every character printable ASCII (a
 * non-ASCII letter is percent-encoded, "y₂o₃" as "y%E2%82%82o%E2%82%83"), so no reader sends a different address.
 */
const linkSchema = z.url({ protocol: /^https?$/ }).regex(/^[\x21-\x7e]+$/, "percent-encode non-ASCII characters and spaces in a URL");

export const sourceOriginalSchema = z.object({
  relation: z.enum(["mirror", "restatement", "translation"]),
  publisher: z.string().min(1),
  title: z.string().min(1).nullable(),
  date: partialIsoDateSchema.optional(),
  identifier: z.string().min(1).nullable().optional(),
  url: linkSchema.nullable(),
  /** Where the official URL was found when it is not in the source's own citation. */
  urlFoundAt: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
export type SourceOriginal = z.infer<typeof sourceOriginalSchema>;

export const sourceSchema = z
  .object({
    id: sourceIdSchema,
    register: z.enum(SOURCE_REGISTERS),
    /** Who published what the link points to, as the register names it. */
    publisher: z.string().min(1),
    /** The work's own title where the register quotes it. */
    title: z.string().min(1).nullable(),
    /** The register's own words on what the source is or holds, where it gives no title (or adds to it). */
    description: z.string().min(1).nullable(),
    date: partialIsoDateSchema.nullable(),
    urls: z.array(linkSchema),
    /** The register's grade: of the source itself ("source", starting data) or of the facts it supports ("facts"). */
    confidence: confidenceSchema.nullable(),
    confidenceBasis: z.enum(["source", "facts"]).nullable(),
    /** Which of urls are a copy or restatement of original, not the original itself. */
    mirrorUrls: z.array(z.url()).min(1).optional(),
    original: sourceOriginalSchema.optional(),
    /** "= S30": the register points to another entry for the same source. */
    sameAs: sourceIdSchema.optional(),
    /** What the starting data says the source supports (typed by its authors; the app also computes this). */
    supports: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    /** The register's line, verbatim. */
    citation: z.string().min(1),
  })
  .refine((s) => (s.mirrorUrls ?? []).every((u) => s.urls.includes(u)), { message: "every mirror URL must be one of the source's urls", path: ["mirrorUrls"] })
  .refine((s) => !s.mirrorUrls || s.original, { message: "a source with mirror URLs names its original", path: ["original"] })
  .refine((s) => (s.confidence === null) === (s.confidenceBasis === null), { message: "confidence and its basis go together", path: ["confidenceBasis"] });
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z
  .object({
    meta: z.looseObject({ description: z.string() }),
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    for (const [i, s] of file.sources.entries()) {
      if (ids.has(s.id)) ctx.addIssue({ code: "custom", message: `duplicate source id ${s.id}`, path: ["sources", i, "id"] });
      ids.add(s.id);
    }
    for (const [i, s] of file.sources.entries()) {
      if (s.sameAs && !ids.has(s.sameAs)) ctx.addIssue({ code: "custom", message: `${s.id} points to unknown source ${s.sameAs}`, path: ["sources", i, "sameAs"] });
    }
  });
