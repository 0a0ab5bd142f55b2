// Numbers as every view writes them (page, charts, exports, reports): en-US digits and grouping from Intl, a space
// before "%" (the house style: "12 %"), an em dash for a gap so that a missing figure never reads as zero.

const formats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per option set, made once: building one costs far more than using it, and tables format thousands of cells. */
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat("en-US", options);
    formats.set(key, f);
  }
  return f;
}

/** A formatter made on first use and kept: the hot formatters skip even numberFormat's key building (issue 13: a toggle redraws hundreds of cells). */
function kept(options: Intl.NumberFormatOptions): () => Intl.NumberFormat {
  let f: Intl.NumberFormat | undefined;
  return () => (f ??= numberFormat(options));
}

const integer = kept({ maximumFractionDigits: 0 });
const fixed0 = kept({ minimumFractionDigits: 0, maximumFractionDigits: 0 });
const fixed1 = kept({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
const fixed2 = kept({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
const upTo1 = kept({ maximumFractionDigits: 1 });
const usdCompact = kept({ style: "currency", currency: "USD", notation: "compact", maximumSignificantDigits: 3 });

export const GAP = "—";

/** "1,234"; rounds to a whole number. */
export function formatInteger(n: number): string {
  return integer().format(n);
}

/** A plain figure: "1,234.5" (up to `maximumFractionDigits`, default 3), or to exactly `significantDigits` ("1.20", "0.000123", "1,230"). */
export function formatDecimal(n: number, opts: { maximumFractionDigits?: number; significantDigits?: number } = {}): string {
  const sd = opts.significantDigits;
  if (sd !== undefined) return numberFormat({ minimumSignificantDigits: sd, maximumSignificantDigits: sd }).format(n);
  return numberFormat({ maximumFractionDigits: opts.maximumFractionDigits ?? 3 }).format(n);
}

/**
 * A figure already in percent: "12.5 %". `fractionDigits` fixes the digits after the point; otherwise up to
 * `maximumFractionDigits` (default 1) are written, trailing zeros dropped.
 */
export function formatPercent(pct: number | null, opts: { fractionDigits?: number; maximumFractionDigits?: number } = {}): string {
  if (pct === null) return GAP;
  const f =
    opts.fractionDigits !== undefined
      ? numberFormat({ minimumFractionDigits: opts.fractionDigits, maximumFractionDigits: opts.fractionDigits })
      : opts.maximumFractionDigits === undefined
        ? upTo1()
        : numberFormat({ maximumFractionDigits: opts.maximumFractionDigits });
  return `${f.format(pct)} %`;
}

/**
 * Two significant digits for a tiny share: "0.014", and below a millionth "3.1e-9" (a column of the PDF report is
 * narrower than "0.0000000031", and the reports have always written it so).
 */
function significant2(x: number): string {
  const sig = { minimumSignificantDigits: 2, maximumSignificantDigits: 2 } as const;
  return x < 1e-6 ? numberFormat({ ...sig, notation: "scientific" }).format(x).toLowerCase() : numberFormat(sig).format(x);
}

/** Share 0..1 as a percentage with enough digits that small exposures do not read as 0. */
export function formatShare(value: number): string {
  const pct = value * 100;
  if (pct === 0) return "0 %";
  if (pct < 0.1) return `${significant2(pct)} %`;
  if (pct < 10) return `${fixed1().format(pct)} %`;
  // Never round a share that is not whole up to "100 %".
  if (pct >= 99.5 && pct < 100) return `${fixed1().format(Math.min(pct, 99.9))} %`;
  return `${fixed0().format(pct)} %`;
}

/** A figure already in percent, with more digits the smaller it is: "0.0090 %", "0.43 %", "13.6 %". */
export function formatPct(value: number | null): string {
  if (value === null) return GAP;
  if (value === 0) return "0 %";
  if (value < 0.01) return `${significant2(value)} %`;
  if (value < 10) return `${fixed2().format(value)} %`;
  return `${fixed1().format(value)} %`;
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

/** An amount of money in full: "$1,234", "$12.5", "€980" (up to 2 decimals, none when whole). */
export function formatCurrency(value: number | null, currency = "USD"): string {
  if (value === null) return GAP;
  return numberFormat({ style: "currency", currency, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value);
}

/** "$1.95T", "$226B": three significant digits, so the headline's $1.95T does not round to $2T. */
export function formatUsdCompact(value: number | null): string {
  if (value === null) return GAP;
  return usdCompact().format(value);
}

/** A range of US$ amounts: "$1.4B", "between $1.4B and $2B", or an em dash for a gap. */
export function formatUsdRange(r: { low: number; high: number } | null): string {
  if (r === null) return GAP;
  const lo = formatUsdCompact(r.low);
  const hi = formatUsdCompact(r.high);
  return lo === hi ? lo : `between ${lo} and ${hi}`;
}

/** The same for narrow cells: "$1.4B–$2B". */
export function formatUsdRangeShort(r: { low: number; high: number } | null): string {
  if (r === null) return GAP;
  const lo = formatUsdCompact(r.low);
  const hi = formatUsdCompact(r.high);
  return lo === hi ? lo : `${lo}–${hi}`;
}

/** "1 product", "3 products": a count with its noun, never "1 products". */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(n)} ${n === 1 ? singular : plural}`;
}

/** "7" or "between 7 and 9": a count the record leaves open. */
export function formatCountRange(low: number, high: number): string {
  return low === high ? formatInteger(low) : `between ${formatInteger(low)} and ${formatInteger(high)}`;
}

const MINUS = "\u2212";
/** Differences this close to zero are float noise from subtracting two computed shares, not a change. */
const DELTA_EPSILON = 1e-9;

/** A change of share (0..1 units) in percentage points: "+38 pts", "−2.1 pts", "+0.042 pts", "0 pts". */
export function formatPointsDelta(delta: number): string {
  const pts = delta * 100;
  if (Math.abs(pts) < DELTA_EPSILON) return "0 pts";
  const abs = Math.abs(pts);
  // Two significant digits under 0.1 points, one decimal under 10, whole points above.
  const text = (
    abs < 0.1
      ? numberFormat({ minimumSignificantDigits: 2, maximumSignificantDigits: 2 })
      : numberFormat({ minimumFractionDigits: abs < 10 ? 1 : 0, maximumFractionDigits: abs < 10 ? 1 : 0 })
  ).format(abs);
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
