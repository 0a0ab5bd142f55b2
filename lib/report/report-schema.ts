import { z } from "zod";
import { COMPONENT_FORMS, ELEMENT_SYMBOLS } from "../schemas/constants";
import { warningsSchema } from "../scenario/scenario-param-schemas";

// The documented shape of the JSON report (version 1.0), with the same names as GET /api/exposure.

const symbol = z.enum(ELEMENT_SYMBOLS);
const status = z.enum(["free", "license", "case-by-case", "denied"]);
const share = z.number().min(0).max(1);

export const reportScenarioSchema = z.object({
  regime: z.string().nullable().describe("preset id, or null for an as-of date"),
  regimeName: z.string(),
  kind: z.enum(["enacted", "scenario", "as-of"]),
  asOf: z.string().describe("date the measures are evaluated on"),
  suspensions: z.enum(["as-scheduled", "extended", "ignored"]),
  measuresInForce: z.array(z.string()),
  controlledElements: z.array(symbol),
  regimeControlledElements: z.array(symbol),
  extraterritorial: z.boolean(),
  deMinimisPct: z.number().min(0).max(100).nullable(),
  reading: z.enum(["annex", "broad"]),
  militaryEndUse: z.enum(["license", "deny"]),
  advancedSemiconductor: z.enum(["license", "case-by-case"]),
  civilGeneralLicence: z.boolean(),
  exclusions: z.enum(["apply", "ignore"]),
  chinaShareOverrides: z.partialRecord(symbol, share),
  overrides: z.array(z.string()),
  caveats: z.array(z.string()),
});

const statusSplit = z.object({ exposure: share, valueAtRiskUsd: z.number().min(0).nullable() });

export const reportSectorSchema = z.object({
  id: z.string(),
  name: z.string(),
  exposure: share,
  exposureBasis: z.enum(["annual-value", "product-count"]),
  valueUsd: z.number().min(0).nullable(),
  valueAtRiskUsd: z.number().min(0).nullable(),
  byStatus: z.object({ license: statusSplit, "case-by-case": statusSplit, denied: statusSplit }),
  drivers: z.array(symbol),
  productCount: z.number().int(),
  productsWithVolume: z.number().int(),
  statusCounts: z.object({ free: z.number().int(), license: z.number().int(), "case-by-case": z.number().int(), denied: z.number().int() }),
});

export const reportProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  sectorId: z.string(),
  endUse: z.enum(["civil", "dual", "military"]),
  advancedSemiconductor: z.boolean(),
  unitValueUsd: z.number().positive(),
  annualUnits: z.number().min(0).nullable(),
  status,
  drivers: z.array(symbol),
  controlledContentPct: z.number().min(0).nullable(),
  thresholdBasis: z.enum(["component", "product"]).nullable(),
  thresholdPct: z.number().min(0).max(100).nullable(),
  supplyWeight: share,
  annualValueUsd: z.number().min(0).nullable(),
  valueAtRiskUsd: z.number().min(0).nullable(),
  reason: z.string(),
  components: z.array(
    z.object({
      name: z.string(),
      form: z.enum(COMPONENT_FORMS),
      tradedAs: z.string(),
      directDrivers: z.array(symbol),
      extraterritorialDrivers: z.array(symbol),
      excludedBy: z.array(z.string()),
      weight: share,
      controlledContentUsd: z.number().min(0).nullable(),
    }),
  ),
});

export const exposureReportSchema = z.object({
  reportVersion: z.literal("1.0"),
  title: z.string(),
  generatedAt: z.iso.datetime(),
  dataset: z.object({ name: z.string(), version: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  scenarioSha256: z.string().regex(/^[0-9a-f]{64}$/),
  scenarioQuery: z.string(),
  scenario: reportScenarioSchema,
  // Optional so that reports written before warnings existed stay valid.
  warnings: warningsSchema.optional(),
  sectors: z.array(reportSectorSchema),
  products: z.array(reportProductSchema),
  method: z.array(z.string()),
  sources: z.array(z.object({ id: z.string(), citation: z.string(), url: z.string().nullable() })),
});
