import { type ChartTable, formatChartCell } from "@/lib/chart-data/chart-table";

type Props = {
  table: ChartTable;
  caption: string;
  testId?: string;
  rowTestId?: (key: string) => string;
};

/**
 * A chart's figures as a table: the same rows and columns its "Download data" writes, each numeric cell carrying its
 * exact value in data-value. The first column heads its row.
 */
export function ChartDataTable({ table, caption, testId, rowTestId }: Props) {
  return (
    <table className="w-full text-left text-sm" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.key} scope="col" className={`pr-3 pb-1 align-bottom font-semibold ${c.format === "text" || c.format === "date" ? "" : "text-right"}`}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => {
          const key = table.rowKeys[i] ?? String(i);
          return (
            <tr key={key} className="border-t border-border align-top" data-testid={rowTestId?.(key)} data-key={key}>
              {row.map((cell, j) => {
                const col = table.columns[j];
                if (!col) return null;
                const text = formatChartCell(cell, col.format);
                const numeric = typeof cell === "number";
                if (j === 0)
                  return (
                    <th key={col.key} scope="row" className="pr-3 py-0.5 font-normal" data-value={cell ?? ""}>
                      {text}
                    </th>
                  );
                return (
                  <td key={col.key} className={`pr-3 py-0.5 ${numeric || cell === null ? "text-right tabular-nums" : ""}`} data-value={cell ?? ""}>
                    {text}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
