import type { ExposureResult, Range, SectorResult } from "../engine/exposure-types";
import { STATUSES, type Status } from "../engine/status";
import { formatCount, formatCountRange, formatShareRange, formatUsdRange } from "../format/format-number";

export type ResultSummary = {
  sectorsExposed: Range;
  sectorCount: number;
  valueAtRiskUsd: Range;
  /** Product counts by status, at the low and high ends. */
  statusCounts: { low: Record<Status, number>; high: Record<Status, number> };
  /** The value-weighted sector with the most output at risk (dependency lens) or the largest share (border), if any. */
  top: SectorResult | null;
  topDrivers: string[];
  headline: string;
  /** Why the figures are ranges, when they are. */
  rangeNote: string | null;
};

const countBy = (statuses: readonly Status[]) => {
  const out = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses) out[s] += 1;
  return out;
};

/** The answer the page, the reports and the chart exports open with: how many sectors, which first, how much value. */
export function summariseResult(result: ExposureResult): ResultSummary {
  const { scenario, sectors, products } = result;
  const exposed = { low: sectors.filter((s) => s.exposure.low > 0).length, high: sectors.filter((s) => s.exposure.high > 0).length };
  const byValue = sectors
    .filter((s) => s.basis !== "count")
    .sort((a, b) => (b.valueAtRiskUsd?.high ?? 0) - (a.valueAtRiskUsd?.high ?? 0) || b.exposure.high - a.exposure.high || b.exposure.low - a.exposure.low);
  const top = byValue[0] && byValue[0].exposure.high > 0 ? byValue[0] : null;
  const topDrivers = top?.drivers.slice(0, 3) ?? [];
  const statusCounts = { low: countBy(products.map((p) => p.status.low)), high: countBy(products.map((p) => p.status.high)) };
  const ranged = scenario.outcomes.length > 1;
  const rangeNote = ranged ? "Low: the suspension was extended; high: it lapsed. The record holds neither." : null;

  let headline: string;
  if (exposed.high === 0) {
    headline =
      scenario.lens === "border"
        ? "No item needs a licence at China's border under this scenario."
        : "No sector depends on a controlled input under this scenario: no product holds a controlled element on a caught route.";
  } else if (scenario.lens === "border") {
    headline = `At China's border, ${formatCountRange(exposed.low, exposed.high)} of ${formatCount(sectors.length, "sector")} have items that need a licence or worse${
      top ? `; ${top.name} the most: ${formatShareRange(top.exposure)} of its items` : ""
    }.`;
  } else {
    headline = `${capitalise(formatCountRange(exposed.low, exposed.high))} of ${formatCount(sectors.length, "sector")} depend on a controlled input${
      top
        ? `; most at risk: ${top.name}, ${formatShareRange(top.exposure)} of its output made outside China, through ${topDrivers.join(", ")}${
            top.valueAtRiskUsd ? ` (${formatUsdRange(top.valueAtRiskUsd)} a year at risk)` : ""
          }`
        : ""
    }.`;
  }
  return {
    sectorsExposed: exposed,
    sectorCount: sectors.length,
    valueAtRiskUsd: result.totals.valueAtRiskUsd,
    statusCounts,
    top,
    topDrivers,
    headline,
    rangeNote,
  };
}

/** "Value at risk: $1.2T a year, at 75 % licence friction" or a range; null under the border lens. */
export function describeValueAtRisk(result: ExposureResult): string | null {
  if (result.scenario.lens === "border") return null;
  return `${formatUsdRange(result.totals.valueAtRiskUsd)} a year of output made outside China depends on supply that does not arrive in time (licences at ${result.scenario.frictionPct} % friction, denials in full)`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
