import type { ElementSymbol } from "../schemas/constants";
import type { Composition, PctRange, TypicalCompositionFile } from "../schemas/typical-composition";
import type { LineClassification } from "./line-types";

export type EstimateInput = {
  classification: LineClassification;
  /** The line's unit value in US dollars, converted at the recorded rate; null when not given. */
  unitValueUsd: number | null;
  /** The part's net mass per unit in grams (a weight column); null when not given. */
  netMassG: number | null;
  /** Grams per unit the line gives itself, by element: these are used as they are, never estimated. */
  gramsByElement?: Partial<Record<ElementSymbol, number>> | null;
};

export type ElementContent = {
  element: ElementSymbol;
  /** Grams per unit of the part. */
  lowG: number;
  highG: number;
  /** Null where no central value is on record (NF), or where the mass itself is only a range. */
  centralG: number | null;
  estimated: boolean;
};

export type ContentEstimate =
  | {
      ok: true;
      elements: ElementContent[];
      /** Dy + Tb together where their split is not on record (UH, EH, AH grades). */
      heavyRareEarths: { lowG: number; highG: number } | null;
      /** The mass the estimate rests on: the magnet's or material's, in grams per unit. */
      mass: { lowG: number; highG: number; basis: string } | null;
      estimated: boolean;
      /** In words, with the arithmetic: what the line's figures rest on. */
      basis: string[];
      compositionKey: string | null;
      sourceIds: string[];
      confidence: string;
    }
  | { ok: false; insufficient: string[] };

type Tables = Pick<TypicalCompositionFile, "compositions" | "magnetPrices" | "magnetMasses" | "meta">;

const fmt = (g: number) => (g >= 100 ? g.toFixed(0) : g >= 1 ? g.toFixed(2) : g.toPrecision(2));
const unique = <T,>(xs: T[]) => [...new Set(xs)];

function given(input: EstimateInput): ContentEstimate | null {
  const grams = input.gramsByElement;
  if (!grams) return null;
  const entries = Object.entries(grams).filter(([, g]) => typeof g === "number") as [ElementSymbol, number][];
  if (entries.length === 0) return null;
  return {
    ok: true,
    elements: entries.map(([element, g]) => ({ element, lowG: g, highG: g, centralG: g, estimated: false })),
    heavyRareEarths: null,
    mass: null,
    estimated: false,
    basis: ["Grams per unit as the line gives them."],
    compositionKey: null,
    sourceIds: [],
    confidence: "given",
  };
}

function compositionFor(c: LineClassification, t: Tables): Composition | null {
  const by = (key: string) => t.compositions.find((x) => x.key === key) ?? null;
  switch (c.type) {
    case "ndfeb_magnet":
      if (c.grade) return by(`ndfeb:${c.grade.family}`);
      if (c.application === "ev_traction") return by("ndfeb:ev-traction");
      return by("ndfeb:unknown-grade");
    case "smco_magnet":
      return by(c.smcoKind ? `smco:${c.smcoKind}` : "smco:unknown-kind");
    case "oxide_powder":
    case "coating": {
      if (c.elements.length !== 1) return null;
      const el = c.elements[0];
      // 7YSZ: a coating or powder naming YSZ; otherwise the element's oxide.
      const ysz = c.materials.some((m) => /ysz/.test(m));
      if (ysz && el === "Y") return by("oxide:7YSZ");
      return t.compositions.find((x) => x.key.startsWith("oxide:") && x.element === el && x.key !== "oxide:7YSZ") ?? null;
    }
    case "alloy":
      if (c.materials.some((m) => m.startsWith("terfenol"))) return by("alloy:terfenol-d");
      if (c.elements.length === 1 && c.elements[0] === "Sc") return by("alloy:al-sc");
      return null;
    case "catalyst":
      return by("catalyst:autocatalyst");
    default:
      return null;
  }
}

/** Element grams from a mass range and a composition; GBD lines take ⅓–½ of the Dy and Tb (S162). */
function applyComposition(
  comp: Composition,
  mass: { lowG: number; highG: number; centralG: number | null },
  c: LineClassification,
  t: Tables,
  basis: string[],
): { elements: ElementContent[]; heavyRareEarths: { lowG: number; highG: number } | null } {
  const gbd = c.grainBoundaryDiffused && (comp.lineType === "ndfeb_magnet");
  const f = t.meta.grainBoundaryDiffusion;
  if (gbd) basis.push(f.basis);
  const elements: ElementContent[] = [];
  for (const [el, range] of Object.entries(comp.elements) as [ElementSymbol, PctRange][]) {
    const heavy = el === "Dy" || el === "Tb";
    const lo = gbd && heavy ? f.lowFactor : 1;
    const hi = gbd && heavy ? f.highFactor : 1;
    if (c.declaredFree.includes(el)) {
      elements.push({ element: el, lowG: 0, highG: 0, centralG: 0, estimated: false });
      basis.push(`${el}: 0, as the line declares the part ${el}-free.`);
      continue;
    }
    elements.push({
      element: el,
      lowG: (mass.lowG * range.lowPct * lo) / 100,
      highG: (mass.highG * range.highPct * hi) / 100,
      centralG: mass.centralG !== null && range.centralPct !== null && !gbd ? (mass.centralG * range.centralPct) / 100 : null,
      estimated: true,
    });
  }
  const h = comp.heavyRareEarthTotalPct;
  const freeOfBoth = c.declaredFree.includes("Dy") && c.declaredFree.includes("Tb");
  const heavyRareEarths = h && !freeOfBoth ? { lowG: (mass.lowG * h.lowPct * (gbd ? f.lowFactor : 1)) / 100, highG: (mass.highG * h.highPct * (gbd ? f.highFactor : 1)) / 100 } : null;
  return { elements, heavyRareEarths };
}

/**
 * Estimates a line's element content per unit when it gives no grams: the composition of its type and grade
 * (data/typical-composition.json) times a mass that is given (net weight), or estimated from its value (magnets:
 * unit value ÷ US$40–80/kg) or from a typical magnet mass a source gives for its application (EV traction, EPS,
 * small car motors). Every figure is marked estimated with its basis; where a figure would have to be invented the
 * answer is `insufficient`, listing what is missing.
 */
export function estimateContent(input: EstimateInput, tables: Tables): ContentEstimate {
  const fromLine = given(input);
  if (fromLine) return fromLine;
  const c = input.classification;
  const basis: string[] = [];

  if (c.type === "no_rare_earth") {
    return { ok: true, elements: [], heavyRareEarths: null, mass: null, estimated: false, basis: ["No rare earth in a part of this kind."], compositionKey: null, sourceIds: [], confidence: c.confidence };
  }
  if (c.type === "unknown") return { ok: false, insufficient: ["what the part is: a type column, a description naming it, or a customs code that decides it"] };
  if (c.type === "magnet_unspecified") return { ok: false, insufficient: ["the magnet's material (NdFeB, SmCo or another) and grade", "grams of each element"] };
  if (c.type === "bonded_magnet") return { ok: false, insufficient: ["grams of each element: the Dy/Tb content of bonded magnets is not on record"] };
  if (c.type === "sensor") return { ok: false, insufficient: ["grams of each element: no source gives a typical magnet mass for a sensor"] };
  if (c.type === "phosphor" || c.type === "doped_fibre") return { ok: false, insufficient: [`grams of each element: no typical composition of a ${c.type === "phosphor" ? "phosphor" : "doped fibre"} is on record`] };
  if (c.type === "finished_electronics") return { ok: false, insufficient: ["grams of each element: the content of finished electronics is not modelled"] };

  // Assemblies: a typical magnet mass where a source gives one for the application.
  if (c.type === "motor_or_rotor_assembly") {
    const row = c.application ? tables.magnetMasses.find((m) => m.application === c.application) : undefined;
    if (!row) {
      return { ok: false, insufficient: ["grams of each element, or the application: sources give a typical magnet mass only for EV traction motors, EPS motors and small car motors"] };
    }
    const comp = c.grade ? (tables.compositions.find((x) => x.key === `ndfeb:${c.grade?.family}`) ?? null) : (tables.compositions.find((x) => x.key === row.compositionKey) ?? null);
    if (!comp) return { ok: false, insufficient: ["a composition for the magnets inside"] };
    const lowG = row.gramsLow ?? 0;
    basis.push(`Magnet mass: ${row.gramsLow === null ? `up to ${fmt(row.gramsHigh)} g` : `${fmt(lowG)}–${fmt(row.gramsHigh)} g`} per unit. ${row.basis}`);
    basis.push(`Composition: ${comp.label}. ${comp.basis}`);
    const applied = applyComposition(comp, { lowG, highG: row.gramsHigh, centralG: null }, c, tables, basis);
    return {
      ok: true,
      ...applied,
      mass: { lowG, highG: row.gramsHigh, basis: row.basis },
      estimated: true,
      basis,
      compositionKey: comp.key,
      sourceIds: unique([...row.sourceIds, ...comp.sourceIds]),
      confidence: row.confidence === "EST" || comp.confidence === "EST" ? "EST" : row.confidence,
    };
  }

  // Single-element metals and targets: the element is the mass.
  if ((c.type === "re_metal" || c.type === "sputtering_target") && c.elements.length === 1) {
    const el = c.elements[0] as ElementSymbol;
    if (input.netMassG === null) return { ok: false, insufficient: ["the part's net mass (a weight column) or grams of each element"] };
    const comp = tables.compositions.find((x) => x.key === "single-element");
    basis.push(`${el}: the part's net mass, ${fmt(input.netMassG)} g. ${comp?.basis ?? ""}`.trim());
    return {
      ok: true,
      elements: [{ element: el, lowG: input.netMassG, highG: input.netMassG, centralG: input.netMassG, estimated: true }],
      heavyRareEarths: null,
      mass: { lowG: input.netMassG, highG: input.netMassG, basis: "the line's net weight" },
      estimated: true,
      basis,
      compositionKey: "single-element",
      sourceIds: [],
      confidence: "EST",
    };
  }

  const comp = compositionFor(c, tables);
  if (!comp || Object.keys(comp.elements).length === 0) {
    const what = c.elements.length > 1 ? `the composition of a ${c.type.replaceAll("_", " ")} of ${c.elements.join(", ")}` : `a typical composition for this ${c.type.replaceAll("_", " ")}`;
    return { ok: false, insufficient: ["grams of each element", `${what} (not on record)`] };
  }

  let mass: { lowG: number; highG: number; centralG: number | null; basis: string };
  if (input.netMassG !== null) {
    mass = { lowG: input.netMassG, highG: input.netMassG, centralG: input.netMassG, basis: `the line's net weight, ${fmt(input.netMassG)} g` };
  } else {
    const price = tables.magnetPrices.find((p) => p.lineType === c.type);
    if (!price || input.unitValueUsd === null) {
      const missing = ["grams of each element", "or the part's net mass (a weight column)"];
      if (price) missing.push("or its unit value, to estimate its mass");
      else missing.push(c.type === "smco_magnet" ? "(no sourced SmCo magnet price exists to estimate the mass from the value)" : "(its mass cannot be estimated from its value)");
      return { ok: false, insufficient: missing };
    }
    const v = input.unitValueUsd;
    const lowG = (v / price.usdPerKgHigh) * 1000;
    const highG = (v / price.usdPerKgLow) * 1000;
    mass = {
      lowG,
      highG,
      centralG: null,
      basis: `unit value US$${v.toFixed(2)} ÷ US$${price.usdPerKgHigh}/kg = ${fmt(lowG)} g to ÷ US$${price.usdPerKgLow}/kg = ${fmt(highG)} g`,
    };
    basis.push(`Mass: ${mass.basis}. ${price.basis}`);
  }
  if (input.netMassG !== null) basis.push(`Mass: ${mass.basis}.`);
  basis.push(`Composition: ${comp.label}. ${comp.basis}`);
  const applied = applyComposition(comp, mass, c, tables, basis);
  const priceSources = input.netMassG === null ? (tables.magnetPrices.find((p) => p.lineType === c.type)?.sourceIds ?? []) : [];
  return {
    ok: true,
    ...applied,
    mass: { lowG: mass.lowG, highG: mass.highG, basis: mass.basis },
    estimated: true,
    basis,
    compositionKey: comp.key,
    sourceIds: unique([...comp.sourceIds, ...priceSources]),
    confidence: "EST",
  };
}
