import type { Dataset } from "../schemas/dataset";

export type DestinationRuleRow = {
  measureId: string;
  authority: string;
  destination: "US" | "JP" | "ALL";
  from: string;
  what: string;
  status: string;
  sourceIds: string[];
};

/** The measures that deny military end use, by destination, as the engine reads them (resolve-scenario.ts). */
export function listDestinationRules(dataset: Dataset): DestinationRuleRow[] {
  const rows: DestinationRuleRow[] = [];
  for (const m of dataset.measures.measures) {
    for (const p of m.parts ?? []) {
      const d = p.endUseRule?.destination;
      if (p.endUseRule?.status === "denied" && (d === "US" || d === "JP") && p.effective) {
        rows.push({ measureId: `${m.id}#${p.part}`, authority: `${m.authority}, ${p.part}`, destination: d, from: p.effective, what: p.description, status: "military end use denied", sourceIds: m.sourceIds });
      }
    }
    const d = m.endUseRule?.destination;
    if (m.type === "destination_specific" && m.endUseRule?.status === "denied" && (d === "US" || d === "JP")) {
      rows.push({ measureId: m.id, authority: m.authority, destination: d, from: m.effective, what: m.title, status: "military end use denied", sourceIds: m.sourceIds });
    }
    if ((m.endUserRules ?? []).some((r) => r.rule === "military_end_user" && r.status === "denied")) {
      rows.push({ measureId: m.id, authority: m.authority, destination: "ALL", from: m.effective, what: `${m.title} (while in force)`, status: "military end use denied everywhere; advanced-node chips case-by-case", sourceIds: m.sourceIds });
    }
    if (m.practice?.kind === "samarium-military-denial") {
      rows.push({ measureId: m.id, authority: m.authority, destination: "ALL", from: m.effective, what: m.practice.description, status: "samarium for military users denied (practice on record)", sourceIds: m.sourceIds });
    }
  }
  return rows.sort((a, b) => a.from.localeCompare(b.from));
}
