/**
 * How far the report's tables (CSV and XLSX) round the engine's figures: to what a source can support, and no float
 * noise (0.11429768638094467 is written 0.1143). The JSON report and the API keep full precision.
 *
 *   shares (exposure, dependence, by status)   4 decimal places of the fraction: 0.1143 = 11.43 %
 *   percentages of value (content, threshold)  4 decimal places of the percentage: 0.0123 %
 *   aggregate US$ (annual value, value at risk) whole dollars
 *   unit values, US$                           cents
 *   annual units                               2 decimal places (a few volumes are fractional: 1.2 million t)
 */
export const REPORT_PRECISION = { share: 4, percentOfValue: 4, usd: 0, unitUsd: 2, units: 2 } as const;

/** Half away from zero at `places` decimals; the result is the double nearest the decimal, so it prints without noise. */
export function roundTo(value: number, places: number): number {
  const f = 10 ** places;
  const r = Math.round(Math.abs(value) * f) / f;
  return value < 0 && r !== 0 ? -r : r;
}

type Rounder = <T extends number | null>(value: T) => T;
const rounder = (places: number): Rounder => ((value: number | null) => (value === null ? null : roundTo(value, places))) as Rounder;

export const roundShare = rounder(REPORT_PRECISION.share);
export const roundPercentOfValue = rounder(REPORT_PRECISION.percentOfValue);
export const roundUsd = rounder(REPORT_PRECISION.usd);
export const roundUnitUsd = rounder(REPORT_PRECISION.unitUsd);
export const roundUnits = rounder(REPORT_PRECISION.units);
