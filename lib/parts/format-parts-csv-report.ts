import { formatCsvBlock as block, type CsvCell } from "../report/csv-block";
import { ACTION_MEANINGS } from "./actions";
import type { PartsReport } from "./build-parts-report";
import { actionRows, coverageRows, PART_COLUMNS_OUT, reportFacts } from "./parts-report-rows";

/**
 * One RFC 4180 file in blocks separated by an empty line: report (file, scenario, rates, warnings), summary by action,
 * lines, errors, exchange rates, coverage. Numbers at full precision; every text cell is guarded against formula
 * injection. UTF-8 with a byte-order mark, so spreadsheets open it as UTF-8.
 */
export function formatPartsCsvReport(r: PartsReport): string {
  const errors: CsvCell[][] = r.errors.map((e) => [e.row, e.column, e.message]);
  if (r.errorsOmitted > 0) errors.push([null, null, `${r.errorsOmitted} further errors not listed`]);
  return (
    "\uFEFF" +
    [
      block(["field", "value"], reportFacts(r)),
      block(
        ["action", "label", "meaning", "lines", "lines_pct", "unit_value_usd", "annual_value_usd"],
        actionRows(r).map((a) => [a.action, a.label, ACTION_MEANINGS[a.action], a.lines, a.linesPct, a.unitValueUsd, a.annualValueUsd]),
      ),
      block(
        PART_COLUMNS_OUT.map((c) => c.header),
        r.parts.map((p) => PART_COLUMNS_OUT.map((c) => c.value(p))),
      ),
      block(["row", "column", "message"], errors),
      block(["currency", "rate", "series", "confidence", "sources"], r.ratesUsed.map((x) => [x.currency, x.text, x.series, x.confidence, x.sourceIds.join(" ")])),
      block(["coverage", "statement"], coverageRows(r)),
    ].join("\r\n\r\n") +
    "\r\n"
  );
}
