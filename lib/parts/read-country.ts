import codes from "i18n-iso-countries/codes.json";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import it from "i18n-iso-countries/langs/it.json";
import { keyOf } from "./normalise-text";

/** The destination groups the model tells apart (Ann. 46 for US military users, Ann. 1 of 2026 for Japan). */
export type DestinationGroup = "us" | "jp" | "other";

export type CountryReading = {
  /** ISO 3166-1 alpha-2; null for "abroad" (outside China, country not given). */
  code: string | null;
  name: string;
  /** Whether goods from there leave China's customs territory: Hong Kong and Macau are flagged apart. */
  china: "mainland" | "hong-kong" | "macau" | "no";
  note: string | null;
  destinationGroup: DestinationGroup;
};

export type CountryResult = { ok: true; value: CountryReading } | { ok: false; error: string };

type LocaleFile = { countries: Record<string, string | string[]> };

/** Names no locale file holds, and names that must not be read the way a loose match would read them. */
const ALIASES: Record<string, string> = {
  prc: "CN", prchina: "CN", vrchina: "CN", volksrepublikchina: "CN", mainlandchina: "CN", chinamainland: "CN",
  festlandchina: "CN", chinecontinentale: "CN", republiquepopulairedechine: "CN", repubblicapopolarecinese: "CN",
  republicapopularchina: "CN", republicapopulardechina: "CN", chinapr: "CN",
  // "Republic of China" and ROC are Taiwan, not the People's Republic.
  roc: "TW", republicofchina: "TW", taiwanroc: "TW", chinesetaipei: "TW",
  hongkongsar: "HK", hongkongchina: "HK", hksar: "HK", macao: "MO", macau: "MO", macaosar: "MO", macausar: "MO",
  uk: "GB", korea: "KR", rok: "KR", southkorea: "KR", england: "GB", britain: "GB", greatbritain: "GB", holland: "NL",
  brd: "DE", bundesrepublikdeutschland: "DE", usa: "US", unitedstates: "US",
};

const ABROAD = new Set(["abroad", "ausland", "etranger", "extranjero", "estero", "notchina", "outsidechina"]);

const NAME_EN = new Map<string, string>();
const BY_KEY = new Map<string, string>();
for (const [a2, a3] of codes as [string, string, string, string][]) {
  BY_KEY.set(a2.toLowerCase(), a2);
  BY_KEY.set(a3.toLowerCase(), a2);
}
for (const locale of [en, de, fr, es, it] as LocaleFile[]) {
  for (const [a2, names] of Object.entries(locale.countries)) {
    for (const name of Array.isArray(names) ? names : [names]) {
      const k = keyOf(name);
      if (k.length > 2 && !BY_KEY.has(k)) BY_KEY.set(k, a2);
    }
  }
}
for (const [a2, names] of Object.entries((en as LocaleFile).countries)) {
  NAME_EN.set(a2, (Array.isArray(names) ? names[names.length - 1] : names) ?? a2);
}
for (const [k, a2] of Object.entries(ALIASES)) BY_KEY.set(k, a2);

const SEPARATE_TERRITORY =
  "is a separate customs territory: China's export controls bind goods leaving the mainland, and goods bought there may be of mainland origin, shipped on. Check where they were made.";

function reading(code: string): CountryReading {
  const name = NAME_EN.get(code) ?? code;
  const china = code === "CN" ? "mainland" : code === "HK" ? "hong-kong" : code === "MO" ? "macau" : "no";
  return {
    code,
    name,
    china,
    note: china === "hong-kong" || china === "macau" ? `${name} ${SEPARATE_TERRITORY}` : null,
    destinationGroup: code === "US" ? "us" : code === "JP" ? "jp" : "other",
  };
}

/**
 * A country as parts lists write it: ISO 3166-1 alpha-2 or alpha-3 ("CN", "CHN"), an English, German, French,
 * Spanish or Italian name ("China", "VR China", "Chine", "Deutschland", "Suisse"), or "china"/"abroad" as the
 * template's made_in column has it.
 */
export function readCountry(raw: string): CountryResult {
  const s = raw.trim();
  if (s === "") return { ok: false, error: "empty" };
  if (s.length > 64) return { ok: false, error: `"${s.slice(0, 32)}…" is not a country` };
  const k = keyOf(s);
  if (ABROAD.has(k)) return { ok: true, value: { code: null, name: "outside China (country not given)", china: "no", note: null, destinationGroup: "other" } };
  const code = BY_KEY.get(k);
  if (!code) return { ok: false, error: `"${s}" is not a country: write an ISO code (CN, DE, JP) or a name` };
  return { ok: true, value: reading(code) };
}
