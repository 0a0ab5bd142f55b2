import type { ComponentForm, ElementSymbol } from "../schemas/common";
import type { ControlRule, ControlRulesFile } from "../schemas/control-rules";
import type { Exclusion } from "../schemas/measure";
import type { Component, Product } from "../schemas/product";
import type { ComponentResult, ProductResult } from "./exposure-types";
import { statusForEndUse } from "./end-use-status";
import type { Scenario } from "./scenario";
import type { Status } from "./status";
import { directShare, type ElementTable, inputShare } from "./supply-shares";

export type DeterminationContext = {
  scenario: Scenario;
  controlled: ReadonlySet<ElementSymbol>;
  table: ElementTable;
  rules: ReadonlyMap<ComponentForm, ControlRule>;
  exclusions: ReadonlyMap<string, Exclusion>;
  extraterritorial: ControlRulesFile["extraterritorial"];
  formLabel: (form: ComponentForm) => string;
};

/** Elements present in a component: a null gram figure means present, amount not found. */
function presentSymbols(c: Component): ElementSymbol[] {
  return c.elements.filter((e) => e.grams === null || e.grams > 0).map((e) => e.symbol);
}

type Content = { knownUsd: number; complete: boolean; present: boolean };

/**
 * Value of the listed elements' content at reference prices. `complete` is false when a gram figure or a price
 * is missing: the 0.1 % test then cannot be decided and is treated as met, so a gap never hides exposure.
 */
function measureContent(c: Component, symbols: ReadonlySet<ElementSymbol>, table: ElementTable): Content {
  const out: Content = { knownUsd: 0, complete: true, present: false };
  for (const e of c.elements) {
    if (!symbols.has(e.symbol) || e.grams === 0) continue;
    out.present = true;
    const price = table.get(e.symbol)?.usdPerKg ?? null;
    if (e.grams === null || price === null) out.complete = false;
    else out.knownUsd += (e.grams / 1000) * price;
  }
  return out;
}

const contentUsd = (c: Content) => (c.complete ? c.knownUsd : null);

/** The 0.1 % test: met when the content is at least the threshold, or when an unknown part makes it undecidable. */
const meetsThreshold = (c: Content, valueUsd: number, threshold: number) =>
  c.present && (!c.complete || (c.knownUsd > 0 && (c.knownUsd / valueUsd) * 100 >= threshold));

/**
 * The value the annex's 0.1 % test is measured against: the magnet or target itself. Known when the product is
 * the part, estimated from its mass for NdFeB magnets; otherwise the product's value stands in (a lower ratio).
 */
function componentValue(
  product: Product,
  c: Component,
  et: ControlRulesFile["extraterritorial"],
): { basis: "component" | "product"; valueUsd: number } {
  if (product.components.length === 1 && et.partUnits.includes(product.unit)) {
    return { basis: "component", valueUsd: product.unitValueUsd.value };
  }
  const massG = c.material?.massG;
  if (c.form === "ndfeb_magnet" && massG) {
    return { basis: "component", valueUsd: (massG / 1000) * et.componentValue.ndfebMagnetUsdPerKg };
  }
  return { basis: "product", valueUsd: product.unitValueUsd.value };
}

const list = (symbols: readonly string[]) => symbols.join(", ");

export function determineProduct(product: Product, ctx: DeterminationContext): ProductResult {
  const { scenario, controlled, table, rules, extraterritorial: et } = ctx;
  const threshold = scenario.extraterritorial ? scenario.deMinimisPct : null;
  const part1 = new Set(
    scenario.reading === "annex" ? et.part1ElementsAnnex.filter((s) => controlled.has(s)) : controlled,
  );
  const part2 = new Set(et.part2Forms);
  const unitValue = product.unitValueUsd.value;
  const notes: string[] = [];

  // Broad reading: the test runs once on the whole product's value.
  const broad: Content = { knownUsd: 0, complete: true, present: false };
  for (const c of product.components) {
    const m = measureContent(c, part1, table);
    broad.knownUsd += m.knownUsd;
    broad.complete &&= m.complete;
    broad.present ||= m.present;
  }
  const broadUsd = contentUsd(broad);
  const broadPct = broadUsd === null ? null : (broadUsd / unitValue) * 100;
  const belowThreshold: string[] = [];

  // Highest ratio among the product's magnets and targets: the one the annex test is decided by.
  const annex: { pct: number | null; basis: "component" | "product" | null } = { pct: null, basis: null };
  const components: ComponentResult[] = product.components.map((c) => {
    const present = presentSymbols(c);
    const presentControlled = present.filter((s) => controlled.has(s));
    const rule = rules.get(c.form);
    const eligible = rule ? presentControlled.filter((s) => rule.elements === "any" || rule.elements.includes(s)) : [];
    const excludedBy = c.excludedBy ?? [];
    const excluded = excludedBy.length > 0 && scenario.exclusions === "apply";
    const directDrivers = excluded ? [] : eligible;

    if (eligible.length > 0 && excluded) {
      const faq = excludedBy.map((id) => ctx.exclusions.get(id)?.faq ?? id);
      notes.push(`${list(eligible)} in ${c.name}: traded as ${c.tradedAs.replaceAll("_", " ")}, outside scope (${[...new Set(faq)].join("; ")})`);
    } else if (presentControlled.length > 0 && eligible.length === 0) {
      notes.push(`${list(presentControlled)} in ${c.name}: a ${ctx.formLabel(c.form).toLowerCase()} is not a listed form for ${list(presentControlled)}`);
    }

    let extraterritorialDrivers: ElementSymbol[] = [];
    const part1Present = present.filter((s) => part1.has(s));
    if (scenario.extraterritorial && threshold !== null && part1Present.length > 0) {
      if (scenario.reading === "annex" && part2.has(c.form)) {
        const content = measureContent(c, part1, table);
        const { basis, valueUsd } = componentValue(product, c, et);
        const usd = contentUsd(content);
        const pct = usd === null ? null : (usd / valueUsd) * 100;
        if (pct !== null && (annex.pct === null || pct > annex.pct)) {
          annex.pct = pct;
          annex.basis = basis;
        }
        if (meetsThreshold(content, valueUsd, threshold)) extraterritorialDrivers = part1Present;
        else if (pct !== null) belowThreshold.push(`${c.name}: China-origin ${list(part1Present)} content ${pct.toPrecision(2)} % of its value, below the ${threshold} % threshold`);
      } else if (scenario.reading === "broad") {
        if (meetsThreshold(broad, unitValue, threshold)) extraterritorialDrivers = part1Present;
        else if (broadPct !== null && belowThreshold.length === 0) belowThreshold.push(`controlled content ${broadPct.toPrecision(2)} % of the product's value, below the ${threshold} % threshold`);
      }
    }

    // The direct route's share follows the elements that caught the component; the share left to foreign makers
    // follows every element present, so that controlling one more element can never shrink it.
    const sCaught = directShare(c.form, directDrivers, table);
    const sPresent = directShare(c.form, present, table);
    const weight =
      (directDrivers.length > 0 ? sCaught : 0) +
      (extraterritorialDrivers.length > 0 ? (1 - sPresent) * inputShare(extraterritorialDrivers, table) : 0);

    return {
      name: c.name,
      form: c.form,
      tradedAs: c.tradedAs,
      directDrivers,
      extraterritorialDrivers,
      excludedBy,
      weight,
      controlledContentUsd: contentUsd(measureContent(c, controlled, table)),
    };
  });

  const triggered = components.filter((c) => c.directDrivers.length > 0 || c.extraterritorialDrivers.length > 0);
  const drivers = [...new Set(triggered.flatMap((c) => [...c.directDrivers, ...c.extraterritorialDrivers]))];
  const symbolOrder = [...table.keys()];
  drivers.sort((a, b) => symbolOrder.indexOf(a) - symbolOrder.indexOf(b));

  const caught: string[] = [];
  for (const c of triggered) {
    if (c.directDrivers.length > 0) caught.push(`${list(c.directDrivers)} in ${c.name} (${ctx.formLabel(c.form).toLowerCase()}) bought from China`);
    if (c.extraterritorialDrivers.length > 0) caught.push(`${c.name} made abroad with China-origin ${list(c.extraterritorialDrivers)} at or above ${threshold} % of value`);
  }

  const decided = triggered.length > 0 ? statusForEndUse(product.endUse, product.advancedSemiconductor, scenario) : null;
  const status: Status = decided?.status ?? "free";
  const endUseNote = decided?.note ?? "";

  let supplyWeight = 0;
  if (status !== "free") {
    let none = 1;
    for (const c of triggered) none *= 1 - c.weight;
    supplyWeight = 1 - none;
  }

  const annualUnits = product.annualUnits.value;
  const annualValueUsd = annualUnits === null ? null : annualUnits * unitValue;

  let reason: string;
  if (product.components.length === 0) reason = "No rare-earth component in the data.";
  else if (triggered.length > 0) reason = `${caught.join("; ")}: ${endUseNote}.`;
  else if (notes.length > 0 || belowThreshold.length > 0) reason = `Free: ${[...notes, ...belowThreshold].join("; ")}.`;
  else if (controlled.size === 0) reason = "Free: no element is controlled.";
  else reason = "Free: holds no controlled element.";

  const controlledContentPct = scenario.reading === "broad" ? broadPct : annex.pct;
  return {
    id: product.id,
    name: product.name,
    sectorId: product.sectorId,
    endUse: product.endUse,
    advancedSemiconductor: product.advancedSemiconductor,
    unitValueUsd: unitValue,
    annualUnits,
    status,
    drivers,
    controlledContentPct,
    thresholdBasis: controlledContentPct === null ? null : scenario.reading === "broad" ? "product" : annex.basis,
    thresholdPct: threshold,
    supplyWeight,
    annualValueUsd,
    valueAtRiskUsd: annualValueUsd === null ? null : annualValueUsd * supplyWeight,
    reason,
    components,
  };
}
