import { createKernelContext, getElementPrices } from "../engine/kernel-context";
import { catchListed, catchMadeAbroad, decideStatus, type KernelComponent, type KernelContext, type RouteCatch } from "../engine/rules-kernel";
import type { Scenario } from "../engine/scenario";
import { compareStatus, type Status } from "../engine/status";
import type { ElementSymbol } from "../schemas/constants";
import type { Dataset } from "../schemas/dataset";
import type { BomEndUse, BomForm, BomMadeIn } from "./bom-columns";
import type { BomElement, BomPart } from "./bom-types";

/** How a user's part fares under a scenario: the BOM counterpart of ProductResult, decided by the same rules kernel. */
export type PartResult = {
  partId: string;
  description: string;
  unitValueUsd: number;
  madeIn: BomMadeIn;
  endUse: BomEndUse;
  form: BomForm;
  elements: BomElement[];
  /** The worst status over the outcomes the scenario leaves open. */
  status: Status;
  /** The status if the suspension was extended (equal to `status` when the record decides). */
  statusLow: Status;
  /** The route that caught the part: bought from China (direct) or made abroad under the 0.1 % rule; null when none. */
  route: "direct" | "extraterritorial" | null;
  /** China-origin controlled content as a percentage of the part's unit value, where the 0.1 % test applies. */
  controlledContentPct: number | null;
  /** The 0.1 % rule's threshold for a part made abroad, null where it does not apply. */
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
  /** One kernel context per outcome the scenario evaluates. */
  kernels: KernelContext[];
  order: ReadonlyMap<ElementSymbol, number>;
};

export function createBomContext(dataset: Dataset, scenario: Scenario): BomContext {
  const prices = getElementPrices(dataset);
  return {
    scenario,
    kernels: scenario.outcomes.map((o) => createKernelContext(dataset, scenario, o, prices)),
    order: new Map(dataset.elements.elements.map((e) => [e.symbol, e.atomicNumber])),
  };
}

/** "3.2 %", "0.089 %": two significant digits below 1 %, so a value near the 0.1 % threshold does not round onto it. */
export function formatContentPct(pct: number): string {
  if (pct === 0) return "0 %";
  if (pct < 1) return `${Number(pct.toPrecision(2))} %`;
  if (pct < 100) return `${Number(pct.toFixed(1))} %`;
  return `${Math.round(pct)} %`;
}

function endUseFor(endUse: BomEndUse): { endUse: "civil" | "dual" | "military"; advanced: boolean } {
  return endUse === "advanced_semiconductor" ? { endUse: "dual", advanced: true } : { endUse, advanced: false };
}

const OUTCOME_WORDS = { recorded: "", extended: "If the suspension was extended", lapsed: "If it lapsed" } as const;

/**
 * A part under a scenario, through the rules kernel: bought from China (made_in china), it is the listed item traded as
 * itself (route 1; no FAQ exclusion turns on an assembly it is not in); made abroad, only Ann. 61's 0.1 % rule can
 * catch it, with its China-origin share. The end use and the buyer's country then decide the status.
 */
export function determinePart(part: BomPart, ctx: BomContext): PartResult {
  const component: KernelComponent = { name: part.description || part.partId, form: part.form, elements: part.elements, massG: null };
  const share = part.elements.reduce((m, e) => Math.max(m, e.chinaOriginShare ?? 1), 0);
  const { endUse, advanced } = endUseFor(part.endUse);

  const outcomes = ctx.kernels.map((k) => {
    if (part.madeIn === "china") {
      const c = catchListed(component, k);
      return { k, c, pct: null as number | null, threshold: null as number | null };
    }
    const abroad = catchMadeAbroad(
      { ...component, elements: part.elements.map((e) => ({ symbol: e.symbol, grams: e.grams * (e.chinaOriginShare ?? 1) })) },
      part.unitValueUsd,
      share > 0 ? 1 : 0,
      k,
    );
    return { k, c: abroad as RouteCatch, pct: abroad.contentPct, threshold: abroad.thresholdPct };
  });
  const decided = outcomes.map(({ k, c }) => (c.caught ? decideStatus(endUse, advanced, [c], k.rules) : null));
  const statuses = decided.map((d) => d?.status ?? "free").sort(compareStatus);
  const reasons = outcomes.map(({ c }, i) => {
    const d = decided[i];
    return d ? `${c.note}: ${d.note}.` : `Free: ${c.note}.`;
  });
  const distinct = [...new Set(reasons)];
  let reason = distinct.length === 1 ? (distinct[0] ?? "") : reasons.map((r, i) => `${OUTCOME_WORDS[ctx.kernels[i]?.rules.outcome ?? "recorded"]}: ${r}`).join(" ");
  if (part.incomplete) reason += ` Incomplete: row${part.errorRows.length === 1 ? "" : "s"} ${part.errorRows.join(", ")} rejected.`;
  const last = outcomes[outcomes.length - 1];
  const drivers = [...new Set(outcomes.flatMap((o) => o.c.drivers))].sort((a, b) => (ctx.order.get(a) ?? 0) - (ctx.order.get(b) ?? 0));
  return {
    partId: part.partId,
    description: part.description,
    unitValueUsd: part.unitValueUsd,
    madeIn: part.madeIn,
    endUse: part.endUse,
    form: part.form,
    elements: part.elements,
    status: statuses[statuses.length - 1] ?? "free",
    statusLow: statuses[0] ?? "free",
    route: outcomes.some((o) => o.c.caught) ? (part.madeIn === "china" ? "direct" : "extraterritorial") : null,
    controlledContentPct: last?.pct ?? null,
    thresholdPct: last?.threshold ?? null,
    drivers,
    reason,
    incomplete: part.incomplete,
    errorRows: part.errorRows,
    rows: part.rows,
  };
}

/** Every part under one scenario. */
export function determineParts(dataset: Dataset, scenario: Scenario, parts: readonly BomPart[]): PartResult[] {
  const ctx = createBomContext(dataset, scenario);
  return parts.map((p) => determinePart(p, ctx));
}
