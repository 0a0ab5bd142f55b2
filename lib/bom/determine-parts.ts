import { createContext } from "../engine/compute-exposure";
import type { DeterminationContext } from "../engine/determine-product";
import { statusForEndUse } from "../engine/end-use-status";
import type { Scenario } from "../engine/scenario";
import type { Status } from "../engine/status";
import type { ElementSymbol } from "../schemas/constants";
import type { Dataset } from "../schemas/dataset";
import type { BomEndUse, BomForm, BomMadeIn } from "./bom-columns";
import type { BomElement, BomPart } from "./bom-types";

/** How a user's part fares under a scenario: the BOM counterpart of ProductResult. */
export type PartResult = {
  partId: string;
  description: string;
  unitValueUsd: number;
  madeIn: BomMadeIn;
  endUse: BomEndUse;
  form: BomForm;
  elements: BomElement[];
  status: Status;
  /** The route that caught the part: bought from China (direct) or made abroad under the 0.1 % rule; null when none. */
  route: "direct" | "extraterritorial" | null;
  /**
   * China-origin controlled content as a percentage of the part's unit value: for parts made abroad that the 0.1 %
   * test applies to; null for parts bought from China, where the rule is off, and where a price is missing.
   */
  controlledContentPct: number | null;
  /** The 0.1 % rule's threshold for a part made abroad, null where it does not apply (bought from China, rule off). */
  thresholdPct: number | null;
  /** Controlled elements that caught the part, in atomic-number order. */
  drivers: ElementSymbol[];
  reason: string;
  incomplete: boolean;
  errorRows: number[];
  rows: number[];
};

export type BomContext = {
  scenario: Scenario;
  engine: DeterminationContext;
  /** Elements in atomic-number order. */
  order: ReadonlyMap<ElementSymbol, number>;
  /** Ann. 61 Part-1 elements under the scenario's reading: controlled ∩ annex list, or every controlled element. */
  part1: ReadonlySet<ElementSymbol>;
  part2Forms: ReadonlySet<string>;
  /** "Ann. 18": the measures that list a form for an element, by form and element. */
  listedBy: (form: BomForm, symbol: ElementSymbol) => string[];
  /** "an NdFeB magnet", "a sputtering target": each form's label with its article, for reasons. */
  formPhrase: (form: BomForm) => string;
  extraterritorialLabel: string;
};

/** "MOFCOM/GAC Announcement No. 18 (2025)" → "Ann. 18"; the id where the authority has no number. */
function shortMeasureName(authority: string, id: string): string {
  const m = /Announcement No\. ?(\d+)/.exec(authority);
  return m ? `Ann. ${m[1]}` : id;
}

/** The scenario's rules laid out for parts: built once per computation, shared by every part. */
export function createBomContext(dataset: Dataset, scenario: Scenario): BomContext {
  const engine = createContext(dataset, scenario);
  const et = dataset.controlRules.extraterritorial;
  const measures = new Map(dataset.measures.measures.map((m) => [m.id, m]));
  const order = new Map([...engine.table.keys()].map((s, i) => [s, i]));
  const part1 = new Set(scenario.reading === "annex" ? et.part1ElementsAnnex.filter((s) => engine.controlled.has(s)) : engine.controlled);
  const cache = new Map<string, string[]>();
  const listedBy = (form: BomForm, symbol: ElementSymbol) => {
    const key = `${form}:${symbol}`;
    let names = cache.get(key);
    if (!names) {
      const ids = engine.rules.get(form)?.measureIds ?? [];
      names = ids.flatMap((id) => {
        const m = measures.get(id);
        return m && m.elementsAdded.includes(symbol) ? [shortMeasureName(m.authority, m.id)] : [];
      });
      cache.set(key, names);
    }
    return names;
  };
  const etMeasure = measures.get(et.measureId);
  const phrases = new Map<BomForm, string>();
  const formPhrase = (form: BomForm) => {
    let phrase = phrases.get(form);
    if (phrase === undefined) {
      // "Sputtering target" → "sputtering target"; NdFeB and SmCo are not single capitalised words and stay as written.
      const label = engine.formLabel(form).replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
      phrase = withArticle(label);
      phrases.set(form, phrase);
    }
    return phrase;
  };
  return {
    scenario,
    engine,
    order,
    part1,
    part2Forms: new Set(et.part2Forms),
    listedBy,
    formPhrase,
    extraterritorialLabel: etMeasure ? shortMeasureName(etMeasure.authority, etMeasure.id) : et.measureId,
  };
}

const list = (symbols: readonly string[]) => symbols.join(", ");

/** "3.2 %", "0.089 %": two significant digits below 1 %, so a value near the 0.1 % threshold does not round onto it. */
export function formatContentPct(pct: number): string {
  if (pct === 0) return "0 %";
  if (pct < 1) return `${Number(pct.toPrecision(2))} %`;
  if (pct < 100) return `${Number(pct.toFixed(1))} %`;
  return `${Math.round(pct)} %`;
}

/** "an NdFeB magnet" and "an SmCo magnet" (read "en-dee", "ess-em"), "a sputtering target". */
function withArticle(label: string): string {
  return `${/^(?:[aeiou]|nd|smco)/i.test(label) ? "an" : "a"} ${label}`;
}

function endUseFor(endUse: BomEndUse): { endUse: "civil" | "dual" | "military"; advanced: boolean } {
  return endUse === "advanced_semiconductor" ? { endUse: "dual", advanced: true } : { endUse, advanced: false };
}

/**
 * A part under a scenario, by the engine's rules and the dataset's control rules:
 * - bought from China (made_in china): the direct route. Caught when it holds a controlled element (grams > 0) in a
 *   form the control rules list for that element. A BOM part is traded as itself, not inside a motor or a finished
 *   device, so the MOFCOM FAQ exclusions (which turn on what a component is traded as) never apply.
 * - made abroad: only the Ann. 61 0.1 % rule, and only where the scenario applies it. Annex reading: magnets and
 *   sputtering targets, Part-1 elements = controlled ∩ the annex list; broad reading: any form, every controlled
 *   element. China-origin content = Σ grams/1000 × reference price (US$/kg, the dataset's, never changed by the
 *   China-share what-if) × china_origin_share, measured against the part's unit value; caught when it is at least
 *   the threshold and above zero. A missing price (Pm, Tm) makes the test undecidable: treated as met, as for
 *   products, so a gap never hides exposure.
 * The end use then decides the status (statusForEndUse): advanced_semiconductor is a dual-use end use at an
 * advanced node.
 */
export function determinePart(part: BomPart, ctx: BomContext): PartResult {
  const { scenario, engine } = ctx;
  const controlled = engine.controlled;
  const present = part.elements.filter((e) => e.grams > 0);
  const byOrder = (a: ElementSymbol, b: ElementSymbol) => (ctx.order.get(a) ?? 0) - (ctx.order.get(b) ?? 0);
  const phrase = ctx.formPhrase(part.form);

  let drivers: ElementSymbol[] = [];
  let route: PartResult["route"] = null;
  let pct: number | null = null;
  let caughtBecause = "";
  let freeBecause = "";
  let threshold: number | null = null;

  if (part.madeIn === "china") {
    const presentControlled = present.map((e) => e.symbol).filter((s) => controlled.has(s)).sort(byOrder);
    const rule = engine.rules.get(part.form);
    drivers = rule ? presentControlled.filter((s) => rule.elements === "any" || rule.elements.includes(s)) : [];
    if (drivers.length > 0) {
      route = "direct";
      const measures = [...new Set(drivers.flatMap((s) => ctx.listedBy(part.form, s)))];
      const basis = measures.length > 0 ? `${measures.join(", ")} form` : "a listed form";
      caughtBecause = `${list(drivers)} in ${phrase} bought from China: ${basis} (traded as itself, so no FAQ exclusion applies)`;
    } else if (presentControlled.length > 0) {
      freeBecause = `bought from China, but ${phrase} is not a listed form for ${list(presentControlled)}`;
    } else {
      freeBecause = noControlledContent(part, controlled);
    }
  } else {
    threshold = scenario.extraterritorial ? scenario.deMinimisPct : null;
    const reading = `${ctx.extraterritorialLabel} ${scenario.reading} reading`;
    const part1Present = present.filter((e) => ctx.part1.has(e.symbol));
    if (!scenario.extraterritorial || threshold === null) {
      freeBecause = `made abroad and the ${ctx.engine.extraterritorial.defaultThresholdPct} % rule is not in force in this scenario`;
    } else if (scenario.reading === "annex" && !ctx.part2Forms.has(part.form)) {
      freeBecause = `made abroad; under the ${reading} the ${threshold} % rule covers magnets and sputtering targets, not ${phrase}`;
    } else if (part1Present.length === 0) {
      const held = present.map((e) => e.symbol).filter((s) => controlled.has(s)).sort(byOrder);
      freeBecause =
        held.length > 0
          ? `made abroad; ${list(held)} ${held.length === 1 ? "is" : "are"} not among the rule's Part-1 elements (${reading})`
          : `made abroad; ${noControlledContent(part, controlled)}`;
    } else {
      let usd = 0;
      const unpriced: ElementSymbol[] = [];
      const chinese: ElementSymbol[] = [];
      for (const e of part1Present) {
        const share = e.chinaOriginShare ?? 1;
        if (share <= 0) continue;
        chinese.push(e.symbol);
        const price = engine.table.get(e.symbol)?.usdPerKg ?? null;
        if (price === null) unpriced.push(e.symbol);
        else usd += (e.grams / 1000) * price * share;
      }
      chinese.sort(byOrder);
      unpriced.sort(byOrder);
      const names = list(part1Present.map((e) => e.symbol).sort(byOrder));
      if (unpriced.length > 0) {
        // As for products: an unknown price makes the test undecidable, and an undecided test counts as met.
        drivers = chinese;
        route = "extraterritorial";
        caughtBecause = `Made abroad: no reference price for ${list(unpriced)}, so the ${threshold} % test on China-origin ${list(chinese)} content cannot be decided and is treated as met (${reading})`;
      } else {
        pct = (usd / part.unitValueUsd) * 100;
        if (usd > 0 && pct >= threshold) {
          drivers = chinese;
          route = "extraterritorial";
          caughtBecause = `Made abroad: China-origin ${list(chinese)} content ${formatContentPct(pct)} of value ≥ ${threshold} % threshold (${reading})`;
        } else {
          freeBecause =
            chinese.length === 0
              ? `made abroad with no China-origin ${names} (share 0)`
              : `made abroad; China-origin ${list(chinese)} content ${formatContentPct(pct)} of value, below the ${threshold} % threshold (${reading})`;
        }
      }
    }
  }

  let status: Status = "free";
  let reason: string;
  if (drivers.length > 0) {
    const { endUse, advanced } = endUseFor(part.endUse);
    const decided = statusForEndUse(endUse, advanced, scenario);
    status = decided.status;
    // Punctuation as in the examples: "…bought from China: Ann. 18 form; licence…", "…(Ann. 61 annex reading): licence…".
    reason = `${caughtBecause}${route === "direct" ? ";" : ":"} ${decided.note}.`;
  } else {
    reason = `Free: ${freeBecause}.`;
  }
  if (part.incomplete) reason += ` Incomplete: row${part.errorRows.length === 1 ? "" : "s"} ${part.errorRows.join(", ")} rejected.`;

  return {
    partId: part.partId,
    description: part.description,
    unitValueUsd: part.unitValueUsd,
    madeIn: part.madeIn,
    endUse: part.endUse,
    form: part.form,
    elements: part.elements,
    status,
    route,
    controlledContentPct: pct,
    thresholdPct: threshold,
    drivers,
    reason,
    incomplete: part.incomplete,
    errorRows: part.errorRows,
    rows: part.rows,
  };
}

function noControlledContent(part: BomPart, controlled: ReadonlySet<ElementSymbol>): string {
  if (controlled.size === 0) return "no element is controlled in this scenario";
  const held = [...new Set(part.elements.filter((e) => e.grams > 0).map((e) => e.symbol))];
  if (held.length === 0) return "holds no rare earth (0 g)";
  return `holds no controlled element (${list(held)} ${held.length === 1 ? "is" : "are"} not controlled in this scenario)`;
}

/** Every part under one scenario. */
export function determineParts(dataset: Dataset, scenario: Scenario, parts: readonly BomPart[]): PartResult[] {
  const ctx = createBomContext(dataset, scenario);
  return parts.map((p) => determinePart(p, ctx));
}
