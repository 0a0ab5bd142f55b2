import type { ControlCodesFile } from "../schemas/control-codes";
import type { Dataset } from "../schemas/dataset";

/** Every `sourceIds` entry anywhere under `value` must be a source of the register. */
export function findUnknownSources(value: unknown, where: string, sourceIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${at}[${i}]`));
    } else if (v && typeof v === "object") {
      for (const [key, x] of Object.entries(v)) {
        if (/sourceIds$/i.test(key) && Array.isArray(x)) {
          for (const id of x) if (!sourceIds.has(String(id))) problems.push(`${at}.${key}: unknown source ${String(id)}`);
        } else {
          walk(x, `${at}.${key}`);
        }
      }
    }
  };
  walk(value, where);
  return problems;
}

/** Cross-file checks for data/control-codes.json: measures, exclusions, sources and item ids must exist. */
export function checkControlCodeReferences(file: ControlCodesFile, dataset: Dataset): string[] {
  const sourceIds = new Set(dataset.sources.sources.map((s) => s.id));
  const measureIds = new Set(dataset.measures.measures.map((m) => m.id));
  const exclusionIds = new Set(dataset.measures.exclusions.map((e) => e.id));
  const problems = findUnknownSources(file, "control-codes", sourceIds);
  const itemIds = new Set<string>();
  for (const item of file.items) {
    if (itemIds.has(item.id)) problems.push(`control-codes: duplicate item id ${item.id}`);
    itemIds.add(item.id);
    if (!measureIds.has(item.measureId)) problems.push(`control-codes.${item.id}: unknown measure ${item.measureId}`);
    const codes = item.codes.map((c) => c.code);
    if (new Set(codes).size !== codes.length) problems.push(`control-codes.${item.id}: a code is listed twice`);
  }
  for (const hint of file.hsHints) {
    for (const id of hint.itemIds) if (!itemIds.has(id)) problems.push(`control-codes.hsHints.${hint.prefix}: unknown item ${id}`);
    for (const id of hint.exclusionIds) {
      if (!exclusionIds.has(id)) problems.push(`control-codes.hsHints.${hint.prefix}: unknown exclusion ${id}`);
    }
  }
  return problems;
}
