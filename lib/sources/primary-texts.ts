import type { Source, SourceOriginal } from "../schemas/source";

export type PrimaryText = {
  original: SourceOriginal;
  /** The register's sources that stand in for it (copies, reports, translations), in register order. */
  standIns: string[];
};

const keyOf = (o: SourceOriginal) => `${o.publisher}|${o.identifier ?? o.title ?? ""}`;

/**
 * The originals the register's mirrors, restatements and translations stand in for, each once, with the sources that
 * stand in for it: official texts first (announcements, rules, reports), oldest first.
 */
export function listPrimaryTexts(sources: readonly Source[]): PrimaryText[] {
  const byKey = new Map<string, PrimaryText>();
  for (const s of sources) {
    const o = s.original;
    if (!o || (!o.identifier && !o.url)) continue;
    const key = keyOf(o);
    const entry = byKey.get(key) ?? { original: o, standIns: [] };
    entry.standIns.push(s.id);
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => (a.original.date ?? "9999").localeCompare(b.original.date ?? "9999") || a.original.publisher.localeCompare(b.original.publisher));
}
