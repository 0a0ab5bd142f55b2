import Papa from "papaparse";
import type { Scenario } from "../engine/scenario";
import type { ParamIssue } from "../scenario/scenario-params";

export type CsvCell = string | number | null;

/**
 * Cells starting with = + - @ tab or CR get a leading apostrophe so no spreadsheet runs them. papaparse's own
 * pattern ends in `.*$` without the s flag, which lets a cell holding a line break through: hence this one.
 */
const FORMULA = /^[=+\-@\t\r]/;

/** One RFC 4180 table with CRLF line ends; numbers stay numbers (only text is guarded). */
export function formatCsvBlock(header: string[], rows: CsvCell[][]): string {
  return Papa.unparse({ fields: header, data: rows.map((r) => r.map((c) => (c === null ? "" : c))) }, {
    escapeFormulae: FORMULA,
    newline: "\r\n",
    quotes: false,
  });
}

const list = (xs: readonly string[]) => xs.join(" ");

/** The scenario as field/value rows, the same in every CSV report; a row per warning about the request's parameters. */
export function scenarioCsvRows(s: Scenario, opts: { chinaShare?: string; warnings?: readonly ParamIssue[] } = {}): CsvCell[][] {
  const { chinaShare, warnings = [] } = opts;
  return [
    ["regime", s.regime],
    ["regime_name", s.regimeName],
    ["as_of", s.asOf],
    ["suspensions", s.suspensions],
    ["controlled_elements", list(s.controlledElements)],
    ["controlled_count", s.controlledElements.length],
    ["extraterritorial_rule", s.extraterritorial ? "on" : "off"],
    ["de_minimis_pct", s.deMinimisPct],
    ["reading", s.reading],
    ["military_end_use", s.militaryEndUse],
    ["advanced_semiconductor", s.advancedSemiconductor],
    ["civil_general_licence", s.civilGeneralLicence ? "yes" : "no"],
    ["faq_exclusions", s.exclusions],
    ["china_share_overrides", chinaShare ?? Object.entries(s.chinaShareOverrides).map(([k, v]) => `${k}:${v}`).join(" ")],
    ["overrides", list(s.overrides)],
    ["measures_in_force", list(s.measuresInForce)],
    ...s.caveats.map((c): CsvCell[] => ["caveat", c]),
    ...warnings.map((w): CsvCell[] => ["warning", `${w.param}: ${w.message}`]),
  ];
}
