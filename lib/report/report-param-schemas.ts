import { z } from "zod";
import { REPORT_PARAM_NAMES, type ReportParamName, REPORT_PARAMS_TABLE, type ReportParamSpec } from "./report-params";

/**
 * The report parameters' table (report-params.ts) as zod schemas, one per parameter, for the OpenAPI document: server
 * and docs only (the page reads the plain table).
 */
const plain = (doc: string) => doc.replaceAll("`", "");

function schemaFor(spec: ReportParamSpec<string>, values: readonly string[]): z.ZodType {
  return z
    .enum(values as [string, ...string[]])
    .describe(`${plain(spec.description)} Values: ${plain(spec.valuesDoc)}. Default: ${plain(spec.defaultDoc)}.`)
    .meta({ example: values.includes(spec.example) ? spec.example : values[0] });
}

/** Each report parameter, optional; `formats` narrows `format` to what a route answers (POST /api/bom: json, csv, xlsx, pdf). */
export function reportParamSchemas(opts: { names?: readonly ReportParamName[]; formats?: readonly string[] } = {}): Record<string, z.ZodType> {
  const names = opts.names ?? REPORT_PARAM_NAMES;
  return Object.fromEntries(
    names.map((name) => {
      const spec = REPORT_PARAMS_TABLE[name] as ReportParamSpec<string>;
      const values = name === "format" && opts.formats ? opts.formats : spec.values;
      return [name, schemaFor(spec, values).optional()];
    }),
  );
}
