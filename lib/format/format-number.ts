const compactUsd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  notation: "compact",
  maximumSignificantDigits: 3,
});

/** "$1.95T", "$226B"; an em dash for a gap, so a missing number never reads as zero. */
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

/** A range of shares: one figure when both ends agree, else "between X and Y". */
export function formatShareRange(r: { low: number; high: number }): string {
  const lo = formatShare(r.low);
  const hi = formatShare(r.high);
  return lo === hi ? lo : `between ${lo} and ${hi}`;
}

/** A range of shares for narrow cells: "12 %" or "12–40 %". */
export function formatShareRangeShort(r: { low: number; high: number }): string {
  const lo = formatShare(r.low);
  const hi = formatShare(r.high);
  return lo === hi ? lo : `${lo.replace(/ %$/, "")}–${hi}`;
}

/** A range of US$ amounts: "$1.4B", "between $1.4B and $2B", or an em dash for a gap. */
export function formatUsdRange(r: { low: number; high: number } | null): string {
  if (r === null) return "—";
  const lo = formatUsdCompact(r.low);
  const hi = formatUsdCompact(r.high);
  return lo === hi ? lo : `between ${lo} and ${hi}`;
}

export function formatUsdRangeShort(r: { low: number; high: number } | null): string {
  if (r === null) return "—";
  const lo = formatUsdCompact(r.low);
  const hi = formatUsdCompact(r.high);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/** "1 product", "3 products": a count with its noun, never "1 products". */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : plural}`;
}

/** "7" or "between 7 and 9": a count the record leaves open. */
export function formatCountRange(low: number, high: number): string {
  return low === high ? low.toLocaleString("en-US") : `between ${low.toLocaleString("en-US")} and ${high.toLocaleString("en-US")}`;
}

const MINUS = "\u2212";
/** Differences this close to zero are float noise from subtracting two computed shares, not a change. */
const DELTA_EPSILON = 1e-9;

/** A change of share (0..1 units) in percentage points: "+38 pts", "−2.1 pts", "+0.042 pts", "0 pts". */
export function formatPointsDelta(delta: number): string {
  const pts = delta * 100;
  if (Math.abs(pts) < DELTA_EPSILON) return "0 pts";
  const abs = Math.abs(pts);
  const text = abs < 0.1 ? abs.toPrecision(2) : abs < 10 ? abs.toFixed(1) : abs.toFixed(0);
  return `${pts > 0 ? "+" : MINUS}${text} pts`;
}

/** A change at each end of a range: "+38 pts", or "+5 to +12 pts" (low end, high end). */
export function formatPointsDeltaRange(r: { low: number; high: number }): string {
  const lo = formatPointsDelta(r.low);
  const hi = formatPointsDelta(r.high);
  return lo === hi ? lo : `${lo.replace(/ pts$/, "")} to ${hi}`;
}

/** A change of US$: "+$223K", "−$1.2B", "$0"; an em dash for a gap. */
export function formatUsdDelta(delta: number | null): string {
  if (delta === null) return "—";
  if (Math.abs(delta) < 0.005) return "$0";
  return `${delta > 0 ? "+" : MINUS}${formatUsdCompact(Math.abs(delta))}`;
}

/** "+$223K", or "+$1.2B to +$3B" (low end, high end). */
export function formatUsdDeltaRange(r: { low: number; high: number } | null): string {
  if (r === null) return "—";
  const lo = formatUsdDelta(r.low);
  const hi = formatUsdDelta(r.high);
  return lo === hi ? lo : `${lo} to ${hi}`;
}
