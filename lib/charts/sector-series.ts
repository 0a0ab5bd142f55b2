import type { ExposureResult, Range, SectorBasis } from "../engine/exposure-types";
import { formatShareRangeShort } from "../format/format-number";

export type SectorSeriesRow = {
  sectorId: string;
  name: string;
  basis: SectorBasis;
  /** Percent of the sector at the low end, by status: the solid, stacked part of the bar. */
  license: number;
  caseByCase: number;
  denied: number;
  /** Percent at the low and high ends: the bar runs to `low`, the range mark on to `high`. */
  low: number;
  high: number;
  /** The exposure as every view prints it: "99.9 %", "7.1–40 %". */
  display: string;
  exposedValueUsd: Range | null;
  valueAtRiskUsd: Range | null;
  drivers: string[];
};

const pct = (x: number) => Math.round(x * 10000) / 100;
const BASIS_ORDER: Record<SectorBasis, number> = { value: 0, items: 0, count: 1 };

/**
 * Sector exposure as chart rows. Value-weighted sectors first, by value at risk (how badly), then by exposure; sectors
 * weighed by product count after them, by exposure, so that the two are never read on one scale without a mark.
 */
export function toSectorSeries(result: ExposureResult): SectorSeriesRow[] {
  return result.sectors
    .map((s) => ({
      sectorId: s.id,
      name: s.name,
      basis: s.basis,
      license: pct(s.byStatus.license.low),
      caseByCase: pct(s.byStatus["case-by-case"].low),
      denied: pct(s.byStatus.denied.low),
      low: pct(s.exposure.low),
      high: pct(s.exposure.high),
      display: formatShareRangeShort(s.exposure),
      exposedValueUsd: s.exposedValueUsd,
      valueAtRiskUsd: s.valueAtRiskUsd,
      drivers: s.drivers,
    }))
    .sort(
      (a, b) =>
        BASIS_ORDER[a.basis] - BASIS_ORDER[b.basis] ||
        (b.valueAtRiskUsd?.high ?? 0) - (a.valueAtRiskUsd?.high ?? 0) ||
        b.high - a.high ||
        b.low - a.low ||
        a.name.localeCompare(b.name),
    );
}
