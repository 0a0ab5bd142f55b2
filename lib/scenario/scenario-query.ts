import type { Scenario, ScenarioInput } from "../engine/scenario";
import type { CsvDelimiter, ReportFormat, ReportTable } from "../report/report-params";
import { formatParamValue, getParamSpec, SCENARIO_PARAM_NAMES } from "./scenario-params";

/** The inverse of parseScenarioParams: every given field in its canonical spelling, in table order. */
export function formatScenarioParams(input: ScenarioInput): URLSearchParams {
  const p = new URLSearchParams();
  for (const name of SCENARIO_PARAM_NAMES) {
    const value = input[getParamSpec(name).field];
    if (value === undefined) continue;
    const text = formatParamValue(name, value);
    if (text !== null) p.set(name, text);
  }
  return p;
}

/** A resolved scenario as explicit input: the date, elements and rules spelt out, so it survives a change of preset. */
export function scenarioToInput(s: Scenario): ScenarioInput {
  const input: ScenarioInput = {};
  for (const name of SCENARIO_PARAM_NAMES) {
    const spec = getParamSpec(name);
    const value = (spec.fromScenario as (s: Scenario) => unknown)(s);
    if (value !== undefined) (input as Record<string, unknown>)[spec.field] = value;
  }
  return input;
}

/** The canonical query string that reproduces a scenario on the page, in the API and in reports. */
export function scenarioToQuery(s: Scenario): string {
  return formatScenarioParams(scenarioToInput(s)).toString();
}

/** "breakdown-custom_2026-11-25": the preset (or as-of), whether it was changed, and the date evaluated. */
export function scenarioSlug(s: Scenario): string {
  return `${s.regime ?? "as-of"}${s.overrides.length > 0 ? "-custom" : ""}_${s.asOf}`;
}

/** The dashboard showing a canonical scenario query ("/" for the default view). */
export function dashboardHref(query: string): string {
  return query === "" ? "/" : `/?${query}`;
}

/**
 * The report download for a canonical scenario query: /api/report?…&format=csv, with the file's own parameters
 * (lib/report/report-params.ts) when given: `table=sectors`, `delimiter=semicolon`.
 */
export function reportHref(query: string, format: ReportFormat, file: { table?: ReportTable; delimiter?: CsvDelimiter } = {}): string {
  const p = new URLSearchParams(query);
  p.set("format", format);
  if (file.table) p.set("table", file.table);
  if (file.delimiter) p.set("delimiter", file.delimiter);
  return `/api/report?${p.toString()}`;
}
