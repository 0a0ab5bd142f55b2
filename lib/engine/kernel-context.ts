import type { ComponentForm, ElementSymbol } from "../schemas/common";
import type { Dataset } from "../schemas/dataset";
import type { RouteDefault } from "../schemas/route-defaults";
import type { KernelContext } from "./rules-kernel";
import type { OutcomeRules, Scenario } from "./scenario";

/** Element content prices: the oxide price per kg divided by the element's mass fraction in the oxide. */
export function getElementPrices(dataset: Dataset): Map<ElementSymbol, number | null> {
  return new Map(
    dataset.elements.elements.map((e) => {
      const oxide = e.price?.usdPerKg ?? null;
      return [e.symbol, oxide === null ? null : oxide / e.oxide.elementMassFraction];
    }),
  );
}

/** The rules kernel's context for one outcome of a scenario. */
export function createKernelContext(
  dataset: Dataset,
  scenario: Pick<Scenario, "reading" | "exclusions">,
  rules: OutcomeRules,
  prices: ReadonlyMap<ElementSymbol, number | null> = getElementPrices(dataset),
): KernelContext {
  const cr = dataset.controlRules;
  const formRules = new Map(cr.rules.map((r) => [r.form, r]));
  const controlled = new Set(rules.controlledElements);
  const et = cr.extraterritorial;
  const faq = new Map<string, (typeof dataset.measures.exclusions)[number]>();
  for (const x of dataset.measures.exclusions) for (const kind of x.tradedAs) faq.set(kind, x);
  const material = (["oxide_compound", "metal"] as ComponentForm[]).flatMap((f) => formRules.get(f) ?? []);
  return {
    rules,
    exclusions: scenario.exclusions,
    reading: scenario.reading,
    controlled,
    formRules,
    faq,
    materialForms: material,
    part1: new Set(scenario.reading === "annex" ? et.part1ElementsAnnex.filter((s) => controlled.has(s)) : controlled),
    part2Forms: new Set(et.part2Forms),
    elementUsdPerKg: prices,
    magnetUsdPerKg: et.componentValue.magnetUsdPerKg,
    formLabel: (form) => formRules.get(form)?.label ?? form.replaceAll("_", " "),
  };
}

export function getRouteDefaults(dataset: Dataset): Map<string, RouteDefault> {
  return new Map(dataset.routeDefaults.defaults.map((d) => [d.id, d]));
}
