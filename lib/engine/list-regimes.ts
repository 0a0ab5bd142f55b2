import type { Dataset } from "../schemas/dataset";
import { resolveScenario } from "./resolve-scenario";

/** Every preset with the rules it resolves to, for pickers and for GET /api/regimes. */
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
      controlledElements: s.controlledElements,
      extraterritorial: s.extraterritorial,
      deMinimisPct: s.deMinimisPct,
      militaryEndUse: s.militaryEndUse,
      advancedSemiconductor: s.advancedSemiconductor,
      civilGeneralLicence: s.civilGeneralLicence,
      measuresInForce: s.measuresInForce.filter((id) => !id.includes("#")),
      caveat: r.caveat ?? null,
      sourceIds: r.sourceIds,
    };
  });
}

export type RegimeSummary = ReturnType<typeof listRegimes>[number];
