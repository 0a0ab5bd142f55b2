import writeXlsxFile from "write-excel-file/universal";
import { ACTION_MEANINGS } from "./actions";
import type { PartsReport } from "./build-parts-report";
import { actionRows, type Cell, coverageRows, PART_COLUMNS_OUT, reportFacts } from "./parts-report-rows";

type XCell = { value: string | number; type?: typeof String | typeof Number; fontWeight?: "bold" } | null;

/** Text is written as text cells, which a spreadsheet never runs as a formula (unlike CSV, no guard is needed). */
const cell = (v: Cell, bold = false): XCell => {
  if (v === null || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? { value: v, type: Number } : null;
  return { value: v, type: String, ...(bold ? { fontWeight: "bold" as const } : {}) };
};
const sheet = (header: string[], rows: Cell[][]): XCell[][] => [header.map((h) => cell(h, true)), ...rows.map((r) => r.map((c) => cell(c)))];

const widths = (header: string[], wide: Record<string, number>) => header.map((h) => ({ width: wide[h] ?? Math.max(10, h.length + 2) }));

/** The report as a workbook: report, summary, lines, errors, rates and coverage, one sheet each; header rows frozen. */
export async function formatPartsXlsxReport(r: PartsReport): Promise<Uint8Array> {
  const lineHeaders = PART_COLUMNS_OUT.map((c) => c.header);
  const sheets: { sheet: string; header: string[]; rows: Cell[][]; wide: Record<string, number> }[] = [
    { sheet: "report", header: ["field", "value"], rows: reportFacts(r), wide: { field: 30, value: 90 } },
    {
      sheet: "summary",
      header: ["action", "label", "meaning", "lines", "lines_pct", "unit_value_usd", "annual_value_usd"],
      rows: actionRows(r).map((a): Cell[] => [a.action, a.label, ACTION_MEANINGS[a.action], a.lines, a.linesPct, a.unitValueUsd, a.annualValueUsd]),
      wide: { meaning: 80, label: 22 },
    },
    { sheet: "lines", header: lineHeaders, rows: r.parts.map((p) => PART_COLUMNS_OUT.map((c) => c.value(p))), wide: { reason: 90, description: 40, inputs: 90, part_id: 18, missing: 40 } },
    {
      sheet: "errors",
      header: ["row", "column", "message"],
      rows: [...r.errors.map((e): Cell[] => [e.row, e.column, e.message]), ...(r.errorsOmitted > 0 ? [[null, null, `${r.errorsOmitted} further errors not listed`] as Cell[]] : [])],
      wide: { message: 100, column: 18 },
    },
    { sheet: "rates", header: ["currency", "rate", "series", "confidence", "sources"], rows: r.ratesUsed.map((x): Cell[] => [x.currency, x.text, x.series, x.confidence, x.sourceIds.join(" ")]), wide: { rate: 45, series: 70 } },
    { sheet: "coverage", header: ["coverage", "statement"], rows: coverageRows(r), wide: { coverage: 16, statement: 120 } },
  ];
  const blob = await writeXlsxFile(
    sheets.map((s) => ({ sheet: s.sheet, data: sheet(s.header, s.rows), columns: widths(s.header, s.wide), stickyRowsCount: 1 })) as never,
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
