import { z } from "zod";
import type { RegimeSummary } from "../../engine/list-regimes";
import { ELEMENT_SYMBOLS } from "../constants";

const symbol = z.enum(ELEMENT_SYMBOLS);

/** One preset and the rules it resolves to today (lib/engine/list-regimes.ts). */
export const regimeSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(["enacted", "scenario"]),
    description: z.string(),
    effective: z.string().nullable().describe("the day the measures took effect, YYYY-MM-DD; null for a scenario"),
    asOf: z.string().describe("the day the preset is evaluated on"),
    suspensions: z.enum(["as-scheduled", "extended", "ignored"]),
    outcome: z.enum(["recorded", "extended", "lapsed", "range"]),
    openMeasures: z.array(z.string()).describe("measures whose state on asOf the record does not decide"),
    frictionPct: z.number().min(0).max(100),
    outcomes: z
      .array(
        z.object({
          outcome: z.enum(["recorded", "extended", "lapsed"]),
          controlledElements: z.array(symbol),
          extraterritorial: z.boolean(),
          deMinimisPct: z.number().nullable(),
          militaryEndUse: z.enum(["license", "deny"]),
          advancedSemiconductor: z.enum(["license", "case-by-case"]),
          measuresInForce: z.array(z.string()),
        }),
      )
      .min(1)
      .max(2),
    caveat: z.string().nullable(),
    sourceIds: z.array(z.string()),
    frictionSourceIds: z.array(z.string()),
  })
  .meta({ id: "RegimeSummary" });

/** GET /api/regimes */
export const regimesAnswerSchema = z.object({ regimes: z.array(regimeSummarySchema) }).meta({ id: "RegimesAnswer" });

// The engine's type must fit the schema: a field renamed on one side fails typecheck here.
export const regimeSummaryFits = (r: RegimeSummary): z.input<typeof regimeSummarySchema> => r;
