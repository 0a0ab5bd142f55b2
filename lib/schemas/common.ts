import { z } from "zod";
import { COMPONENT_FORMS, ELEMENT_SYMBOLS, isIsoDate } from "./constants";

export { COMPONENT_FORMS, ELEMENT_SYMBOLS, type ComponentForm, type ElementSymbol } from "./constants";

export const isoDateSchema = z.string().refine(isIsoDate, "expected a real date written YYYY-MM-DD");

export const confidenceSchema = z.enum(["H", "M", "L", "EST", "M-H", "M/L", "L/M", "NF"]);

export const sourceIdSchema = z.string().regex(/^(?:[SRW]\d+|FX-[A-Z]+)$/, "source ids look like S123, R45, W7 or FX-ECB");
export const sourceIdsSchema = z.array(sourceIdSchema);

export const elementSymbolSchema = z.enum(ELEMENT_SYMBOLS);
export const componentFormSchema = z.enum(COMPONENT_FORMS);
