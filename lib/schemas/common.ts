import { z } from "zod";

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date (YYYY-MM-DD)")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "not a real calendar date");

export const confidenceSchema = z.enum(["H", "M", "L", "EST", "M-H", "M/L", "L/M", "NF"]);

export const sourceIdSchema = z.string().regex(/^S\d+$/, "source ids look like S123");
export const sourceIdsSchema = z.array(sourceIdSchema);

export const ELEMENT_SYMBOLS = [
  "Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu",
] as const;
export const elementSymbolSchema = z.enum(ELEMENT_SYMBOLS);
export type ElementSymbol = z.infer<typeof elementSymbolSchema>;

export const COMPONENT_FORMS = [
  "ndfeb_magnet", "smco_magnet", "sputtering_target", "oxide_compound", "alloy", "phosphor",
  "catalyst", "coating", "doped_fibre", "metal", "other",
] as const;
export const componentFormSchema = z.enum(COMPONENT_FORMS);
export type ComponentForm = z.infer<typeof componentFormSchema>;
