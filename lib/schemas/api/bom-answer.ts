import { z } from "zod";
import type { PartsReport } from "../../parts/build-parts-report";
import { ACTIONS } from "../../parts/actions";
import { LINE_TYPES } from "../../parts/line-types";
import { PART_COLUMNS } from "../../parts/part-columns";
import { scenarioSchema } from "../../report/report-schema";
import { warningsSchema } from "../../scenario/scenario-param-schemas";
import { ELEMENT_SYMBOLS } from "../constants";

const symbol = z.enum(ELEMENT_SYMBOLS);
const status = z.enum(["free", "license", "case-by-case", "denied"]);
const action = z.enum(ACTIONS);
const byAction = z.object({ lines: z.number().int(), unitValueUsd: z.number(), annualValueUsd: z.number() });

export const partsLineSchema = z
  .object({
    row: z.number().int().describe("the line's first row in the file (the header's row number + 1 and on)"),
    rows: z.array(z.number().int()).describe("every row of the line (a part given as one row per element has several)"),
    partId: z.string().describe('the part number, or "row 12" when the file gives none'),
    description: z.string(),
    hsCode: z.string().nullable().describe("the customs code as given, digits only"),
    supplier: z.string().nullable(),
    supplierCountry: z.string().nullable().describe("ISO 3166 alpha-2"),
    originCountry: z.string().nullable().describe('ISO 3166 alpha-2, "outside China" when only that is known, null when unknown'),
    type: z.enum(LINE_TYPES),
    typeLabel: z.string(),
    grade: z.string().nullable(),
    unitValue: z
      .object({ amount: z.number(), currency: z.string(), usd: z.number(), rate: z.string().describe("the rate used, in words") })
      .nullable(),
    quantity: z.number().nullable(),
    errorRows: z.array(z.number().int()).describe("rows of this line with an error (listed in `errors`)"),
    action: action.describe("hold (denied), apply (licence needed), review, insufficient-data (what is missing is in `missing`), clear"),
    status: status.nullable().describe("the rules kernel's status behind the action; null when the line cannot be decided"),
    reason: z.string(),
    missing: z.array(z.string()),
    inputs: z.array(z.object({ name: z.string(), value: z.string(), estimated: z.boolean() })).describe("the inputs the decision used"),
    estimated: z.array(z.string()).describe("names of the inputs that were estimated or assumed, not read from the file"),
    drivers: z.array(symbol),
    contentPct: z.object({ low: z.number(), high: z.number() }).nullable().describe("China-origin controlled content in % of the part's value, where the 0.1 % test applied"),
    thresholdPct: z.number().nullable(),
    codeCandidates: z.array(z.object({ controlCode: z.string(), item: z.string(), elements: z.array(symbol), status: z.string() })),
  })
  .meta({ id: "PartsLine" });

/** POST /api/bom, format=json (lib/parts/build-parts-report.ts, version 2.0). */
export const bomAnswerSchema = z
  .object({
    reportVersion: z.literal("2.0"),
    title: z.string(),
    generatedAt: z.iso.datetime(),
    datasetVersion: z.string(),
    scenario: scenarioSchema,
    scenarioQuery: z.string(),
    warnings: warningsSchema,
    file: z.object({
      name: z.string().nullable(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int(),
      format: z.enum(["csv", "xlsx"]),
      encoding: z.string().nullable(),
      delimiter: z.string().nullable(),
      headerRow: z.number().int(),
      rows: z.number().int(),
      rowsWithErrors: z.number().int(),
      lines: z
        .object({
          total: z.number().int(),
          aboveHeader: z.number().int(),
          header: z.number().int(),
          rows: z.number().int(),
          blank: z.number().int(),
          inQuotedCells: z.number().int(),
          swallowed: z.number().int(),
        })
        .nullable()
        .describe("CSV only: where every physical line went"),
      notes: z.array(z.string()),
    }),
    columns: z.partialRecord(z.enum(PART_COLUMNS), z.string()).describe('where each column was read from: a header, "every row: …", or "unknown"'),
    layout: z.enum(["part-per-row", "element-per-row"]),
    decimal: z.object({ separator: z.enum([".", ","]).nullable(), from: z.enum(["file-format", "cells", "delimiter", "none"]) }),
    fileCurrency: z.object({ code: z.string(), from: z.enum(["mapping", "header"]) }).nullable(),
    ratesUsed: z.array(z.object({ currency: z.string(), text: z.string(), series: z.string(), confidence: z.string(), sourceIds: z.array(z.string()) })),
    parts: z.array(partsLineSchema),
    summary: z.object({
      lines: z.number().int(),
      byAction: z.object({ hold: byAction, apply: byAction, review: byAction, "insufficient-data": byAction, clear: byAction }),
      estimatedLines: z.number().int(),
      drivers: z.array(z.object({ symbol, lines: z.number().int() })),
      totalAnnualValueUsd: z.number(),
    }),
    errors: z.array(
      z.object({
        row: z.number().int().describe("1-based row of the file"),
        column: z.enum(PART_COLUMNS).nullable(),
        message: z.string(),
        swallowedLines: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
      }),
    ),
    errorCount: z.number().int(),
    errorsOmitted: z.number().int(),
    coverage: z.object({ models: z.array(z.string()), flags: z.array(z.string()), doesNotModel: z.array(z.string()) }),
  })
  .meta({ id: "PartsReport" });

export const bomAnswerFits = (r: PartsReport): z.input<typeof bomAnswerSchema> => r;
