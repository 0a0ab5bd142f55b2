import { z } from "zod";
import { COMPONENT_FORMS, ELEMENT_SYMBOLS } from "../schemas/constants";
import { warningsSchema } from "../scenario/scenario-param-schemas";

// The documented shape of GET /api/exposure (schema 2.0) and of the JSON report (version 2.0), with the same names.

const symbol = z.enum(ELEMENT_SYMBOLS);
const status = z.enum(["free", "license", "case-by-case", "denied"]);
const share = z.number().min(0).max(1);
const usd = z.number().min(0);

/** A figure under the outcomes a scenario leaves open; low = high when the record decides. */
export const rangeSchema = z.object({ low: z.number(), high: z.number() }).describe("low: suspension extended; high: lapsed; equal when the record decides");
const shareRange = z.object({ low: share, high: share });
const usdRange = z.object({ low: usd, high: usd });
const statusRange = z.object({ low: status, high: status });
const statusCounts = z.object({ free: z.number().int(), license: z.number().int(), "case-by-case": z.number().int(), denied: z.number().int() });

export const outcomeRulesSchema = z.object({
  outcome: z.enum(["recorded", "extended", "lapsed"]),
  measuresInForce: z.array(z.string()),
  controlledElements: z.array(symbol),
  regimeControlledElements: z.array(symbol),
  extraterritorial: z.boolean(),
  deMinimisPct: z.number().min(0).max(100).nullable(),
  militaryEndUse: z.enum(["license", "deny"]),
  militaryBasis: z.string().nullable(),
  samariumMilitaryDenied: z.boolean(),
  advancedSemiconductor: z.enum(["license", "case-by-case"]),
  contentCheckElements: z.array(symbol),
}).meta({ id: "OutcomeRules" });

export const scenarioSchema = z.object({
  regime: z.string().nullable().describe("preset id, or null for an as-of date"),
  regimeName: z.string(),
  kind: z.enum(["enacted", "scenario", "as-of"]),
  asOf: z.string().describe("date the measures are evaluated on"),
  suspensions: z.enum(["as-scheduled", "extended", "ignored"]),
  lens: z.enum(["dependency", "border"]),
  destination: z.enum(["us", "jp", "other"]),
  reading: z.enum(["annex", "broad"]),
  exclusions: z.enum(["apply", "ignore"]),
  frictionPct: z.number().min(0).max(100),
  chinaShareOverrides: z.partialRecord(symbol, share),
  outcome: z.enum(["recorded", "extended", "lapsed", "range"]),
  openMeasures: z.array(z.string()),
  outcomes: z.array(outcomeRulesSchema).min(1).max(2),
  overrides: z.array(z.string()),
  caveats: z.array(z.string()),
}).meta({ id: "Scenario" });

const routeShares = z.object({ listed: share, assembly: share, madeOutside: share, none: share });

export const componentResultSchema = z.object({
  name: z.string(),
  form: z.enum(COMPONENT_FORMS),
  massG: z.number().positive().nullable(),
  routeRef: z.string().nullable(),
  shares: routeShares,
  routes: z.array(
    z.object({
      route: z.enum(["listed", "assembly", "madeOutside"]),
      share,
      caught: z.object({ low: z.boolean(), high: z.boolean() }),
      held: z.boolean(),
      drivers: z.array(symbol),
      note: z.string(),
    }),
  ),
  dependence: shareRange,
}).meta({ id: "ComponentResult" });

export const productResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  sectorId: z.string(),
  role: z.enum(["final", "intermediate"]),
  unit: z.string(),
  tradedAs: z.string(),
  endUse: z.enum(["civil", "dual", "military"]),
  advancedSemiconductor: z.boolean(),
  unitValueUsd: z.number().positive().nullable(),
  annualUnits: z.number().min(0).nullable(),
  unitsScope: z.string(),
  unitsYear: z.number().int().nullable(),
  counted: z.boolean().describe("a final good whose outside-China units and unit value are known: it adds to its sector's value"),
  annualValueUsd: usd.nullable().describe("annual outside-China units × unit value, US$; null where either is unknown"),
  lens: z.enum(["dependency", "border"]).describe("the lens the status follows: the scenario's for final goods; always the border lens for intermediate goods"),
  status: statusRange.describe("worst first: denied > case-by-case > license > free"),
  drivers: z.array(symbol).describe("the controlled elements that caught the product"),
  dependence: shareRange.describe("dependency lens: share of the product's output that depends on a controlled input (0..1)"),
  dependenceByElement: z.partialRecord(symbol, shareRange).describe("dependency lens: the same, counting only the routes each element catches"),
  exposedValueUsd: usdRange.nullable().describe("annual value × dependence, US$"),
  valueAtRiskUsd: usdRange.nullable().describe("exposed value × the share of licensed supply that does not arrive in time (denied: all of it), US$"),
  controlledContentPct: z
    .object({ low: z.number().min(0), high: z.number().min(0) })
    .nullable()
    .describe("China-origin controlled content as a percentage of the value the 0.1 % test measures against"),
  thresholdBasis: z.enum(["component", "product"]).nullable(),
  thresholdPct: z.object({ low: z.number().min(0).max(100), high: z.number().min(0).max(100) }).nullable(),
  border: z
    .object({ status: statusRange, drivers: z.array(symbol), reason: z.string() })
    .describe("what the product itself needs at China's border when bought from China as it is traded"),
  reason: z.string().describe("why the product has its status, in words"),
  components: z.array(componentResultSchema),
}).meta({ id: "ProductResult" });

export const sectorResultSchema = z.object({
  id: z.string(),
  name: z.string(),
  basis: z
    .enum(["value", "count", "items"])
    .describe("value: outside-China value of final goods; count: mean over final goods (no volumes); items: border-lens share of items"),
  exposure: shareRange.describe("share of the sector's output (by value, or by count) that depends on a controlled input, 0..1"),
  byStatus: z.object({ license: shareRange, "case-by-case": shareRange, denied: shareRange }).describe("the exposure split by the status that catches it"),
  byElement: z.partialRecord(symbol, shareRange).describe("the exposure counting only the routes each element catches"),
  valueUsd: usd.nullable().describe("annual outside-China value of the final goods with known volumes, US$"),
  exposedValueUsd: usdRange.nullable().describe("the part of valueUsd that depends on a controlled input, US$"),
  valueAtRiskUsd: usdRange.nullable().describe("exposed value × the share of licensed supply that does not arrive in time (denied: all of it), US$"),
  drivers: z.array(symbol).describe("the controlled elements that catch the sector's products"),
  productCount: z.number().int().describe("products in the sector, final and intermediate"),
  finalCount: z.number().int().describe("final goods"),
  countedCount: z.number().int().describe("final goods that add to the value (outside-China units and unit value known)"),
  statusCounts: z.object({ low: statusCounts, high: statusCounts }),
}).meta({ id: "SectorResult" });

const totals = z.object({ valueUsd: usd, exposedValueUsd: usdRange, valueAtRiskUsd: usdRange });

/** GET /api/exposure */
export const exposureResultSchema = z.object({
  schemaVersion: z.literal("2.0"),
  datasetVersion: z.string(),
  scenario: scenarioSchema,
  sectors: z.array(sectorResultSchema),
  products: z.array(productResultSchema),
  totals,
}).meta({ id: "ExposureResult" });

/** GET /api/exposure's answer: the result and the request's warnings (added by the route after the cached result). */
export const exposureAnswerSchema = exposureResultSchema.extend({ warnings: warningsSchema }).meta({ id: "ExposureAnswer" });

export const exposureReportSchema = z.object({
  reportVersion: z.literal("2.0"),
  title: z.string(),
  generatedAt: z.iso.datetime(),
  dataset: z.object({ name: z.string(), version: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  scenarioSha256: z.string().regex(/^[0-9a-f]{64}$/),
  scenarioQuery: z.string(),
  scenario: scenarioSchema,
  // Optional so that reports written before warnings existed stay valid.
  warnings: warningsSchema.optional(),
  headline: z.string(),
  rangeNote: z.string().nullable(),
  totals,
  sectors: z.array(sectorResultSchema),
  products: z.array(productResultSchema),
  method: z.array(z.string()),
  sources: z.array(z.object({ id: z.string(), citation: z.string(), url: z.string().nullable() })),
}).meta({ id: "ExposureReport" });
