import { z } from "zod";
import { BOM_COLUMNS, BOM_END_USES, BOM_FORMS, BOM_MADE_IN } from "../../bom/bom-columns";
import type { BomReport } from "../../bom/build-bom-report";
import { scenarioSchema } from "../../report/report-schema";
import { warningsSchema } from "../../scenario/scenario-param-schemas";
import { ELEMENT_SYMBOLS } from "../constants";

const symbol = z.enum(ELEMENT_SYMBOLS);
const status = z.enum(["free", "license", "case-by-case", "denied"]);
const bomElement = z.object({ symbol, grams: z.number(), chinaOriginShare: z.number().min(0).max(1).nullable() });
const byStatus = z.object({ parts: z.number().int(), unitValueUsd: z.number() });

export const bomPartResultSchema = z
  .object({
    partId: z.string(),
    description: z.string(),
    unitValueUsd: z.number(),
    madeIn: z.enum(BOM_MADE_IN),
    endUse: z.enum(BOM_END_USES),
    form: z.enum(BOM_FORMS),
    elements: z.array(bomElement),
    status: status.describe("the worst status over the outcomes the scenario leaves open"),
    statusLow: status.describe("the status if the suspension was extended (equal to status when the record decides)"),
    route: z.enum(["direct", "extraterritorial"]).nullable(),
    controlledContentPct: z.number().nullable(),
    thresholdPct: z.number().nullable(),
    drivers: z.array(symbol),
    reason: z.string(),
    incomplete: z.boolean(),
    errorRows: z.array(z.number().int()),
    rows: z.array(z.number().int()),
  })
  .meta({ id: "BomPartResult" });

/** POST /api/bom, format=json (lib/bom/build-bom-report.ts, version 1.0). */
export const bomAnswerSchema = z
  .object({
    reportVersion: z.literal("1.0"),
    title: z.string(),
    generatedAt: z.iso.datetime(),
    datasetVersion: z.string(),
    scenario: scenarioSchema,
    scenarioQuery: z.string(),
    warnings: warningsSchema,
    file: z.object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int(),
      rows: z.number().int(),
      rowsWithErrors: z.number().int(),
      lines: z.object({
        total: z.number().int(),
        header: z.number().int(),
        rows: z.number().int(),
        blank: z.number().int(),
        inQuotedCells: z.number().int(),
        swallowed: z.number().int(),
      }),
      name: z.string().nullable(),
    }),
    columns: z.partialRecord(z.enum(BOM_COLUMNS), z.string()).describe("the header each column was read from"),
    parts: z.array(bomPartResultSchema),
    summary: z.object({
      parts: z.number().int(),
      totalUnitValueUsd: z.number(),
      incompleteParts: z.number().int(),
      byStatus: z.object({ free: byStatus, license: byStatus, "case-by-case": byStatus, denied: byStatus }),
      series: z.array(
        z.object({ status, label: z.string(), parts: z.number().int(), unitValueUsd: z.number(), partsPct: z.number(), valuePct: z.number() }),
      ),
      drivers: z.array(z.object({ symbol, parts: z.number().int(), unitValueUsd: z.number() })),
    }),
    errors: z.array(
      z.object({
        row: z.number().int().describe("1-based, the header is row 1"),
        column: z.enum(BOM_COLUMNS).nullable(),
        message: z.string(),
        swallowedLines: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
      }),
    ),
    errorCount: z.number().int(),
    errorsOmitted: z.number().int(),
    unprocessedParts: z.array(z.object({ partId: z.string(), errorRows: z.array(z.number().int()) })),
  })
  .meta({ id: "BomReport" });

export const bomAnswerFits = (r: BomReport): z.input<typeof bomAnswerSchema> => r;
