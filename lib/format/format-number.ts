const compactUsd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  notation: "compact",
  maximumFractionDigits: 1,
});

/** "$1.4B"; an em dash for a gap, so a missing number never reads as zero. */
export function formatUsdCompact(value: number | null): string {
  return value === null ? "—" : compactUsd.format(value);
}

/** Share 0..1 as a percentage with enough digits that small exposures do not read as 0. */
export function formatShare(value: number): string {
  const pct = value * 100;
  if (pct === 0) return "0 %";
  if (pct < 0.1) return `${pct.toPrecision(2)} %`;
  if (pct < 10) return `${pct.toFixed(1)} %`;
  // Never round a share that is not whole up to "100 %".
  if (pct >= 99.5 && pct < 100) return `${Math.min(pct, 99.9).toFixed(1)} %`;
  return `${pct.toFixed(0)} %`;
}

export function formatPct(value: number | null): string {
  if (value === null) return "—";
  if (value === 0) return "0 %";
  if (value < 0.01) return `${value.toPrecision(2)} %`;
  if (value < 10) return `${value.toFixed(2)} %`;
  return `${value.toFixed(1)} %`;
}
