import type { Dataset } from "../schemas/dataset";

/** The data files that cite sources (the register itself and meta cite none). */
export type CitingFile = "elements" | "measures" | "products" | "regimes" | "control-rules";

export type EntityKind =
  | "element"
  | "measure"
  | "measure-part"
  | "end-user-rule"
  | "exclusion"
  | "product"
  | "component"
  | "regime"
  | "control-rule"
  | "setting";

export type CitingEntity = { kind: EntityKind; id: string; label: string };

/** One place in the dataset that cites a source: the record, the part of it if any, and the field. */
export type Citation = {
  file: CitingFile;
  entity: CitingEntity;
  part: CitingEntity | null;
  /** The field of the record the ids sit on, in words ("China's share of separation"); "" for the record itself. */
  field: string;
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" && v.length > 0 ? v : null);

/** Array names whose items are records a reader can name; any other array is part of a field. */
function entityOf(arrayKey: string, item: Obj, index: number): CitingEntity | null {
  switch (arrayKey) {
    case "elements":
      // Elements inside a component (symbol + grams) are not records of their own.
      if (!("atomicNumber" in item)) return null;
      return { kind: "element", id: str(item.symbol) ?? String(index), label: `${str(item.name) ?? ""} (${str(item.symbol) ?? "?"})` };
    case "measures":
      return { kind: "measure", id: str(item.id) ?? String(index), label: str(item.title) ?? String(item.id) };
    case "parts":
      return { kind: "measure-part", id: str(item.part) ?? String(index), label: str(item.part) ?? String(index) };
    case "endUserRules":
      return { kind: "end-user-rule", id: str(item.rule) ?? String(index), label: (str(item.rule) ?? String(index)).replaceAll("_", " ") };
    case "exclusions":
      return { kind: "exclusion", id: str(item.id) ?? String(index), label: str(item.text) ?? String(item.id) };
    case "products":
      return { kind: "product", id: str(item.id) ?? String(index), label: str(item.name) ?? String(item.id) };
    case "components":
      return { kind: "component", id: String(index), label: str(item.name) ?? `component ${index + 1}` };
    case "regimes":
      return { kind: "regime", id: str(item.id) ?? String(index), label: str(item.name) ?? String(item.id) };
    case "rules":
      return { kind: "control-rule", id: str(item.form) ?? String(index), label: str(item.label) ?? String(item.form) };
    default:
      return null;
  }
}

const FIELD_WORDS: Record<string, string> = {
  "chinaShare.mining": "China's share of mining",
  "chinaShare.separation": "China's share of separation",
  "chinaShare.magnets": "China's share of magnet making",
  price: "price",
  "price.alternatives": "other price quotes",
  "price.metalReference": "metal price reference",
  uses: "uses",
  unitValueUsd: "unit value",
  annualUnits: "annual volume",
  totalReeReported: "total rare earths reported",
  "licensing.review": "licence review time",
  "licensing.licenceType": "licence types",
  scopeClarifications: "scope clarifications",
  "extraterritorial.part1": "Annex 1 Part 1",
  "extraterritorial.part2": "Annex 1 Part 2",
  "extraterritorial.broadReading": "broad reading",
  componentValue: "component value",
};

/** "licensing.reviewSourceIds" → "licence review time"; unknown fields are spelt out from their key. */
export function describeField(path: readonly string[], key: string): string {
  const stem = key.replace(/sourceIds$/i, "");
  const full = [...path, ...(stem ? [stem] : [])].join(".");
  if (full === "") return "";
  return FIELD_WORDS[full] ?? full.replace(/\./g, ", ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function walkFile(file: CitingFile, root: unknown, out: Map<string, Citation[]>) {
  const visit = (value: unknown, frames: CitingEntity[], path: string[]): void => {
    if (Array.isArray(value)) return;
    if (!isObj(value)) return;
    for (const [key, v] of Object.entries(value)) {
      if (/sourceIds$/i.test(key) && Array.isArray(v)) {
        const inRecord = frames.length > 0;
        const entity = inRecord ? frames[0]! : setting(file, path, key);
        const part = inRecord && frames.length > 1 ? frames[frames.length - 1]! : null;
        // A setting is named after its first key, so the field starts below it.
        const citation: Citation = { file, entity, part, field: describeField(inRecord ? path : path.slice(1), key) };
        for (const id of new Set(v.map(String))) {
          const list = out.get(id) ?? [];
          list.push(citation);
          out.set(id, list);
        }
      } else if (Array.isArray(v)) {
        v.forEach((item, i) => {
          if (!isObj(item)) return;
          const entity = entityOf(key, item, i);
          if (entity) visit(item, [...frames, entity], []);
          else visit(item, frames, [...path, key]);
        });
      } else if (isObj(v)) {
        visit(v, frames, [...path, key]);
      }
    }
  };
  visit(root, [], []);
}

/** A setting outside any record (control-rules.extraterritorial): named after its file and key. */
function setting(file: CitingFile, path: readonly string[], key: string): CitingEntity {
  const top = path[0] ?? key.replace(/sourceIds$/i, "");
  const label = file === "control-rules" && top === "extraterritorial" ? "Extraterritorial rule (Ann. 61)" : file === "control-rules" && top === "meta" ? "Control rules (forms caught)" : `${file}: ${top}`;
  return { kind: "setting", id: `${file}.${top}`, label };
}

/**
 * Where each source id is cited in the dataset: which elements, measures, products (and their components), regimes
 * and control rules point to it, and through which field. Computed from the data, so it cannot drift from it.
 */
export function computeCitedBy(dataset: Pick<Dataset, "elements" | "measures" | "products" | "regimes" | "controlRules">): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  walkFile("elements", dataset.elements, out);
  walkFile("measures", dataset.measures, out);
  walkFile("products", dataset.products, out);
  walkFile("regimes", dataset.regimes, out);
  walkFile("control-rules", dataset.controlRules, out);
  return out;
}

export type CitedByGroup = {
  entity: CitingEntity;
  /** "unit value; component Traction-motor NdFeB magnets" — each place in the record, once. */
  places: string[];
};

/** Citations grouped by the record that makes them, in dataset order. */
export function groupCitations(citations: readonly Citation[]): CitedByGroup[] {
  const groups = new Map<string, CitedByGroup>();
  for (const c of citations) {
    const key = `${c.entity.kind}:${c.entity.id}`;
    const group = groups.get(key) ?? { entity: c.entity, places: [] };
    const part = c.part ? `${partWord(c.part.kind)} ${c.part.label}` : "";
    const place = [part, c.field].filter(Boolean).join(": ");
    if (place && !group.places.includes(place)) group.places.push(place);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const partWord = (kind: EntityKind): string => (kind === "component" ? "component" : kind === "measure-part" ? "part" : kind === "end-user-rule" ? "end-user rule" : "");
