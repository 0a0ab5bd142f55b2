import { keyOf, wordsOf } from "./normalise-text";

/** The end uses the measures tell apart: military users may be denied; advanced-node chip making is case-by-case. */
export const END_USES = ["civil", "dual", "military", "advanced_semiconductor"] as const;
export type EndUse = (typeof END_USES)[number];

const WORDS: [EndUse, string[]][] = [
  ["civil", ["civil", "civilian", "commercial", "industrial", "consumer", "automotive", "zivil", "civile", "comercial", "commerciale", "nonmilitary"]],
  ["dual", ["dual", "dualuse", "dual use", "duale verwendung", "doppelverwendung", "double usage", "double use", "doble uso", "duplice uso"]],
  [
    "military",
    ["military", "military end use", "defence", "defense", "mil", "militar", "militaer", "militarisch", "rustung", "verteidigung", "militaire", "defense nationale", "militare", "difesa", "armed forces",
      "army", "navy", "air force", "marines", "dod", "department of defense", "ministry of defence", "mod", "bundeswehr", "weapons", "weapon", "munitions", "munition", "ammunition",
      "defence program", "defense program", "defence programme", "defense programme", "military program", "mil spec", "milspec", "mil std", "milstd"],
  ],
  ["advanced_semiconductor", ["advanced semiconductor", "advanced_semiconductor", "semiconductor", "advanced node", "chip fab", "wafer fab", "halbleiter", "semiconducteur", "semiconductor fab"]],
];

const BY_KEY = new Map<string, EndUse>(WORDS.flatMap(([use, names]) => names.map((n) => [keyOf(n), use] as const)));

/** Words that make a longer cell military ("Army vehicle program", "MIL-STD-810G"), unless it negates them. */
const MILITARY_WORD = /\b(?:military|militar\w*|defen[cs]e|army|navy|air force|weapons?|munitions?|ammunition|missiles?|dod|bundeswehr|rustung\w*|verteidigung\w*|mil (?:spec|std|prf|dtl)\w*|milspec|milstd\w*)\b/;
const NEGATION = /\b(?:non|not|no|kein\w*|nicht|sans|sin|senza|excluding|except)\b/;

export type EndUseResult = { ok: true; value: EndUse } | { ok: false; error: string };

/** An end use as parts lists and the template write it: civil, dual, military, advanced_semiconductor, or a word for one. */
export function readEndUse(raw: string): EndUseResult {
  const s = raw.trim();
  if (s.length > 64) return { ok: false, error: `"${s.slice(0, 32)}…" is not an end use` };
  const words = wordsOf(s);
  const hit = BY_KEY.get(keyOf(s)) ?? (MILITARY_WORD.test(words) && !NEGATION.test(words) ? "military" : undefined);
  return hit ? { ok: true, value: hit } : { ok: false, error: `"${s}" is not an end use; expected one of ${END_USES.join(", ")}` };
}
