import type { ExposureResult } from "../engine/exposure-types";

export type SectorSeriesRow = {
  sectorId: string;
  name: string;
  /** Percent of the sector's value (or products) at risk, by status. */
  license: number;
  caseByCase: number;
  denied: number;
  total: number;
  valueAtRiskUsd: number | null;
  basis: "annual-value" | "product-count";
  drivers: string[];
};

const pct = (x: number) => Math.round(x * 10000) / 100;

/** Sector exposure as chart rows, most exposed first. */
export function toSectorSeries(result: ExposureResult): SectorSeriesRow[] {
  return result.sectors
    .map((s) => ({
      sectorId: s.id,
      name: s.name,
      license: pct(s.byStatus.license.exposure),
      caseByCase: pct(s.byStatus["case-by-case"].exposure),
      denied: pct(s.byStatus.denied.exposure),
      total: pct(s.exposure),
      valueAtRiskUsd: s.valueAtRiskUsd,
      basis: s.exposureBasis,
      drivers: s.drivers,
    }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}
