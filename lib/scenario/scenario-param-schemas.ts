import { z } from "zod";
import { ELEMENT_SYMBOLS } from "../schemas/constants";
import { type AnyParamSpec, SCENARIO_PARAM_NAMES, type ScenarioParamName, SCENARIO_PARAMS_TABLE } from "./scenario-params";

/**
 * The grammar's table as zod schemas, one per parameter, each describing the canonical value with the table's
 * description: for the API reference and an OpenAPI document (z.toJSONSchema). Server and docs only: the page
 * reads the plain table, so it does not ship zod.
 */

const SYMBOL = `(?:${ELEMENT_SYMBOLS.join("|")})`;
const PERCENT = String.raw`(?:\d+(?:\.\d+)?(?:e-\d+)?)`;

function schemaFor(spec: AnyParamSpec): z.ZodType {
  const base = (() => {
    switch (spec.kind) {
      case "regime-id":
        return z.string().regex(/^[a-z0-9-]{1,64}$/);
      case "date":
        return z.iso.date().refine((d) => d >= String(spec.bounds?.min) && d <= String(spec.bounds?.max), "date out of range");
      case "element-list":
        return z.string().regex(new RegExp(`^(?:none|${SYMBOL}(?:,${SYMBOL})*)$`));
      case "percent":
        // A number; a share of 1 or less is written with a % sign (see the description).
        return z.number().min(Number(spec.bounds?.min)).max(Number(spec.bounds?.max));
      case "share-map":
        return z.string().regex(new RegExp(`^(?:all|${SYMBOL}):${PERCENT}%?(?:,${SYMBOL}:${PERCENT}%?)*$`));
      case "enum":
        return z.enum(spec.values as [string, ...string[]]);
    }
  })();
  return base.describe(`${spec.description} Values: ${spec.valuesDoc.replaceAll("`", "")}. Default: ${spec.defaultDoc.replaceAll("`", "")}.`).meta({
    example: spec.kind === "percent" ? Number(spec.example) : spec.example,
    ...(spec.modelVersion === 2 ? { "x-model-version": 2 } : {}),
  });
}

export const scenarioParamSchemas = Object.fromEntries(
  SCENARIO_PARAM_NAMES.map((name) => [name, schemaFor(SCENARIO_PARAMS_TABLE[name])]),
) as Record<ScenarioParamName, z.ZodType>;

/** Every scenario parameter, each optional: the query of /api/exposure, /api/report and POST /api/bom. */
export const scenarioQuerySchema = z.object(scenarioParamSchemas).partial().describe("Scenario parameters (canonical spellings).");

export const paramIssueSchema = z.object({
  param: z.string().describe("the parameter concerned"),
  message: z.string().describe('what happened: "… read as …" or "ignored: …"'),
});

/** The `warnings` array of every answer that takes scenario parameters. */
export const warningsSchema = z
  .array(paramIssueSchema)
  .describe("Parameters read other than as written, and parameters ignored (tracking parameters, a threshold while the 0.1 % rule is off).");
