import type { Dataset } from "../schemas/dataset";

/** Cross-file checks zod cannot express: every id a file points to must exist. */
export function checkReferences(dataset: Omit<Dataset, never>): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(dataset.sources.sources.map((s) => s.id));
  const measureIds = new Set(dataset.measures.measures.map((m) => m.id));
  const exclusionIds = new Set(dataset.measures.exclusions.map((e) => e.id));
  const sectorIds = new Set(dataset.products.sectors.map((s) => s.id));

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
  walk(dataset.controlRules, "control-rules");

  const seen = new Set<string>();
  for (const p of dataset.products.products) {
    if (seen.has(p.id)) problems.push(`products: duplicate id ${p.id}`);
    seen.add(p.id);
    if (!sectorIds.has(p.sectorId)) problems.push(`products.${p.id}: unknown sector ${p.sectorId}`);
    for (const c of p.components) {
      for (const x of c.excludedBy ?? []) if (!exclusionIds.has(x)) problems.push(`products.${p.id}: unknown exclusion ${x}`);
    }
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
