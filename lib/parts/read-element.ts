import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";
import { keyOf } from "./normalise-text";

/** English, German, French, Spanish and Italian names of the elements, by symbol. */
const NAMES: Partial<Record<ElementSymbol, string[]>> = {
  Sc: ["scandium", "escandio", "scandio"],
  Y: ["yttrium", "itrio", "ittrio"],
  La: ["lanthanum", "lanthan", "lanthane", "lantano"],
  Ce: ["cerium", "cer", "cerio"],
  Pr: ["praseodymium", "praseodym", "praseodyme", "praseodimio"],
  Nd: ["neodymium", "neodym", "neodyme", "neodimio"],
  Pm: ["promethium", "prometio", "promezio"],
  Sm: ["samarium", "samario"],
  Eu: ["europium", "europio"],
  Gd: ["gadolinium", "gadolinio"],
  Tb: ["terbium", "terbio"],
  Dy: ["dysprosium", "disprosio"],
  Ho: ["holmium", "holmio", "olmio"],
  Er: ["erbium", "erbio"],
  Tm: ["thulium", "tulio"],
  Yb: ["ytterbium", "iterbio", "itterbio"],
  Lu: ["lutetium", "lutecium", "lutetio", "lutezio"],
};

const BY_KEY = new Map<string, ElementSymbol>();
for (const s of ELEMENT_SYMBOLS) {
  BY_KEY.set(s.toLowerCase(), s);
  for (const n of NAMES[s] ?? []) BY_KEY.set(keyOf(n), s);
}

export type ElementResult = { ok: true; value: ElementSymbol } | { ok: false; error: string };

/** A rare-earth element as a symbol ("Dy", "DY") or a name ("Dysprosium", "Disprosio"). */
export function readElement(raw: string): ElementResult {
  const s = raw.trim();
  const hit = s.length <= 24 ? (BY_KEY.get(s.toLowerCase()) ?? BY_KEY.get(keyOf(s))) : undefined;
  return hit ? { ok: true, value: hit } : { ok: false, error: `"${s.slice(0, 40)}" is not a rare-earth element; expected a symbol (${ELEMENT_SYMBOLS.join(", ")}) or its name` };
}
