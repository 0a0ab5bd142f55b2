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
  const perOutcome = s.outcomes.flatMap((o): CsvCell[][] => {
    const at = s.outcomes.length > 1 ? `_${o.outcome}` : "";
    return [
      [`controlled_elements${at}`, list(o.controlledElements)],
      [`controlled_count${at}`, o.controlledElements.length],
      [`extraterritorial_rule${at}`, o.extraterritorial ? "on" : "off"],
      [`de_minimis_pct${at}`, o.deMinimisPct],
      [`military_end_use${at}`, o.militaryEndUse],
      [`advanced_semiconductor${at}`, o.advancedSemiconductor],
      [`measures_in_force${at}`, list(o.measuresInForce)],
    ];
  });
  return [
    ["regime", s.regime],
    ["regime_name", s.regimeName],
    ["as_of", s.asOf],
    ["suspensions", s.suspensions],
    ["outcome", s.outcome],
    ["lens", s.lens],
    ["destination", s.destination],
    ["reading", s.reading],
    ["faq_exclusions", s.exclusions],
    ["friction_pct", s.frictionPct],
    ["china_share_overrides", chinaShare ?? Object.entries(s.chinaShareOverrides).map(([k, v]) => `${k}:${v}`).join(" ")],
    ...perOutcome,
    ["open_measures", list(s.openMeasures)],
    ["overrides", list(s.overrides)],
    ...s.caveats.map((c): CsvCell[] => ["caveat", c]),
    ...warnings.map((w): CsvCell[] => ["warning", `${w.param}: ${w.message}`]),
  ];
}
