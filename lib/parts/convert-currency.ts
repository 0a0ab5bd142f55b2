import type { FxRatesFile } from "../schemas/fx-rates";

export type UsdConversion =
  | {
      ok: true;
      usd: number;
      /** The rate used, as the result states it: "1 EUR = 1.1306 USD". */
      rate: { currency: string; usdPerUnit: number; text: string; series: string; confidence: string; sourceIds: string[] };
    }
  | { ok: false; error: string };

/** Converts an amount to US dollars at the file's recorded 2025 annual rate, and says which rate it used. */
export function convertToUsd(amount: number, currency: string, rates: Pick<FxRatesFile, "rates" | "meta">): UsdConversion {
  const r = rates.rates.find((x) => x.currency === currency);
  if (!r) {
    const known = rates.rates.map((x) => x.currency).join(", ");
    return { ok: false, error: `no ${rates.meta.year} reference rate is on record for ${currency} (rates on record: ${known}); give the value in one of them` };
  }
  // Multiply or divide by the rate as published, so that the stated figure is the one applied.
  const usd = r.usdPerUnit !== undefined ? amount * r.usdPerUnit : amount / (r.unitsPerUsd ?? Number.NaN);
  const usdPerUnit = r.usdPerUnit ?? 1 / (r.unitsPerUsd ?? Number.NaN);
  const text =
    currency === "USD"
      ? "US dollars, not converted"
      : r.usdPerUnit !== undefined
        ? `1 ${currency} = ${r.usdPerUnit} USD (${rates.meta.year} annual average)`
        : `1 USD = ${r.unitsPerUsd} ${currency} (${rates.meta.year} annual average)`;
  return { ok: true, usd, rate: { currency, usdPerUnit, text, series: r.series, confidence: r.confidence, sourceIds: r.sourceIds } };
}
