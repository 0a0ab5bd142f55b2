import type { ComponentForm, ElementSymbol } from "../schemas/constants";
import type { ControlItem } from "../schemas/control-codes";
import { type Evidence, LINE_TYPE_LABELS, LINE_TYPES, type LineClassification, type LineType, type TradedAs } from "./line-types";
import { keyOf } from "./normalise-text";
import { type CustomsCodeReading, readCustomsCode } from "./read-customs-code";
import { type DescriptionReading, readDescription } from "./read-description";

export type ClassifyInput = {
  description?: string | null;
  hsCode?: string | null;
  /** An explicit type column: a line type, a component form, or words ("Magnet", "Motor", "none"). */
  typeColumn?: string | null;
};

const MAGNETS: readonly LineType[] = ["ndfeb_magnet", "smco_magnet", "bonded_magnet", "magnet_unspecified"];

/** Names a type column may hold exactly: the line types, the project's component forms, and "none". */
const EXACT_TYPES = new Map<string, LineType>([
  ...LINE_TYPES.map((t) => [keyOf(t), t] as const),
  [keyOf("oxide_compound"), "oxide_powder"],
  [keyOf("metal"), "re_metal"],
  [keyOf("magnet"), "magnet_unspecified"],
  ...["none", "no re", "no rare earth", "no rare earths", "kein se", "keine seltenen erden", "sans terres rares", "sin tierras raras", "nessuna terra rara"].map((n) => [keyOf(n), "no_rare_earth"] as const),
]);

function formFor(type: LineType, d: DescriptionReading | null): ComponentForm | null {
  switch (type) {
    case "ndfeb_magnet":
      return "ndfeb_magnet";
    case "smco_magnet":
      return "smco_magnet";
    case "bonded_magnet":
      return d?.smcoKind || d?.matched.includes("sm") ? "smco_magnet" : "ndfeb_magnet";
    case "motor_or_rotor_assembly":
      // The magnets inside; stated only when the line names magnets or an application sources give magnets for.
      return d && (d.specific || d.application) ? (d.smcoKind ? "smco_magnet" : "ndfeb_magnet") : null;
    case "sputtering_target":
      return "sputtering_target";
    case "oxide_powder":
      return "oxide_compound";
    case "coating":
      return "coating";
    case "phosphor":
      return "phosphor";
    case "catalyst":
      return "catalyst";
    case "alloy":
      return "alloy";
    case "re_metal":
      return "metal";
    case "doped_fibre":
      return "doped_fibre";
    default:
      return null;
  }
}

const DEFAULT_TRADED_AS: Record<LineType, TradedAs> = {
  ndfeb_magnet: "listed",
  smco_magnet: "listed",
  bonded_magnet: "listed",
  magnet_unspecified: "listed",
  motor_or_rotor_assembly: "unknown",
  sensor: "unknown",
  sputtering_target: "listed",
  oxide_powder: "listed",
  coating: "coating",
  phosphor: "phosphor",
  catalyst: "catalyst",
  alloy: "listed",
  re_metal: "listed",
  doped_fibre: "listed",
  finished_electronics: "finished_electronics",
  no_rare_earth: "not_applicable",
  unknown: "unknown",
};

/** A specific magnet type refines "magnet" without contradicting it. */
function agree(a: LineType, b: LineType): boolean {
  if (a === b) return true;
  return (a === "magnet_unspecified" && MAGNETS.includes(b)) || (b === "magnet_unspecified" && MAGNETS.includes(a));
}
const moreSpecific = (a: LineType, b: LineType) => (a === "magnet_unspecified" ? b : a);

/**
 * Classifies one line of a parts list from its type column, its description and its customs code. The type column
 * outranks the description, which outranks the code; where two of them disagree the line says so in `conflicts`
 * and its confidence drops to low. Pure and bounded by the cell limits of its inputs.
 */
export function classifyLine(input: ClassifyInput, controlItems: readonly Pick<ControlItem, "codes" | "elements">[] = []): LineClassification {
  const evidence: Evidence[] = [];
  const conflicts: string[] = [];
  const notes: string[] = [];

  let column: { type: LineType; exact: boolean; reading: DescriptionReading | null; text: string } | null = null;
  const colText = input.typeColumn?.trim() ?? "";
  if (colText !== "") {
    const exact = EXACT_TYPES.get(keyOf(colText));
    const reading = exact ? null : readDescription(colText);
    const type = exact ?? reading?.type ?? "unknown";
    column = { type, exact: !!exact, reading, text: colText };
    evidence.push({ from: "type-column", matched: colText.slice(0, 64), reads: type === "unknown" ? "a type this check does not know" : LINE_TYPE_LABELS[type], types: [type] });
  }
  const desc = input.description?.trim() ? readDescription(input.description) : null;
  if (desc && desc.type !== "unknown") evidence.push({ from: "description", matched: desc.matched, reads: desc.reads, types: [desc.type] });
  const code: CustomsCodeReading | null = input.hsCode?.trim() ? readCustomsCode(input.hsCode, controlItems) : null;
  if (code && code.types.length > 0) evidence.push({ from: "customs-code", matched: code.digits, reads: code.reads, types: code.types });
  if (input.hsCode?.trim() && !code) notes.push(`The customs code "${input.hsCode.trim().slice(0, 32)}" is not a code (4 to 14 digits); it was not read.`);

  // The type: the column, refined by the description; else the description; else what the code implies alone.
  let type: LineType = "unknown";
  let from: "type-column" | "description" | "customs-code" | null = null;
  if (column && column.type !== "unknown") {
    type = column.type;
    from = "type-column";
    if (desc && desc.type !== "unknown") {
      if (agree(column.type, desc.type)) type = moreSpecific(column.type, desc.type);
      else conflicts.push(`The type column says ${LINE_TYPE_LABELS[column.type]} but the description reads as ${LINE_TYPE_LABELS[desc.type]} ("${desc.matched}"); the type column is used.`);
    }
  } else if (desc && desc.type !== "unknown") {
    type = desc.type;
    from = "description";
  } else if (code?.implies) {
    type = code.implies;
    from = "customs-code";
  }
  if (code && code.types.length > 0 && type !== "unknown" && !code.types.some((t) => agree(t, type))) {
    conflicts.push(`The ${from === "type-column" ? "type column" : "description"} reads as ${LINE_TYPE_LABELS[type]} but ${code.reads}.`);
  }
  if (type === "magnet_unspecified" && code?.implies === "magnet_unspecified" && from === "customs-code") {
    notes.push("A permanent magnet of metal: NdFeB, SmCo or AlNiCo. Its material decides whether it is a controlled item.");
  }

  const reading = from === "type-column" ? (desc && agree(column?.type ?? "unknown", desc.type) ? desc : column?.reading ?? null) : from === "description" ? desc : null;
  // The item description governs, never the code: a shared or target code (2846901993, 8486909110) lists the elements of
  // every item it may be, so its elements are candidates (the triage's code candidates), never the part's content.
  const elements = new Set<ElementSymbol>([...(desc?.elements ?? []), ...(column?.reading?.elements ?? [])]);
  const declaredFree = [...new Set([...(desc?.declaredFree ?? []), ...(column?.reading?.declaredFree ?? [])])];
  for (const e of declaredFree) elements.delete(e);
  notes.push(...(desc?.notes ?? []));

  let confidence: LineClassification["confidence"];
  const codeAgrees = !!code && code.types.length > 0 && code.types.some((t) => agree(t, type));
  if (type === "unknown") confidence = "none";
  else if (conflicts.length > 0) confidence = "low";
  else if (from === "type-column") confidence = column?.exact || codeAgrees ? "high" : "medium";
  else if (from === "description") confidence = desc?.specific || codeAgrees ? "high" : "medium";
  else confidence = "low";

  const tradedAs = reading?.tradedAs ?? DEFAULT_TRADED_AS[type];
  return {
    type,
    grade: reading?.grade ?? null,
    smcoKind: reading?.smcoKind ?? null,
    application: reading?.application ?? desc?.application ?? null,
    form: formFor(type, reading),
    tradedAs: type === "motor_or_rotor_assembly" && tradedAs === "unknown" ? "motor" : tradedAs,
    elements: [...elements],
    declaredFree,
    grainBoundaryDiffused: !!(desc?.grainBoundaryDiffused || column?.reading?.grainBoundaryDiffused),
    materials: [...new Set([...(desc?.materials ?? []), ...(column?.reading?.materials ?? [])])],
    evidence,
    confidence,
    conflicts,
    doubts: [...(reading?.doubts ?? [])],
    notes,
  };
}
