import { z } from "zod";
import { rangeSchema, scenarioSchema } from "../report/report-schema";
import { ELEMENT_SYMBOLS } from "../schemas/constants";
import { warningsSchema } from "../scenario/scenario-param-schemas";

// The documented shape of GET /api/compare?format=json (compare report version 1.0).

const symbol = z.enum(ELEMENT_SYMBOLS);
const status = z.enum(["free", "license", "case-by-case", "denied"]);
const statusRange = z.object({ low: status, high: status });
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const pct = z.number().min(0).max(100);
const setting = z.enum([
  "regime", "asOf", "outcome", "lens", "destination", "elements", "extraterritorial", "reading", "military", "advanced",
  "exclusions", "friction", "chinaShare", "overrides", "openMeasures", "contentChecks",
]);

const sideSchema = z.object({
  scenario: scenarioSchema,
  scenarioQuery: z.string(),
  scenarioSha256: sha256,
  headline: z.string(),
  rangeNote: z.string().nullable(),
});

const sectorSideSchema = z.object({
  basis: z.enum(["value", "count", "items"]),
  exposure: rangeSchema,
  valueAtRiskUsd: rangeSchema.nullable(),
  drivers: z.array(symbol),
  bar: z.object({ license: pct, caseByCase: pct, denied: pct, low: pct, high: pct }).describe("percent of the sector, as the dashboard's chart draws it"),
});

const productSideSchema = z.object({
  status: statusRange,
  lens: z.enum(["dependency", "border"]),
  drivers: z.array(symbol),
  dependence: rangeSchema,
  reason: z.string(),
});

export const compareReportSchema = z.object({
  reportVersion: z.literal("1.0"),
  title: z.string(),
  generatedAt: z.iso.datetime(),
  dataset: z.object({ name: z.string(), version: z.string(), sha256 }),
  compareSha256: sha256,
  warnings: warningsSchema.describe('Parameters read other than as written, and parameters ignored: "a.threshold", "b.utm_source", "format".'),
  a: sideSchema,
  b: sideSchema,
  headline: z.string(),
  diff: z.object({
    changes: z.array(z.object({ setting, label: z.string(), a: z.string(), b: z.string() })),
    elementsAdded: z.array(symbol),
    elementsRemoved: z.array(symbol),
    chinaShareChanged: z.array(symbol),
  }),
  totals: z.object({
    valueAtRiskUsd: z.object({ a: rangeSchema, b: rangeSchema, change: rangeSchema.describe("B − A, end by end") }),
    sectorsExposed: z.object({ a: rangeSchema, b: rangeSchema }),
    sectorCount: z.number().int(),
  }),
  sectors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      a: sectorSideSchema,
      b: sectorSideSchema,
      exposureChange: rangeSchema.describe("B − A in share units, end by end (low with low, high with high)"),
      valueAtRiskChange: rangeSchema.nullable(),
      driversAdded: z.array(symbol),
      driversRemoved: z.array(symbol),
      direction: z.enum(["up", "down", "none", "mixed"]),
      sameBasis: z.boolean(),
    }),
  ),
  products: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      sectorId: z.string(),
      sectorName: z.string(),
      role: z.enum(["final", "intermediate"]),
      a: productSideSchema,
      b: productSideSchema,
      direction: z.enum(["worse", "better", "mixed"]),
      driversAdded: z.array(symbol),
      driversRemoved: z.array(symbol),
      why: z.array(z.string()),
    }),
  ).describe("products whose status differs at either end"),
  unchangedProducts: z.number().int(),
  method: z.array(z.string()),
  sources: z.array(z.object({ id: z.string(), citation: z.string(), url: z.string().nullable() })),
});
