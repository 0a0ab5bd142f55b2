import { keyOf } from "./normalise-text";

/** The end uses the measures tell apart: military users may be denied; advanced-node chip making is case-by-case. */
export const END_USES = ["civil", "dual", "military", "advanced_semiconductor"] as const;
export type EndUse = (typeof END_USES)[number];

const WORDS: [EndUse, string[]][] = [
  ["civil", ["civil", "civilian", "commercial", "industrial", "consumer", "automotive", "zivil", "civile", "comercial", "commerciale", "nonmilitary"]],
  ["dual", ["dual", "dualuse", "dual use", "duale verwendung", "doppelverwendung", "double usage", "double use", "doble uso", "duplice uso"]],
  [
    "military",
    ["military", "military end use", "defence", "defense", "mil", "militar", "militaer", "militarisch", "rustung", "verteidigung", "militaire", "defense nationale", "militare", "difesa", "armed forces"],
  ],
  ["advanced_semiconductor", ["advanced semiconductor", "advanced_semiconductor", "semiconductor", "advanced node", "chip fab", "wafer fab", "halbleiter", "semiconducteur", "semiconductor fab"]],
];

const BY_KEY = new Map<string, EndUse>(WORDS.flatMap(([use, names]) => names.map((n) => [keyOf(n), use] as const)));

export type EndUseResult = { ok: true; value: EndUse } | { ok: false; error: string };

/** An end use as parts lists and the template write it: civil, dual, military, advanced_semiconductor, or a word for one. */
export function readEndUse(raw: string): EndUseResult {
  const s = raw.trim();
  if (s.length > 64) return { ok: false, error: `"${s.slice(0, 32)}…" is not an end use` };
  const hit = BY_KEY.get(keyOf(s));
  return hit ? { ok: true, value: hit } : { ok: false, error: `"${s}" is not an end use; expected one of ${END_USES.join(", ")}` };
}
