import type { Dataset } from "../schemas/dataset";

/** Assemblies no FAQ names and no annex lists: bought inside one, a rare earth is not a listed item. */
export const UNLISTED_ASSEMBLIES = ["coated_part", "module", "machine", "vehicle", "device"] as const;

/** Cross-file checks zod cannot express: every id a file points to must exist. */
export function checkReferences(dataset: Omit<Dataset, never>): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(dataset.sources.sources.map((s) => s.id));
  const measureIds = new Set(dataset.measures.measures.map((m) => m.id));
    const sectorIds = new Set(dataset.products.sectors.map((s) => s.id));
  const productIds = new Set(dataset.products.products.map((p) => p.id));
  const routeIds = new Set(dataset.routeDefaults.defaults.map((d) => d.id));
  // Route 2 assembly kinds: those a MOFCOM FAQ excludes, and the unlisted ones the data names.
  const assemblyKinds = new Set([...dataset.measures.exclusions.flatMap((x) => x.tradedAs), ...UNLISTED_ASSEMBLIES]);

  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${where}[${i}]`));
    } else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        if (/sourceIds$/i.test(key) && Array.isArray(v)) {
          for (const id of v) if (!sourceIds.has(String(id))) problems.push(`${where}.${key}: unknown source ${String(id)}`);
        } else {
          walk(v, `${where}.${key}`);
        }
      }
    }
  };
  walk(dataset.elements, "elements");
  walk(dataset.measures, "measures");
  walk(dataset.products, "products");
  walk(dataset.regimes, "regimes");
  walk(dataset.routeDefaults, "route-defaults");
  walk(dataset.recordEvents, "record-events");
  walk(dataset.controlRules, "control-rules");

  const seen = new Set<string>();
  for (const p of dataset.products.products) {
    if (seen.has(p.id)) problems.push(`products: duplicate id ${p.id}`);
    seen.add(p.id);
    if (!sectorIds.has(p.sectorId)) problems.push(`products.${p.id}: unknown sector ${p.sectorId}`);
    for (const c of p.components) {
      if ("ref" in c.routes && !routeIds.has(c.routes.ref)) problems.push(`products.${p.id}: unknown route default ${c.routes.ref}`);
      const shares = "ref" in c.routes ? null : c.routes;
      if (shares && Math.abs(shares.listed + shares.assembly + shares.madeOutside + shares.none - 1) > 1e-9) {
        problems.push(`products.${p.id}: route shares of "${c.name}" do not sum to 1`);
      }
      if (c.assembly !== null && !assemblyKinds.has(c.assembly)) problems.push(`products.${p.id}: unknown assembly kind ${c.assembly}`);
    }
    for (const id of p.inputOf ?? []) if (!productIds.has(id)) problems.push(`products.${p.id}: inputOf unknown product ${id}`);
  }
  for (const d of dataset.routeDefaults.defaults) {
    if (Math.abs(d.listed + d.assembly + d.madeOutside + d.none - 1) > 1e-9) problems.push(`route-defaults.${d.id}: shares do not sum to 1`);
  }
  for (const e of dataset.recordEvents.events) {
    if (!sectorIds.has(e.sectorId)) problems.push(`record-events.${e.id}: unknown sector ${e.sectorId}`);
    if (!productIds.has(e.productId)) problems.push(`record-events.${e.id}: unknown product ${e.productId}`);
  }
  for (const e of dataset.elements.elements) {
    for (const m of e.controlledUnder) if (!measureIds.has(m)) problems.push(`elements.${e.symbol}: unknown measure ${m}`);
  }
  for (const r of dataset.controlRules.rules) {
    for (const m of r.measureIds) if (!measureIds.has(m)) problems.push(`control-rules.${r.form}: unknown measure ${m}`);
  }
  if (!measureIds.has(dataset.controlRules.extraterritorial.measureId)) {
    problems.push(`control-rules.extraterritorial: unknown measure ${dataset.controlRules.extraterritorial.measureId}`);
  }
  const regimeIds = new Set<string>();
  for (const r of dataset.regimes.regimes) {
    if (regimeIds.has(r.id)) problems.push(`regimes: duplicate id ${r.id}`);
    regimeIds.add(r.id);
  }
  return problems;
}
