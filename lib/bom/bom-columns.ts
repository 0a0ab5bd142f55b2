// Plain constants and the header matcher, kept free of zod and the dataset so that a Web Worker can use them cheaply.

/** The columns of a bill-of-materials file, one row per part and element, in the template's order. */
export const BOM_COLUMNS = [
  "part_id",
  "description",
  "unit_value_usd",
  "element",
  "grams_per_unit",
  "form",
  "china_origin_share",
  "end_use",
  "made_in",
] as const;
export type BomColumn = (typeof BOM_COLUMNS)[number];

/** Every column but the description is needed to decide a part; a file without one of them cannot be read. */
export const BOM_REQUIRED_COLUMNS: readonly BomColumn[] = BOM_COLUMNS.filter((c) => c !== "description");

/** The component forms a BOM row may name: the dataset's forms a buyer is likely to hold as a part. */
export const BOM_FORMS = ["ndfeb_magnet", "smco_magnet", "sputtering_target", "oxide_compound", "alloy", "other"] as const;
export type BomForm = (typeof BOM_FORMS)[number];

export const BOM_END_USES = ["civil", "dual", "military", "advanced_semiconductor"] as const;
export type BomEndUse = (typeof BOM_END_USES)[number];

export const BOM_MADE_IN = ["china", "abroad"] as const;
export type BomMadeIn = (typeof BOM_MADE_IN)[number];

/** Largest file accepted, in bytes (50 MB, decimal: what upload dialogs and `ls -h --si` show). */
export const BOM_MAX_BYTES = 50_000_000;

/**
 * Longest cell read, in characters (UTF-16 code units). A part id or description is a line of text, not a document;
 * a longer cell is an error on its row, so nothing longer ever reaches the engine, a report or the PDF's line breaker.
 */
export const BOM_MAX_CELL_CHARS = 512;

/**
 * Most lines the server checks in one upload: a header and 100,000 rows (line breaks inside quoted cells and blank
 * lines count). The browser page has no such limit: it checks the file on the user's own machine. A larger file is
 * refused (413) while it is being received, before any parsing, so the memory and time an upload takes stay bounded.
 */
export const BOM_SERVER_MAX_LINES = 100_001;

/**
 * At most this many row errors are listed; the rest are counted (`errorsOmitted`). A file of garbage would otherwise
 * produce millions of error objects. Every part still lists all of its own error rows.
 */
export const BOM_MAX_LISTED_ERRORS = 1000;

/** Which header of the file holds each column: {canonicalColumn: headerInFile}. */
export type ColumnMapping = Partial<Record<BomColumn, string>>;

/** "Part No." → "partno": case, spaces, punctuation and a byte-order mark do not matter when matching headers. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Names other systems give the columns, normalised. Only names that cannot mean another column: "origin" could be
 * a country or a share, so it maps to made_in only as "country of origin" and to the share only with "share".
 */
const SYNONYMS: Record<BomColumn, readonly string[]> = {
  part_id: ["partid", "part", "partno", "partnumber", "partnum", "pn", "itemid", "item", "itemno", "itemnumber", "sku", "materialnumber"],
  description: ["description", "desc", "partdescription", "itemdescription", "partname", "name"],
  unit_value_usd: ["unitvalueusd", "unitvalue", "valueusd", "value", "unitpriceusd", "unitprice", "priceusd", "unitcostusd", "unitcost"],
  element: ["element", "symbol", "elementsymbol", "ree", "rareearth", "rareearthelement"],
  grams_per_unit: ["gramsperunit", "grams", "gramsperpart", "gperunit", "massg", "weightg", "contentg", "g"],
  form: ["form", "materialform", "componentform", "parttype"],
  china_origin_share: ["chinaoriginshare", "originshare", "chinashare", "chinaorigin", "chinaoriginpct", "chinapct"],
  end_use: ["enduse", "use", "application"],
  made_in: ["madein", "country", "countryoforigin", "madeincountry", "manufacturedin", "coo"],
};

/**
 * Which header index each column takes: explicit names first, then exact canonical names (case, spaces and
 * punctuation ignored), then synonyms. Each header is used once. Used by the parser and by suggestColumnMapping.
 */
export function matchColumns(headers: readonly string[], explicit: ColumnMapping = {}): {
  index: Map<BomColumn, number>;
  /** Columns whose explicit header is not in the file. */
  unmatched: BomColumn[];
} {
  const normalised = headers.map(normaliseHeader);
  const lower = headers.map((h) => h.trim().toLowerCase());
  const used = new Set<number>();
  const index = new Map<BomColumn, number>();
  const unmatched: BomColumn[] = [];
  const take = (column: BomColumn, i: number) => {
    used.add(i);
    index.set(column, i);
  };
  for (const c of BOM_COLUMNS) {
    const name = explicit[c];
    if (name === undefined || name.trim() === "") continue;
    const want = name.trim().toLowerCase();
    let i = lower.indexOf(want);
    if (i < 0) i = normalised.indexOf(normaliseHeader(name));
    if (i < 0) unmatched.push(c);
    else take(c, i);
  }
  const pick = (column: BomColumn, names: readonly string[]) => {
    for (const name of names) {
      const i = normalised.findIndex((h, j) => h === name && !used.has(j));
      if (i >= 0) return take(column, i);
    }
  };
  const open = (c: BomColumn) => !index.has(c) && !unmatched.includes(c);
  // Exact names win over synonyms, so that a file with both "value" and "unit_value_usd" maps the latter.
  for (const c of BOM_COLUMNS) if (open(c)) pick(c, [normaliseHeader(c)]);
  for (const c of BOM_COLUMNS) if (open(c)) pick(c, SYNONYMS[c]);
  return { index, unmatched };
}

/**
 * A mapping from the file's headers to the columns, to prefill the mapping step: exact names (case-insensitive,
 * spaces and punctuation ignored), then common synonyms ("Part Number", "Symbol", "Grams", "Origin share",
 * "Country"…). Each header is used once; a column no header matches is left out, for the user to map.
 */
export function suggestColumnMapping(headers: readonly string[]): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [c, i] of matchColumns(headers).index) out[c] = headers[i];
  return out;
}
