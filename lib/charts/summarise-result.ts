import type { ExposureResult } from "../engine/exposure-types";
import { STATUSES, type Status } from "../engine/status";

export type ResultSummary = {
  sectorsExposed: number;
  sectorCount: number;
  valueAtRiskUsd: number;
  statusCounts: Record<Status, number>;
  topDrivers: string[];
  headline: string;
};

/** The one-sentence answer the page opens with: how many sectors, how much value, which elements. */
export function summariseResult(result: ExposureResult): ResultSummary {
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const p of result.products) statusCounts[p.status] += 1;
  const exposed = result.sectors.filter((s) => s.exposure > 0);
  const valueAtRiskUsd = result.sectors.reduce((sum, s) => sum + (s.valueAtRiskUsd ?? 0), 0);
  const weight = new Map<string, number>();
  for (const p of result.products) for (const d of p.drivers) weight.set(d, (weight.get(d) ?? 0) + (p.valueAtRiskUsd ?? 0) + p.supplyWeight);
  const topDrivers = [...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([s]) => s);
  const headline =
    exposed.length === 0
      ? "No sector is exposed: no product holds a controlled element in a controlled form."
      : `${exposed.length} of ${result.sectors.length} sectors exposed, mostly through ${topDrivers.join(", ")}; ${statusCounts.denied} products denied, ${statusCounts["case-by-case"]} case-by-case, ${statusCounts.license} need a licence.`;
  return { sectorsExposed: exposed.length, sectorCount: result.sectors.length, valueAtRiskUsd, statusCounts, topDrivers, headline };
}
