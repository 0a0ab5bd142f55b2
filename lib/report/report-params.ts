import { type EnumOptions, readEnum, type ValueRead } from "../scenario/param-readers";
import { XLSX_CONTENT_TYPE } from "../xlsx/xlsx-sheet";

/**
 * THE table of the report routes' own parameters (what file, not what scenario): the parser
 * (parse-report-request.ts), README's table (formatReportParamReferenceMarkdown, kept equal by a test), the OpenAPI
 * document and the page's download links all read it. Scenario parameters are in lib/scenario/scenario-params.ts.
 * Plain data, no zod, so the page can ship it.
 */

export const REPORT_FORMATS = ["json", "csv", "pdf", "xlsx", "zip"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The media type of each format's answer. */
export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  pdf: "application/pdf",
  xlsx: XLSX_CONTENT_TYPE,
  zip: "application/zip",
};

export const REPORT_TABLES = ["report", "sectors", "products", "method", "sources"] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export const CSV_DELIMITERS = ["comma", "semicolon"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export type ReportParamSpec<T extends string> = EnumOptions<T> & {
  /** What it means, for README and the OpenAPI description. */
  description: string;
  valuesDoc: string;
  defaultDoc: string;
  /** The value when absent. */
  default: T | null;
  /** The formats it applies to; given with another, it is reported as ignored. */
  appliesTo: readonly ReportFormat[];
  example: T;
};

export const REPORT_PARAMS_TABLE = {
  format: {
    description:
      "The file: `json` (the report, schema 2.0), `csv` (RFC 4180, UTF-8), `pdf`, `xlsx` (an Excel workbook, one sheet per table) or `zip` (one CSV file per table). `POST /api/bom` takes `json`, `csv`, `xlsx` and `pdf`.",
    valuesDoc: "`json`, `csv`, `pdf`, `xlsx` or `zip` (any case)",
    defaultDoc: "`json`",
    values: REPORT_FORMATS,
    default: "json",
    appliesTo: REPORT_FORMATS,
    example: "csv",
  } satisfies ReportParamSpec<ReportFormat>,
  table: {
    description: "One table of the report as its own CSV file; without it, `format=csv` writes all five in one file, each after an empty line.",
    valuesDoc: "`report`, `sectors`, `products`, `method` or `sources` (with `format=csv`)",
    defaultDoc: "all five in one file",
    values: REPORT_TABLES,
    default: null,
    appliesTo: ["csv"],
    example: "sectors",
  } satisfies ReportParamSpec<ReportTable>,
  delimiter: {
    description:
      "What separates the cells of the CSV files. `semicolon` also writes decimal commas (0,1143), as Excel opens CSV files in German, French and other locales whose list separator is `;`.",
    valuesDoc: "`comma` or `semicolon` (with `format=csv` or `zip`)",
    defaultDoc: "`comma`",
    values: CSV_DELIMITERS,
    default: "comma",
    appliesTo: ["csv", "zip"],
    example: "semicolon",
  } satisfies ReportParamSpec<CsvDelimiter>,
} as const;

export type ReportParamName = keyof typeof REPORT_PARAMS_TABLE;
export const REPORT_PARAM_NAMES = Object.keys(REPORT_PARAMS_TABLE) as ReportParamName[];

/** A report parameter's value, read as the scenario grammar reads an enum (any case, with a note). */
export function readReportParam<N extends ReportParamName>(name: N, raw: string): ValueRead<(typeof REPORT_PARAMS_TABLE)[N]["values"][number]> {
  return readEnum(raw, REPORT_PARAMS_TABLE[name] as EnumOptions<(typeof REPORT_PARAMS_TABLE)[N]["values"][number]>);
}

/** README's table of the report parameters (a unit test keeps README equal to it). */
export function formatReportParamReferenceMarkdown(): string {
  const rows = REPORT_PARAM_NAMES.map((name) => {
    const spec = REPORT_PARAMS_TABLE[name];
    return `| \`${name}\` | ${spec.description} | ${spec.valuesDoc} | ${spec.defaultDoc} |`;
  });
  return ["| parameter | meaning | values | default |", "|---|---|---|---|", ...rows].join("\n");
}
