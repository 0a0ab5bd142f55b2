// The columns of a parts list as compliance officers keep it, and the names other systems give them, in English,
// German, French, Spanish and Italian. Plain data and functions: the browser worker uses them as they are.
import { keyOf } from "./normalise-text";
import { readHeaderCurrency } from "./read-currency";

export const PART_COLUMNS = [
  "part_id",
  "description",
  "hs_code",
  "supplier",
  "supplier_country",
  "origin_country",
  "unit_value",
  "currency",
  "quantity",
  "part_type",
  "element",
  "grams_per_unit",
  "net_mass",
  "china_origin_share",
  "end_use",
  "destination",
] as const;
export type PartColumn = (typeof PART_COLUMNS)[number];

/** What each column of a parts list is, in words, for the mapping step and the warnings. */
export const PART_COLUMN_LABELS: Record<PartColumn, string> = {
  part_id: "Part number",
  description: "Description",
  hs_code: "Customs (HS) code",
  supplier: "Supplier",
  supplier_country: "Supplier's country",
  origin_country: "Country of origin",
  unit_value: "Unit value",
  currency: "Currency",
  quantity: "Quantity",
  part_type: "Type of part",
  element: "Element (one row per part and element)",
  grams_per_unit: "Grams of the element per unit",
  net_mass: "Net mass per unit",
  china_origin_share: "China-origin share of its rare earths",
  end_use: "End use",
  destination: "Buyer's country (destination)",
};

/**
 * Names for each column, compared as keyOf (case, accents, spaces and punctuation ignored; a unit in brackets,
 * "(EUR)", is taken off first). A name is listed under one column only: "Origin" alone could be a country or a
 * share, so it is a country here, and a share needs "share", "Anteil" or "%".
 */
export const PART_COLUMN_SYNONYMS: Record<PartColumn, readonly string[]> = {
  part_id: [
    "part id", "part number", "part no", "part num", "part", "pn", "p n", "item", "item id", "item number", "item no", "article number",
    "material number", "material", "sku", "Teilenummer", "Teile-Nr.", "Teilenr", "Sachnummer", "Sach-Nr.", "Materialnummer",
    "Material-Nr.", "Artikelnummer", "Artikel-Nr.", "Art.-Nr.", "Referenz", "Référence", "Réf.", "Numéro de pièce", "Numéro d'article",
    "Code article", "Número de pieza", "Referencia", "Código de artículo", "Nº de parte", "Codice articolo", "Numero parte",
    "Codice", "Riferimento",
  ],
  description: [
    "description", "desc", "part description", "item description", "name", "part name", "designation", "Bezeichnung",
    "Beschreibung", "Benennung", "Kurztext", "Materialkurztext", "Artikelbezeichnung", "Teilebezeichnung", "Désignation",
    "Libellé", "Descripción", "Denominación", "Descrizione", "Denominazione",
  ],
  hs_code: [
    "hs code", "hs", "hts", "hts code", "hs tariff code", "tariff code", "customs tariff", "customs tariff number", "customs code",
    "commodity code", "cn code", "tariff number", "taric", "taric code", "Zolltarifnummer", "Zolltarif-Nr.", "Warennummer",
    "Zolltarif", "Statistische Warennummer", "KN-Code", "Zollnummer", "Code douanier", "Nomenclature douanière", "Code SH",
    "Code NC", "Position tarifaire", "Código arancelario", "Partida arancelaria", "Código TARIC", "Código HS", "Codice doganale",
    "Voce doganale", "Codice NC", "Nomenclatura combinata",
  ],
  supplier: [
    "supplier", "vendor", "supplier name", "vendor name", "Lieferant", "Lieferantenname", "Kreditor", "Fournisseur", "Proveedor",
    "Fornitore",
  ],
  supplier_country: [
    "supplier country", "vendor country", "country of supplier", "ship from country", "ship-from country", "country of dispatch",
    "Lieferland", "Land des Lieferanten", "Lieferantenland", "Versandland", "Pays du fournisseur", "Pays d'expédition",
    "País del proveedor", "País de envío", "Paese del fornitore", "Paese di spedizione",
  ],
  origin_country: [
    "country of origin", "origin country", "coo", "origin", "made in", "made_in", "manufactured in", "country", "Ursprungsland",
    "Herkunftsland", "Ursprung", "Land", "Pays d'origine", "Origine", "Pays", "País de origen", "Origen", "País",
    "Paese di origine", "Paese",
  ],
  unit_value: [
    "unit value", "unit_value_usd", "unit value usd", "unit price", "price", "unit cost", "price per unit", "net price", "value",
    "Einzelpreis", "Stückpreis", "Stueckpreis", "Preis", "Preis pro Stück", "Preis/Stück", "Nettopreis", "Preis je Einheit", "Wert",
    "Prix unitaire", "Prix", "Coût unitaire", "Valeur unitaire", "Precio unitario", "Precio", "Coste unitario", "Valor unitario",
    "Prezzo unitario", "Prezzo", "Costo unitario", "Valore unitario",
  ],
  currency: ["currency", "curr", "cur", "ccy", "Währung", "Waehrung", "Whg", "Devise", "Monnaie", "Moneda", "Divisa", "Valuta"],
  quantity: [
    "quantity", "qty", "annual quantity", "annual qty", "annual volume", "annual demand", "yearly quantity", "eau", "order qty", "order quantity",
    "volume", "units", "Menge", "Anzahl", "Stückzahl", "Stueckzahl", "Jahresmenge", "Jahresbedarf", "Bedarf", "Quantité", "Qté", "Cantidad", "Cant.", "Quantità", "Qtà",
  ],
  part_type: [
    "type", "part type", "category", "material type", "form", "component type", "commodity", "Typ", "Teileart", "Materialart",
    "Kategorie", "Warengruppe", "Catégorie", "Tipo", "Categoría", "Categoria",
  ],
  element: ["element", "symbol", "element symbol", "ree", "rare earth", "rare earth element", "Seltenerdelement", "Élément", "Elemento"],
  grams_per_unit: [
    "grams per unit", "grams_per_unit", "grams", "g per unit", "mass g", "content g", "ree grams", "Gramm", "Gramm pro Stück",
    "Gehalt g", "Grammes", "Gramos", "Grammi",
  ],
  net_mass: [
    "net weight", "weight", "mass", "unit weight", "net mass", "Gewicht", "Nettogewicht", "Masse", "Stückgewicht", "Poids",
    "Poids net", "Peso", "Peso neto", "Peso netto",
  ],
  china_origin_share: [
    "china origin share", "china share", "share china", "china origin", "china pct", "china %", "china content", "origin share",
    "China-Anteil", "Anteil China", "Chinaanteil", "Part Chine", "Part d'origine chinoise", "Cuota China", "Porcentaje China",
    "Quota Cina",
  ],
  end_use: [
    "end use", "use", "application", "usage", "end-use", "Verwendung", "Endverwendung", "Anwendung", "Einsatzzweck",
    "Usage final", "Utilisation", "Uso final", "Aplicación", "Uso finale", "Applicazione",
  ],
  destination: [
    "destination", "destination country", "ship to country", "ship-to country", "customer country", "Bestimmungsland", "Zielland",
    "Empfängerland", "Pays de destination", "País de destino", "Paese di destinazione",
  ],
};

/** Where a column's values come from: a header of the file, one value for every row, or "not known". */
export type ColumnSource =
  | { kind: "header"; header: string; index: number }
  | { kind: "constant"; value: string }
  | { kind: "unknown" };

/** What the mapping step sends: {column: header name} or {column: {constant}} or {column: {unknown: true}}. */
export type PartMappingInput = Partial<Record<PartColumn, string | { constant: string } | { unknown: true }>>;

export type ColumnMatch = {
  sources: Partial<Record<PartColumn, ColumnSource>>;
  /** Explicit header names that are not in the file, by column. */
  unmatched: PartColumn[];
  /** Headers no column took, for the preview. */
  unusedHeaders: string[];
  /** A currency a header names ("Einzelpreis (EUR)"), for values without a currency of their own. */
  headerCurrency: string | null;
  /** Headers that two columns could have taken, or that appear twice: said, not silently resolved. */
  warnings: string[];
};

/** Takes a unit or currency in brackets off a header: "Einzelpreis (EUR)" → "Einzelpreis". */
const stripBrackets = (h: string) => h.replace(/\s*[([][^)\]]{0,16}[)\]]\s*/g, " ").trim();

const SYNONYM_INDEX: Map<string, PartColumn> = (() => {
  const index = new Map<string, PartColumn>();
  for (const c of PART_COLUMNS) {
    for (const name of [c, ...PART_COLUMN_SYNONYMS[c]]) {
      const k = keyOf(name);
      const other = index.get(k);
      if (other && other !== c) throw new Error(`header synonym "${name}" is listed under ${other} and ${c}`);
      index.set(k, c);
    }
  }
  return index;
})();

/** The column a header names, if any. */
export function columnForHeader(header: string): PartColumn | null {
  return SYNONYM_INDEX.get(keyOf(stripBrackets(header))) ?? SYNONYM_INDEX.get(keyOf(header)) ?? null;
}

/**
 * Matches a file's headers to the columns: explicit choices first (a header name, a constant for every row, or
 * "unknown"), then the synonyms. Each header serves one column; a second header that reads as an already taken
 * column is left unused and named in `warnings`.
 */
export function matchPartColumns(headers: readonly string[], explicit: PartMappingInput = {}): ColumnMatch {
  const sources: Partial<Record<PartColumn, ColumnSource>> = {};
  const unmatched: PartColumn[] = [];
  const warnings: string[] = [];
  const used = new Set<number>();
  const keys = headers.map((h) => keyOf(h));
  const lower = headers.map((h) => h.trim().toLowerCase());

  for (const c of PART_COLUMNS) {
    const choice = explicit[c];
    if (choice === undefined) continue;
    if (typeof choice === "object") {
      sources[c] = "unknown" in choice ? { kind: "unknown" } : { kind: "constant", value: choice.constant };
      continue;
    }
    if (choice.trim() === "") continue;
    let i = lower.indexOf(choice.trim().toLowerCase());
    if (i < 0) i = keys.indexOf(keyOf(choice));
    if (i < 0) unmatched.push(c);
    else {
      used.add(i);
      sources[c] = { kind: "header", header: headers[i] ?? "", index: i };
    }
  }
  headers.forEach((h, i) => {
    if (used.has(i)) return;
    const c = columnForHeader(h);
    if (c === null || c in explicit) return;
    const taken = sources[c];
    if (taken) {
      // Both columns named, and which one the check reads: a second "Description" may be the one that names a magnet.
      const first = taken.kind === "header" ? `column ${taken.index + 1} ("${taken.header}")` : "your choice";
      warnings.push(
        `Two columns read as "${PART_COLUMN_LABELS[c]}": ${first} and column ${i + 1} ("${h}"). ${taken.kind === "header" ? `Column ${taken.index + 1}` : "Your choice"} is used; column ${i + 1} is not read. To read the other, choose it on the mapping step.`,
      );
      return;
    }
    used.add(i);
    sources[c] = { kind: "header", header: h, index: i };
  });
  const value = sources.unit_value;
  const headerCurrency = value?.kind === "header" ? readHeaderCurrency(value.header) : null;
  return { sources, unmatched, unusedHeaders: headers.filter((_, i) => !used.has(i)), headerCurrency, warnings };
}
