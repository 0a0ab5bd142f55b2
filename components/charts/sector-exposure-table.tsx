import { memo } from "react";
import type { SectorResult } from "@/lib/engine/exposure-types";
import { formatShareRangeShort, formatUsdRangeShort } from "@/lib/format/format-number";
import { testIds } from "@/lib/test-ids";

const BASIS = { value: "", count: " (by count)", items: " (items)" } as const;

/** The sector chart's figures as a table: both ends of every range, by status, with value at risk. */
export const SectorExposureTable = memo(function SectorExposureTable({ sectors }: { sectors: readonly SectorResult[] }) {
  return (
    <table className="w-full text-left" data-testid={testIds.sectorTable}>
      <thead>
        <tr>
          <th scope="col">Sector</th>
          <th scope="col">Exposure</th>
          <th scope="col">Licence</th>
          <th scope="col">Case-by-case</th>
          <th scope="col">Denied</th>
          <th scope="col">Value at risk / yr</th>
          <th scope="col">Drivers</th>
          <th scope="col">Final goods with volume</th>
        </tr>
      </thead>
      <tbody>
        {sectors.map((s) => (
          <tr key={s.id} data-testid={testIds.sectorRow(s.id)}>
            <th scope="row" className="font-normal">{s.name}</th>
            <td data-value={s.exposure.high} data-low={s.exposure.low}>
              {formatShareRangeShort(s.exposure)}
              {BASIS[s.basis]}
            </td>
            <td>{formatShareRangeShort(s.byStatus.license)}</td>
            <td>{formatShareRangeShort(s.byStatus["case-by-case"])}</td>
            <td>{formatShareRangeShort(s.byStatus.denied)}</td>
            <td data-value={s.valueAtRiskUsd?.high ?? ""}>{formatUsdRangeShort(s.valueAtRiskUsd)}</td>
            <td>{s.drivers.join(", ") || "—"}</td>
            <td>
              {s.countedCount} of {s.finalCount}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
