// What a customs code says about a line: only what the HS heading texts (international, first 4–6 digits) and the
// control-code table (China's 10-digit reference codes) justify. Everything else says nothing.
import type { ElementSymbol } from "../schemas/constants";
import type { ControlItem } from "../schemas/control-codes";
import type { LineType } from "./line-types";

export type CustomsCodeReading = {
  /** The digits read: "850511", "2805301200". */
  digits: string;
  /** "HS 8505.11: permanent magnets of metal (NdFeB, SmCo or AlNiCo)". */
  reads: string;
  /** Line types the code allows; empty when the code says nothing about rare earths. */
  types: LineType[];
  /** The type the code implies alone, when it implies one. */
  implies: LineType | null;
  /** Elements China's control-code table attaches to the exact code (2805301200 → Dy). */
  elements: ElementSymbol[];
};

type Heading = { prefix: string; reads: string; types: LineType[]; implies: LineType | null };

/** HS headings (WCO nomenclature, the same in every country's first six digits) that decide or narrow a line. */
const HEADINGS: Heading[] = [
  { prefix: "850511", reads: "HS 8505.11: permanent magnets of metal (NdFeB, SmCo or AlNiCo)", types: ["ndfeb_magnet", "smco_magnet", "bonded_magnet", "magnet_unspecified", "no_rare_earth"], implies: "magnet_unspecified" },
  { prefix: "850519", reads: "HS 8505.19: other permanent magnets, not of metal (ferrite, or bonded)", types: ["bonded_magnet", "magnet_unspecified", "no_rare_earth"], implies: null },
  { prefix: "8505", reads: "HS 8505: electro-magnets, permanent magnets and magnetic holding devices", types: ["ndfeb_magnet", "smco_magnet", "bonded_magnet", "magnet_unspecified", "no_rare_earth"], implies: null },
  { prefix: "8501", reads: "HS 8501: electric motors and generators", types: ["motor_or_rotor_assembly"], implies: "motor_or_rotor_assembly" },
  { prefix: "8503", reads: "HS 8503: parts of motors and generators (rotors, stators, housings…)", types: ["motor_or_rotor_assembly", "no_rare_earth"], implies: null },
  { prefix: "280530", reads: "HS 2805.30: rare-earth metals, scandium and yttrium", types: ["re_metal", "alloy"], implies: "re_metal" },
  { prefix: "2846", reads: "HS 2846: compounds of rare-earth metals, yttrium or scandium", types: ["oxide_powder", "phosphor", "coating"], implies: "oxide_powder" },
  { prefix: "320650", reads: "HS 3206.50: inorganic products used as luminophores (phosphors)", types: ["phosphor"], implies: "phosphor" },
  { prefix: "3815", reads: "HS 3815: reaction initiators, accelerators and catalytic preparations", types: ["catalyst"], implies: "catalyst" },
  { prefix: "900110", reads: "HS 9001.10: optical fibres", types: ["doped_fibre", "no_rare_earth"], implies: null },
  { prefix: "8518", reads: "HS 8518: microphones, loudspeakers, headphones", types: ["finished_electronics"], implies: "finished_electronics" },
  { prefix: "8471", reads: "HS 8471: computers", types: ["finished_electronics"], implies: "finished_electronics" },
  { prefix: "8517", reads: "HS 8517: telephones and network equipment", types: ["finished_electronics"], implies: "finished_electronics" },
  { prefix: "8528", reads: "HS 8528: monitors and television receivers", types: ["finished_electronics"], implies: "finished_electronics" },
  { prefix: "7318", reads: "HS 7318: screws, bolts, nuts, washers, rivets of iron or steel", types: ["no_rare_earth"], implies: "no_rare_earth" },
  { prefix: "8544", reads: "HS 8544: insulated wire and cable", types: ["no_rare_earth"], implies: "no_rare_earth" },
  { prefix: "8482", reads: "HS 8482: ball and roller bearings", types: ["no_rare_earth"], implies: "no_rare_earth" },
  { prefix: "4016", reads: "HS 4016: articles of vulcanised rubber (gaskets, seals)", types: ["no_rare_earth"], implies: "no_rare_earth" },
];

/** China's reference codes that the control-code table attaches to targets, oxides and compounds only. */
const REFERENCE_ONLY: { code: string; reads: string; types: LineType[]; implies: LineType | null }[] = [
  { code: "8486909110", reads: "China reference code 8486909110: rare-earth sputtering targets (every element's)", types: ["sputtering_target", "alloy"], implies: "sputtering_target" },
  { code: "3824999922", reads: "China reference code 3824999922: rare-earth targets, oxide mixtures and compound mixtures", types: ["sputtering_target", "oxide_powder", "alloy"], implies: null },
];

/**
 * Reads a customs code cell: "8505.11", "8505 11 00", "2805301200". Only digits count; a code of fewer than four
 * digits says nothing. Elements come from China's control-code table where the code is one of its reference codes.
 */
export function readCustomsCode(raw: string, controlItems: readonly Pick<ControlItem, "codes" | "elements">[] = []): CustomsCodeReading | null {
  if (raw.length > 64) return null;
  const digits = raw.replace(/[\s.\-/]/g, "");
  if (!/^\d{4,14}$/.test(digits)) return null;
  const elements = new Set<ElementSymbol>();
  if (digits.length === 10 || digits.length === 8) {
    for (const item of controlItems) {
      if (item.codes.some((c) => c.code === digits || (c.code.length === 8 && digits.startsWith(c.code)))) for (const e of item.elements) elements.add(e);
    }
  }
  const ref = REFERENCE_ONLY.find((r) => r.code === digits);
  if (ref) return { digits, reads: ref.reads, types: ref.types, implies: ref.implies, elements: [...elements] };
  const heading = HEADINGS.find((h) => digits.startsWith(h.prefix));
  if (!heading) return { digits, reads: `HS ${digits.slice(0, 4)}.${digits.slice(4, 6)}: no rare-earth reading`, types: [], implies: null, elements: [...elements] };
  return { digits, reads: heading.reads, types: heading.types, implies: heading.implies, elements: [...elements] };
}
