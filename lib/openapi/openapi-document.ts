import { z } from "zod";
import { createDocument, type ZodOpenApiObject, type ZodOpenApiResponseObject } from "zod-openapi";
import { BOM_CONTENT_TYPES } from "../bom/check-bom-upload";
import { DATA_LICENCE } from "../cite/licence";
import { compareReportSchema } from "../compare/compare-report-schema";
import { DEFAULT_SIDE_QUERY, MAX_SIDE_QUERY_CHARS } from "../compare/compare-query";
import type { LOOKUP_PARAMS } from "../lookup/parse-lookup-params";
import { PART_COLUMNS } from "../parts/part-columns";
import { reportParamSchemas } from "../report/report-param-schemas";
import { REPORT_CONTENT_TYPES } from "../report/report-params";
import { exposureAnswerSchema, exposureReportSchema } from "../report/report-schema";
import { scenarioQuerySchema } from "../scenario/scenario-param-schemas";
import { TRACKING_PARAM_PREFIXES, TRACKING_PARAMS } from "../scenario/tracking-params";
import { bomAnswerSchema } from "../schemas/api/bom-answer";
import { errorAnswerSchema } from "../schemas/api/error-answer";
import { lookupAnswerSchema } from "../schemas/api/lookup-answer";
import { regimesAnswerSchema } from "../schemas/api/regimes-answer";
import { datasetSchema } from "../schemas/dataset";

/**
 * The API's contract, OpenAPI 3.1, generated from the zod schemas that parse the data and describe the answers
 * (zod-openapi, on zod 4's JSON Schema): every route, every parameter (from the parameter tables, never copied), every
 * answer and error. Served at GET /api/openapi.json and rendered at /api-reference; a unit test validates real answers
 * of every route against it, and `npm run lint:openapi` lints it.
 */

export const OPENAPI_PATH = "/api/openapi.json";

/** "text/csv; charset=utf-8" → "text/csv": the document names media types without their parameters. */
export const baseMediaType = (contentType: string) => contentType.split(";")[0]!.trim().toLowerCase();

const json = (schema: z.ZodType) => ({ "application/json": { schema } });

/** A file the answer carries as bytes (PDF, XLSX, ZIP). */
const binary = (contentType: string, description: string) => ({ [baseMediaType(contentType)]: { schema: { type: "string" as const, contentMediaType: baseMediaType(contentType), description } } });
const csv = (description: string) => ({ "text/csv": { schema: z.string().describe(`${description}; charset=utf-8`) } });

const attachment = z.object({
  "Content-Disposition": z.string().describe('attachment; filename="…": named after the scenario, its date and its hash').meta({ example: 'attachment; filename="rare-earth-exposure_apr-2025_2025-06-01_3f2a9c1b.csv"' }),
});
const retryAfter = z.object({ "Retry-After": z.string().regex(/^\d+$/).describe("seconds to wait before trying again").meta({ example: "5" }) });

const badRequest: ZodOpenApiResponseObject = {
  id: "BadRequest",
  description: "A parameter is unknown, given twice, or has a value that cannot be read: `error.param` names it.",
  content: json(errorAnswerSchema),
};
const busy: ZodOpenApiResponseObject = {
  id: "Busy",
  description: "The worker threads are busy (16 reports and uploads already waiting) or the job ran out of time. Try again after Retry-After seconds.",
  headers: retryAfter,
  content: json(errorAnswerSchema),
};

/** Routes without parameters answer 400 to any parameter (tracking parameters excepted). */
const noParamsNote = "Takes no parameters: any other than a tracking parameter is refused with 400.";

const tracking = `Tracking parameters added to shared links are ignored and listed in \`warnings\`: ${TRACKING_PARAMS.map((n) => `\`${n}\``).join(", ")}, and any name starting ${TRACKING_PARAM_PREFIXES.map((p) => `\`${p}\``).join(", ")}.`;

const reportQuery = scenarioQuerySchema.extend(reportParamSchemas());
const bomQuery = scenarioQuerySchema.extend({
  ...reportParamSchemas({ names: ["format"], formats: ["json", "csv", "xlsx", "pdf"] }),
  mapping: z
    .string()
    .describe(
      'Where each column comes from, as JSON (URL-encoded): a header of the file, `{"constant": "…"}` for every row, or `{"unknown": true}`. Columns: ' +
        `${PART_COLUMNS.join(", ")}. Default: headers matched by name and synonyms in five languages.`,
    )
    .meta({ example: '{"part_id":"Teilenummer","end_use":{"constant":"civil"},"origin_country":{"unknown":true}}' })
    .optional(),
  currency: z
    .string()
    .max(8)
    .describe("The currency of values that state none (ISO 4217, e.g. EUR), converted to US dollars at the dated reference rates the answer states in `ratesUsed`. Default: a currency column, the price header, or the cell itself; a value with no currency at all is a row error.")
    .meta({ example: "EUR" })
    .optional(),
});
const lookupQuery = z.object({
  code: z.string().max(32).describe("A China customs code (10 digits, or its first 4–8) or a control code such as 1C905 or 1C905.a; spaces and dots are allowed.").meta({ example: "8505111000" }),
  asOf: z.iso.date().describe("The day whose measures apply, YYYY-MM-DD. Default: today.").meta({ example: "2025-06-01" }).optional(),
} satisfies Record<(typeof LOOKUP_PARAMS)[number], z.ZodType>);

/** The media types a parts list may be posted as: text for CSV, bytes for a workbook. */
const bomBodies = Object.fromEntries(
  BOM_CONTENT_TYPES.map((t) => [
    t,
    /spreadsheet|excel/.test(t)
      ? { schema: { type: "string" as const, contentMediaType: t, description: "the workbook's bytes (.xlsx; the first sheet is read, title rows above the header and merged cells allowed)" } }
      : { schema: z.string().describe("the CSV file itself: comma, semicolon or tab, UTF-8 or another common encoding (detected); one row per part, or one row per part and element; at most 50 MB and 100,001 lines") },
  ]),
);

const compareSide = (side: "a" | "b") =>
  z
    .string()
    .min(1)
    .max(MAX_SIDE_QUERY_CHARS)
    .describe(`Scenario ${side.toUpperCase()}: a scenario query, as /api/exposure takes it (URL-encoded). A bad parameter inside it is refused with 400 naming \`${side}.<parameter>\`.`)
    .meta({ example: DEFAULT_SIDE_QUERY[side] });
const compareQuery = z.object({
  a: compareSide("a"),
  b: compareSide("b"),
  ...reportParamSchemas({ names: ["format"], formats: ["json", "csv", "pdf"] }),
});

const reportDescription = "The report of a scenario as a file: the same figures in every format, from the same engine result.";

const document: ZodOpenApiObject = {
  openapi: "3.1.0",
  info: {
    title: "Rare-earth exposure API",
    version: "2.0",
    summary: "Which industries China's rare-earth export controls expose, through which elements, and how badly.",
    description:
      "Every answer is computed from the bundled, sourced dataset by one engine. A bad parameter gets 400 with `{ error: { param, message } }`, never a 500. " +
      `Parameter values written other than canonically are read where they can only mean one thing, and the answer's \`warnings\` says how. ${tracking}`,
    license: { name: `${DATA_LICENCE.name} (the data and the figures computed from it)`, url: DATA_LICENCE.url },
  },
  servers: [{ url: "/", description: "this server" }],
  security: [],
  tags: [
    { name: "exposure", description: "The engine's result for a scenario." },
    { name: "reports", description: "Files to forward and keep: JSON, CSV, PDF, XLSX, ZIP." },
    { name: "parts", description: "Your own parts list, and control codes." },
    { name: "reference", description: "The dataset, the presets and this contract." },
  ],
  paths: {
    "/api/exposure": {
      get: {
        operationId: "getExposure",
        tags: ["exposure"],
        summary: "Exposure of every sector and product under a scenario",
        description: "One of `regime` or `asOf` is required. Figures the record leaves open are ranges (low: suspension extended; high: lapsed).",
        requestParams: { query: scenarioQuerySchema },
        responses: { "200": { description: "The engine's result and the request's warnings.", content: json(exposureAnswerSchema) }, "400": badRequest },
      },
    },
    "/api/report": {
      get: {
        operationId: "getReport",
        tags: ["reports"],
        summary: "The report of a scenario, as a file",
        description: `${reportDescription} PDF, XLSX and ZIP are made in a worker thread.`,
        requestParams: { query: reportQuery },
        responses: {
          "200": {
            description: "An attachment in the format asked for (JSON by default).",
            headers: attachment,
            content: {
              "application/json": { schema: exposureReportSchema },
              ...csv("RFC 4180, UTF-8 with a byte-order mark: all tables, separated by an empty line, or the one asked for (`table`)."),
              ...binary(REPORT_CONTENT_TYPES.pdf, "A4 report"),
              ...binary(REPORT_CONTENT_TYPES.xlsx, "Excel workbook, one sheet per table"),
              ...binary(REPORT_CONTENT_TYPES.zip, "one CSV file per table"),
            },
          },
          "400": badRequest,
          "503": busy,
        },
      },
      head: {
        operationId: "headReport",
        tags: ["reports"],
        summary: "The headers of a report, without making it",
        requestParams: { query: reportQuery },
        responses: { "200": { description: "The headers a GET would answer with; no body.", headers: attachment }, "400": { description: "As GET; no body." } },
      },
    },
    "/api/compare": {
      get: {
        operationId: "getCompare",
        tags: ["reports"],
        summary: "Two scenarios side by side: sector by sector with the difference, and the products whose status changes",
        description: "Both sides are computed by the same engine as /api/exposure; each change is B − A, low end with low end and high end with high end. The PDF is made in a worker thread.",
        requestParams: { query: compareQuery },
        responses: {
          "200": {
            description: "An attachment in the format asked for (JSON by default).",
            headers: attachment,
            content: {
              "application/json": { schema: compareReportSchema.meta({ id: "CompareReport" }) },
              ...csv("RFC 4180, UTF-8 with a byte-order mark: the comparison's tables, separated by an empty line"),
              ...binary("application/pdf", "A4 report of the comparison"),
            },
          },
          "400": badRequest,
          "503": busy,
        },
      },
      head: {
        operationId: "headCompare",
        tags: ["reports"],
        summary: "The headers of a comparison, without making it",
        requestParams: { query: compareQuery },
        responses: { "200": { description: "The headers a GET would answer with; no body.", headers: attachment }, "400": { description: "As GET; no body." } },
      },
    },
    "/api/bom": {
      post: {
        operationId: "checkPartsList",
        tags: ["parts"],
        summary: "Check a parts list (CSV or XLSX) under a scenario: an action per line",
        description:
          "Post the file as the request body. Each line gets an `action` (hold, apply, review, insufficient-data or clear) with its reason, the inputs used and which of them were estimated; the summary counts lines by action. A bad cell is an error of its row, and the line is still decided from what is left. The border lens is the default (`lens` overrides it). Same-origin only from browsers: a cross-site POST is refused (403); scripts that send no Origin pass. `chinaShare` and `exclusions` are ignored (a part gives its own share and is traded as itself).",
        requestParams: { query: bomQuery },
        requestBody: { required: true, content: bomBodies },
        responses: {
          "200": {
            description: "The checked lines (JSON), or the CSV, XLSX or PDF report (an attachment).",
            content: {
              "application/json": { schema: bomAnswerSchema },
              ...csv("the parts-list report, UTF-8 with a byte-order mark"),
              ...binary(REPORT_CONTENT_TYPES.xlsx, "the parts-list report, a sheet per table"),
              ...binary(REPORT_CONTENT_TYPES.pdf, "the parts-list report"),
            },
          },
          "400": { description: "A bad parameter (`mapping`, `currency`, …), or a whole-file problem (`param: body`): empty, binary, no header row, a workbook that cannot be read.", content: json(errorAnswerSchema) },
          "403": { description: "A browser sent the POST from another site (`param: Origin`).", content: json(errorAnswerSchema) },
          "413": {
            description: "The body is over 50 MB or 100,001 lines (declared or counted while received), or needs more than the worker's memory.",
            headers: z.object({ Connection: z.literal("close").optional() }),
            content: json(errorAnswerSchema),
          },
          "415": { description: `A Content-Type other than ${BOM_CONTENT_TYPES.join(" or ")} (text/plain is refused: any site can send it cross-site).`, content: json(errorAnswerSchema) },
          "503": { description: "Two uploads are already being received or checked, or the worker threads are busy or out of time.", headers: retryAfter, content: json(errorAnswerSchema) },
        },
      },
    },
    "/api/bom/template": {
      get: {
        operationId: "getPartsListTemplate",
        tags: ["parts"],
        summary: "The parts-list template with example rows",
        description: noParamsNote,
        responses: { "200": { description: "A CSV attachment.", headers: attachment, content: csv("the template, UTF-8") }, "400": badRequest },
      },
    },
    "/api/lookup": {
      get: {
        operationId: "lookupCode",
        tags: ["parts"],
        summary: "Look a customs code or control code up",
        description: "Candidates from the control-code table, each with its measure's status on `asOf`. A code that matches nothing is never evidence that goods are not controlled.",
        requestParams: { query: lookupQuery },
        responses: { "200": { description: "Candidates and hints.", content: json(lookupAnswerSchema) }, "400": badRequest },
      },
    },
    "/api/regimes": {
      get: {
        operationId: "listRegimes",
        tags: ["reference"],
        summary: "The presets and the rules each resolves to today",
        description: noParamsNote,
        responses: { "200": { description: "Every preset.", content: json(regimesAnswerSchema) }, "400": badRequest },
      },
    },
    "/api/dataset": {
      get: {
        operationId: "getDataset",
        tags: ["reference"],
        summary: "The whole validated dataset, with its source register",
        description: noParamsNote,
        responses: { "200": { description: "Elements, measures, sectors and products, regimes, control rules and sources.", content: json(datasetSchema.meta({ id: "Dataset" })) }, "400": badRequest },
      },
    },
    [OPENAPI_PATH]: {
      get: {
        operationId: "getOpenApi",
        tags: ["reference"],
        summary: "This document",
        description: noParamsNote,
        responses: {
          "200": { description: "The OpenAPI 3.1 document.", content: json(z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) })) },
          "400": badRequest,
        },
      },
    },
  },
};

let built: ReturnType<typeof createDocument> | undefined;

/** The document, built once (it depends on nothing but the code). */
export function getOpenApiDocument(): ReturnType<typeof createDocument> {
  built ??= createDocument(document, {
    // zod's url() accepts internationalised addresses (a source's link may hold "y₂o₃"), which JSON Schema calls
    // "iri"; its "uri" would say only ASCII.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === "uri") jsonSchema.format = "iri";
    },
  });
  return built;
}
