import type { ComponentForm, ElementSymbol } from "../schemas/common";
import type { ControlRule } from "../schemas/control-rules";
import type { Exclusion } from "../schemas/measure";
import type { ExclusionMode, OutcomeRules, Reading } from "./scenario";
import type { Status } from "./status";

/**
 * The rules kernel: whether one rare-earth-bearing item is caught on one route, and what status a caught item takes.
 * Dataset products (both lenses), users' parts-list lines and the heatmap all decide through these functions.
 */

/** A rare-earth-bearing component as the kernel sees it: its material form and content. */
export type KernelComponent = {
  name: string;
  form: ComponentForm;
  /** Grams per unit of product; null = present, amount not found. */
  elements: readonly { symbol: ElementSymbol; grams: number | null }[];
  /** Mass of the component material itself (e.g. the magnets), grams; null = not found. */
  massG: number | null;
  /** Where given, must be the elements it holds (`elements` filtered by isPresent): the engine lists them once per dataset. */
  present?: readonly ElementSymbol[];
};

/** 1 listed item from China; 2 inside an assembly from China; 3 made outside China from China-origin material. */
export type RouteKind = "listed" | "assembly" | "madeOutside";

export type RouteCatch = {
  route: RouteKind;
  caught: boolean;
  /** Controlled elements that catch it; for a content-check hold, the controlled elements that set the hold off. */
  drivers: ElementSymbol[];
  /** Caught only as held for customs content checks: no licence in law. */
  held: boolean;
  /** Why, in words, caught or not. */
  note: string;
};

export type KernelContext = {
  rules: OutcomeRules;
  exclusions: ExclusionMode;
  reading: Reading;
  controlled: ReadonlySet<ElementSymbol>;
  formRules: ReadonlyMap<ComponentForm, ControlRule>;
  /** Assembly kinds a MOFCOM FAQ says are generally not controlled. */
  faq: ReadonlyMap<string, Exclusion>;
  /** Elements whose separated oxide or metal is a listed item when controlled (route 3's material licence). */
  materialForms: readonly ControlRule[];
  /** Ann. 61 Part 1 elements the 0.1 % test counts (annex reading: the annex's seven that are controlled). */
  part1: ReadonlySet<ElementSymbol>;
  part2Forms: ReadonlySet<ComponentForm>;
  /** Element content prices, US$ per kg of element (oxide price ÷ the element's mass fraction); null = no price. */
  elementUsdPerKg: ReadonlyMap<ElementSymbol, number | null>;
  magnetUsdPerKg: number;
  formLabel: (form: ComponentForm) => string;
};

const list = (symbols: readonly string[]) => symbols.join(", ");

/** "an alloy", "an NdFeB magnet" (read "en-dee"), "an SmCo magnet", "a sputtering target". */
export function withArticle(label: string): string {
  return `${/^(?:[aeiou]|nd|smco)/i.test(label) ? "an" : "a"} ${label}`;
}

/**
 * The elements present in a component (a null gram figure means present, amount not found) that pass a test, in the
 * component's order. One pass and one array: this runs per component, route and outcome, and the engine's
 * intermediate arrays are most of what it allocates per product.
 */
export function filterPresentElements(c: KernelComponent, keep: (s: ElementSymbol) => boolean): ElementSymbol[] {
  const out: ElementSymbol[] = [];
  if (c.present) {
    for (const s of c.present) if (keep(s)) out.push(s);
    return out;
  }
  for (const e of c.elements) if (isPresent(e) && keep(e.symbol)) out.push(e.symbol);
  return out;
}

/** An element a component holds: a gram figure above zero, or a null one (present, amount not found). */
export const isPresent = (e: { grams: number | null }) => e.grams === null || e.grams > 0;

const ruleCatches = (rule: ControlRule | undefined, s: ElementSymbol) => !!rule && (rule.elements === "any" || rule.elements.includes(s));

/** Controlled elements a form's listing catches in this component. */
function listedDrivers(c: KernelComponent, form: ComponentForm, ctx: KernelContext): ElementSymbol[] {
  const rule = ctx.formRules.get(form);
  return filterPresentElements(c, (s) => ctx.controlled.has(s) && ruleCatches(rule, s));
}

const NOT_CAUGHT = (route: RouteKind, note: string): RouteCatch => ({ route, caught: false, drivers: [], held: false, note });

/**
 * Customs held every NdFeB magnet (one customs code for all grades) while Dy/Tb/Ho-bearing NdFeB needed a licence:
 * a magnet, or an assembly holding one, bought from China is held even without a controlled element.
 */
function contentCheckHold(c: KernelComponent, route: RouteKind, ctx: KernelContext): RouteCatch | null {
  if (c.form !== "ndfeb_magnet" || ctx.rules.contentCheckElements.length === 0) return null;
  return {
    route,
    caught: true,
    drivers: [...ctx.rules.contentCheckElements],
    held: true,
    note: `${c.name}: NdFeB held at China's customs for content checks (all grades share one customs code while ${list(ctx.rules.contentCheckElements)}-bearing NdFeB is licensed); no licence in law`,
  };
}

/**
 * Route 1, every ground on which it catches the component bought from China as the listed item in its own form,
 * strongest first: the listing (a licence in law), then the customs hold. Each ground stands on its own: a China-share
 * what-if on a listed element does not lift a hold set off by the other controlled elements.
 */
export function listListedGrounds(c: KernelComponent, ctx: KernelContext): RouteCatch[] {
  const grounds: RouteCatch[] = [];
  const listing = listingGround(c, ctx);
  if (listing) grounds.push(listing);
  const hold = contentCheckHold(c, "listed", ctx);
  if (hold) grounds.push(hold);
  return grounds;
}

/** Route 1's licence in law: the component's own form lists a controlled element it holds. */
function listingGround(c: KernelComponent, ctx: KernelContext): RouteCatch | null {
  const drivers = listedDrivers(c, c.form, ctx);
  if (drivers.length === 0) return null;
  return { route: "listed", caught: true, drivers, held: false, note: `${list(drivers)} in ${c.name} (${ctx.formLabel(c.form).toLowerCase()}) bought from China` };
}

/** Route 1: bought from China as the listed item in its own form (its strongest ground). */
export function catchListed(c: KernelComponent, ctx: KernelContext): RouteCatch {
  const first = listingGround(c, ctx) ?? contentCheckHold(c, "listed", ctx);
  if (first) return first;
  const controlled = filterPresentElements(c, (s) => ctx.controlled.has(s));
  return NOT_CAUGHT(
    "listed",
    controlled.length > 0
      ? `${list(controlled)} in ${c.name}: ${withArticle(ctx.formLabel(c.form).toLowerCase())} is not a listed form for ${list(controlled)}`
      : `${c.name} holds no controlled element`,
  );
}

/**
 * Route 2, every ground on which it catches the component bought from China inside an assembly, strongest first. An
 * assembly a MOFCOM FAQ excludes is not caught while the exclusions apply, except for elements a later measure lists
 * in that very form (Tm luminescent materials under Ann. 57); set aside, its embedded material is caught as if bought
 * loose. An assembly no FAQ names (a coated part) is no listed item. An embedded NdFeB magnet is held either way.
 */
export function listAssemblyGrounds(c: KernelComponent, assembly: string, ctx: KernelContext): RouteCatch[] {
  const grounds: RouteCatch[] = [];
  const setAside = exclusionSetAsideGround(c, assembly, ctx);
  if (setAside) grounds.push(setAside);
  const named = namedAssemblyGround(c, assembly, ctx);
  if (named) grounds.push(named);
  const hold = contentCheckHold(c, "assembly", ctx);
  if (hold) grounds.push(hold);
  return grounds;
}

/** Route 2 with the FAQ's exclusion set aside: the embedded material is caught as if bought loose. */
function exclusionSetAsideGround(c: KernelComponent, assembly: string, ctx: KernelContext): RouteCatch | null {
  const faq = ctx.faq.get(assembly);
  if (!faq || ctx.exclusions !== "ignore") return null;
  const loose = listedDrivers(c, c.form, ctx);
  if (loose.length === 0) return null;
  const kind = assembly.replaceAll("_", " ");
  return { route: "assembly", caught: true, drivers: loose, held: false, note: `${list(loose)} in ${c.name} bought inside ${withArticle(kind)} from China, the ${faq.faq} exclusion set aside` };
}

/** Route 2 despite the FAQ: a later measure lists the assembly by name for some elements (Tm under Ann. 57). */
function namedAssemblyGround(c: KernelComponent, assembly: string, ctx: KernelContext): RouteCatch | null {
  const faq = ctx.faq.get(assembly);
  const assemblyRule = ctx.formRules.get(assembly as ComponentForm);
  if (!faq || assemblyRule === undefined || assemblyRule.elements === "any") return null;
  const named = listedDrivers(c, assembly as ComponentForm, ctx);
  if (named.length === 0) return null;
  const kind = assembly.replaceAll("_", " ");
  return { route: "assembly", caught: true, drivers: named, held: false, note: `${list(named)} in ${c.name}: ${withArticle(kind)} a later measure lists by name, despite ${faq.faq}` };
}

/** Route 2: bought from China inside an assembly (its strongest ground). */
export function catchAssembly(c: KernelComponent, assembly: string, ctx: KernelContext): RouteCatch {
  const first = exclusionSetAsideGround(c, assembly, ctx) ?? namedAssemblyGround(c, assembly, ctx) ?? contentCheckHold(c, "assembly", ctx);
  if (first) return first;
  const faq = ctx.faq.get(assembly);
  const kind = assembly.replaceAll("_", " ");
  if (!faq) return NOT_CAUGHT("assembly", `${c.name} bought inside ${withArticle(kind)} from China: not a listed item`);
  const loose = listedDrivers(c, c.form, ctx);
  return NOT_CAUGHT(
    "assembly",
    loose.length > 0 ? `${list(loose)} in ${c.name} bought inside ${withArticle(kind)} from China: outside scope (${faq.faq})` : `${c.name} holds no controlled element`,
  );
}

/**
 * Route 3: made outside China from China-origin separated oxide or metal. That material's export from China is a
 * listed item whenever its element is controlled: a licence for Dy oxide is a licence.
 */
export function catchMadeOutside(c: KernelComponent, ctx: KernelContext): RouteCatch {
  const drivers = filterPresentElements(c, (s) => ctx.controlled.has(s) && ctx.materialForms.some((r) => ruleCatches(r, s)));
  if (drivers.length === 0) return NOT_CAUGHT("madeOutside", `${c.name} made outside China holds no controlled China-origin element`);
  return { route: "madeOutside", caught: true, drivers, held: false, note: `${c.name} made outside China from China-origin ${list(drivers)}, whose export from China is licensed` };
}

export type StatusDecision = { status: Status; note: string };

/**
 * The status a caught item takes from its end use, destination and the measures in force, with the words that explain
 * it: denied > case-by-case > licence. A hold for content checks alone is a licence-like delay.
 */
export function decideStatus(
  endUse: "civil" | "dual" | "military",
  advancedSemiconductor: boolean,
  catches: readonly RouteCatch[],
  rules: OutcomeRules,
): StatusDecision {
  const legal = (c: RouteCatch) => c.caught && !c.held;
  if (!catches.some(legal)) return { status: "license", note: "held for customs content checks (a licence-like delay)" };
  if (endUse === "military") {
    if (rules.militaryEndUse === "deny") return { status: "denied", note: `military end use: denied${rules.militaryBasis ? ` (${rules.militaryBasis})` : ""}` };
    if (rules.samariumMilitaryDenied && catches.some((c) => legal(c) && c.drivers.includes("Sm"))) {
      return { status: "denied", note: "military end use of samarium: not sold to foreign military users (practice on record)" };
    }
  }
  if (advancedSemiconductor && rules.advancedSemiconductor === "case-by-case") {
    return { status: "case-by-case", note: "advanced-node semiconductor end use: case-by-case review (Ann. 61)" };
  }
  return { status: "license", note: "export licence required" };
}

// ---- the 0.1 % test ----

export type ContentValue = { usd: number; complete: boolean; present: boolean };

/** Value of the given elements' content at element prices; incomplete when a gram figure or a price is missing. */
export function measureContent(
  elements: readonly { symbol: ElementSymbol; grams: number | null }[],
  symbols: ReadonlySet<ElementSymbol>,
  ctx: Pick<KernelContext, "elementUsdPerKg">,
  share = 1,
): ContentValue {
  const out: ContentValue = { usd: 0, complete: true, present: false };
  for (const e of elements) {
    if (!symbols.has(e.symbol) || e.grams === 0) continue;
    out.present = true;
    const price = ctx.elementUsdPerKg.get(e.symbol) ?? null;
    if (e.grams === null || price === null) out.complete = false;
    else out.usd += (e.grams / 1000) * price * share;
  }
  return out;
}

/** Content as a percentage of a value; null when it cannot be computed. */
export const contentPct = (content: ContentValue, valueUsd: number | null): number | null =>
  content.complete && valueUsd !== null && valueUsd > 0 ? (content.usd / valueUsd) * 100 : null;

/** Met when the content is at least the threshold, or when an unknown part makes it undecidable: a gap never hides exposure. */
export const meetsThreshold = (content: ContentValue, valueUsd: number | null, thresholdPct: number): boolean => {
  if (!content.present) return false;
  const pct = contentPct(content, valueUsd);
  return pct === null || (content.usd > 0 && pct >= thresholdPct);
};

export type AbroadCatch = RouteCatch & {
  /** China-origin Part 1 content as a percentage of the item's value; null where it cannot be computed. */
  contentPct: number | null;
  /** The threshold in force, or null when the 0.1 % rule does not apply. */
  thresholdPct: number | null;
};

/**
 * Ann. 61 item (1), for an item made outside China and traded as itself: caught where the rule is in force when its
 * China-origin Part 1 content is at least the threshold of its own value (annex reading: magnets and sputtering
 * targets only; broad reading: any item). An unknown gram figure or price makes the test undecidable: met.
 */
export function catchMadeAbroad(c: KernelComponent, valueUsd: number | null, chinaOriginShare: number, ctx: KernelContext): AbroadCatch {
  const threshold = ctx.rules.extraterritorial ? ctx.rules.deMinimisPct : null;
  const base = { route: "madeOutside" as const, held: false, contentPct: null, thresholdPct: threshold };
  if (threshold === null) return { ...base, caught: false, drivers: [], note: `${c.name} made outside China: the 0.1 % rule is not in force` };
  if (ctx.reading === "annex" && !ctx.part2Forms.has(c.form)) {
    return { ...base, caught: false, drivers: [], note: `${c.name} made outside China: under the annex reading the ${threshold} % rule covers magnets and sputtering targets, not ${withArticle(ctx.formLabel(c.form).toLowerCase())}` };
  }
  const part1 = filterPresentElements(c, (s) => ctx.part1.has(s));
  if (part1.length === 0 || chinaOriginShare <= 0) {
    return { ...base, caught: false, drivers: [], note: `${c.name} made outside China holds no China-origin Part 1 element` };
  }
  const content = measureContent(c.elements, ctx.part1, ctx, chinaOriginShare);
  const pct = contentPct(content, valueUsd);
  const shown = pct === null ? "undecidable (a gram figure or a price is missing)" : `${Number(pct.toPrecision(2))} % of its value`;
  if (meetsThreshold(content, valueUsd, threshold)) {
    return { ...base, caught: true, drivers: part1, contentPct: pct, note: `${c.name} made outside China: China-origin ${list(part1)} content ${shown}, at or above the ${threshold} % threshold (Ann. 61, ${ctx.reading} reading)` };
  }
  return { ...base, caught: false, drivers: [], contentPct: pct, note: `${c.name} made outside China: China-origin ${list(part1)} content ${shown}, below the ${threshold} % threshold` };
}
