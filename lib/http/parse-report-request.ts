import type { Scenario } from "../engine/scenario";
import type { Dataset } from "../schemas/dataset";
import { readEnum } from "../scenario/param-readers";
import type { ParamError } from "../scenario/parse-scenario";
import type { ParamIssue, ScenarioParamName } from "../scenario/scenario-params";
import { scenarioFromParams } from "../scenario/scenario-from-params";
import { type CsvDelimiter, readReportParam, REPORT_PARAMS_TABLE, type ReportTable } from "../report/report-params";

type Params = URLSearchParams;

/** What shape the file takes beyond its format: one table of the CSV report, and the CSV cell separator. */
export type ReportFileOptions = { table: ReportTable | null; delimiter: CsvDelimiter };

export type ReportRequest<F extends string> =
  | { ok: true; format: F; scenario: Scenario; warnings: ParamIssue[]; file: ReportFileOptions }
  | { ok: false; error: ParamError };

const FILE_PARAMS = ["table", "delimiter"] as const;

/**
 * Scenario parameters plus `format` (any case; `json` when absent), as every report route takes
 * them; the first bad parameter is named. `ignored` gives, for scenario parameters a route does not apply, the reason
 * its warning states. With `fileOptions`, also `table` and `delimiter` (report-params.ts); given with a format they do
 * not apply to, they are reported as ignored.
 */
export function parseReportRequest<F extends string>(
  dataset: Dataset,
  params: Params,
  formats: readonly F[],
  today: string,
  opts: { extraParams?: readonly string[]; ignored?: Partial<Record<ScenarioParamName, string>>; fileOptions?: boolean } = {},
): ReportRequest<F> {
  const own = ["format", ...(opts.fileOptions ? FILE_PARAMS : []), ...(opts.extraParams ?? [])];
  const scenario = scenarioFromParams(dataset, params, today, own);
  if (!scenario.ok) return scenario;
  const warnings = [...scenario.warnings];
  for (const [param, why] of Object.entries(opts.ignored ?? {})) {
    if (params.has(param)) warnings.push({ param, message: `ignored: ${why}` });
  }
  const format = readEnum(params.get("format") ?? "json", { values: formats });
  if (!format.ok) return { ok: false, error: { param: "format", message: format.message } };
  warnings.push(...format.notes.map((message) => ({ param: "format", message })));

  const file: ReportFileOptions = { table: REPORT_PARAMS_TABLE.table.default, delimiter: REPORT_PARAMS_TABLE.delimiter.default };
  if (opts.fileOptions) {
    for (const name of FILE_PARAMS) {
      const raw = params.get(name);
      if (raw === null) continue;
      const read = readReportParam(name, raw);
      if (!read.ok) return { ok: false, error: { param: name, message: read.message } };
      warnings.push(...read.notes.map((message) => ({ param: name, message })));
      const applies = REPORT_PARAMS_TABLE[name].appliesTo as readonly string[];
      if (!applies.includes(format.value)) {
        warnings.push({ param: name, message: `ignored: it applies to ${applies.map((f) => `format=${f}`).join(" and ")}, not format=${format.value}` });
        continue;
      }
      if (name === "table") file.table = read.value as ReportTable;
      else file.delimiter = read.value as CsvDelimiter;
    }
  }
  return { ok: true, format: format.value, scenario: scenario.value, warnings, file };
}

