import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";

export type ChinaShareEntries = Partial<Record<ElementSymbol | "all", number>>;

/** Reads a chinaShare parameter ("all:60,Dy:80", percent) leniently: what is not understood is left out. */
export function readChinaShareParam(raw: string | null): ChinaShareEntries {
  const out: ChinaShareEntries = {};
  if (!raw) return out;
  for (const pair of raw.split(",")) {
    const [k = "", v = ""] = pair.split(":").map((x) => x.trim());
    const n = Number(v);
    if (v === "" || !Number.isFinite(n) || n < 0 || n > 100) continue;
    const key = k.toLowerCase() === "all" ? "all" : ELEMENT_SYMBOLS.find((s) => s.toLowerCase() === k.toLowerCase());
    if (key) out[key] = n;
  }
  return out;
}

/** Sets or clears one entry ("all" or a symbol) and writes the parameter back; null when nothing is left. */
export function updateChinaShareParam(raw: string | null, key: ElementSymbol | "all", pct: number | null): string | null {
  const entries = readChinaShareParam(raw);
  if (pct === null) delete entries[key];
  else entries[key] = pct;
  // "all" first, so that a per-element value written after it wins when the parameter is parsed.
  const keys = (["all", ...ELEMENT_SYMBOLS] as const).filter((k) => entries[k] !== undefined);
  return keys.length === 0 ? null : keys.map((k) => `${k}:${entries[k]}`).join(",");
}
