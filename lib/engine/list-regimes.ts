import type { Dataset } from "../schemas/dataset";
import { resolveScenario } from "./resolve-scenario";

/** Every preset with the rules it resolves to (one entry per outcome it leaves open), for pickers and GET /api/regimes. */
export function listRegimes(dataset: Dataset, today: string) {
  return dataset.regimes.regimes.map((r) => {
    const s = resolveScenario(dataset, { regime: r.id }, today);
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      description: r.description,
      effective: r.effective,
      asOf: s.asOf,
      suspensions: r.suspensions,
      outcome: s.outcome,
      openMeasures: s.openMeasures.filter((id) => !id.includes("#")),
      frictionPct: s.frictionPct,
      outcomes: s.outcomes.map((o) => ({
        outcome: o.outcome,
        controlledElements: o.controlledElements,
        extraterritorial: o.extraterritorial,
        deMinimisPct: o.deMinimisPct,
        militaryEndUse: o.militaryEndUse,
        advancedSemiconductor: o.advancedSemiconductor,
        measuresInForce: o.measuresInForce.filter((id) => !id.includes("#")),
      })),
      caveat: r.caveat ?? null,
      sourceIds: r.sourceIds,
      frictionSourceIds: r.friction.sourceIds,
    };
  });
}

export type RegimeSummary = ReturnType<typeof listRegimes>[number];
