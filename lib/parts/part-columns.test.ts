import { describe, expect, it } from "vitest";
import { columnForHeader, matchPartColumns, PART_COLUMNS } from "./part-columns";

describe("columnForHeader: headers in five languages", () => {
  it.each([
    ["Part Number", "part_id"], ["Teilenummer", "part_id"], ["Sachnummer", "part_id"], ["Sach-Nr.", "part_id"], ["Référence", "part_id"],
    ["Numéro de pièce", "part_id"], ["Número de pieza", "part_id"], ["Codice articolo", "part_id"], ["Material-Nr.", "part_id"],
    ["Description", "description"], ["Bezeichnung", "description"], ["Benennung", "description"], ["Désignation", "description"],
    ["Descripción", "description"], ["Descrizione", "description"],
    ["HS code", "hs_code"], ["Customs tariff", "hs_code"], ["Zolltarifnummer", "hs_code"], ["Warennummer", "hs_code"],
    ["Code douanier", "hs_code"], ["Código arancelario", "hs_code"], ["Codice doganale", "hs_code"], ["TARIC", "hs_code"],
    ["Supplier", "supplier"], ["Lieferant", "supplier"], ["Fournisseur", "supplier"], ["Proveedor", "supplier"], ["Fornitore", "supplier"],
    ["Supplier country", "supplier_country"], ["Lieferland", "supplier_country"], ["Pays du fournisseur", "supplier_country"],
    ["Country of origin", "origin_country"], ["Ursprungsland", "origin_country"], ["Pays d'origine", "origin_country"],
    ["País de origen", "origin_country"], ["Paese di origine", "origin_country"], ["made_in", "origin_country"], ["COO", "origin_country"],
    ["Unit price", "unit_value"], ["Einzelpreis", "unit_value"], ["Einzelpreis (EUR)", "unit_value"], ["Prix unitaire", "unit_value"],
    ["Precio unitario", "unit_value"], ["Prezzo unitario", "unit_value"], ["unit_value_usd", "unit_value"], ["Preis/Stück", "unit_value"],
    ["Currency", "currency"], ["Währung", "currency"], ["Waehrung", "currency"], ["Devise", "currency"], ["Moneda", "currency"], ["Valuta", "currency"],
    ["Quantity", "quantity"], ["Menge", "quantity"], ["Quantité", "quantity"], ["Cantidad", "quantity"], ["Quantità", "quantity"],
    ["Element", "element"], ["grams_per_unit", "grams_per_unit"], ["Gewicht (kg)", "net_mass"], ["Poids net", "net_mass"],
    ["Form", "part_type"], ["Typ", "part_type"], ["End use", "end_use"], ["Verwendung", "end_use"], ["China share", "china_origin_share"],
    ["Anteil China", "china_origin_share"], ["Bestimmungsland", "destination"], ["Notes", null], ["Bemerkung", null],
  ])("%s → %s", (header, column) => {
    expect(columnForHeader(header)).toBe(column);
  });

  it("lists every column", () => {
    expect(PART_COLUMNS).toHaveLength(16);
  });
});

describe("matchPartColumns", () => {
  const headers = ["Teilenummer", "Bezeichnung", "Zolltarifnummer", "Lieferant", "Lieferland", "Einzelpreis (EUR)", "Menge", "Bemerkung"];

  it("matches a German motor maker's list and reads the currency off the price header", () => {
    const m = matchPartColumns(headers);
    expect(Object.fromEntries(Object.entries(m.sources).map(([c, s]) => [c, s.kind === "header" ? s.index : s.kind]))).toEqual({
      part_id: 0, description: 1, hs_code: 2, supplier: 3, supplier_country: 4, unit_value: 5, quantity: 6,
    });
    expect(m.headerCurrency).toBe("EUR");
    expect(m.unusedHeaders).toEqual(["Bemerkung"]);
    expect(m.warnings).toEqual([]);
  });

  it("takes explicit choices first: a header, a constant for every row, or unknown", () => {
    const m = matchPartColumns(headers, { description: "Bemerkung", end_use: { constant: "civil" }, origin_country: { unknown: true } });
    expect(m.sources.description).toEqual({ kind: "header", header: "Bemerkung", index: 7 });
    expect(m.sources.end_use).toEqual({ kind: "constant", value: "civil" });
    expect(m.sources.origin_country).toEqual({ kind: "unknown" });
    // "Bezeichnung" is then left for no column.
    expect(m.unusedHeaders).toEqual(["Bezeichnung"]);
  });

  it("names a chosen header that is not in the file", () => {
    expect(matchPartColumns(headers, { currency: "Währung" }).unmatched).toEqual(["currency"]);
  });

  it.each([
    [
      "competing synonyms: Preis and Einzelpreis",
      ["Part No", "Preis", "Einzelpreis"],
      "unit_value",
      1,
      ['Two columns read as "Unit value": column 2 ("Preis") and column 3 ("Einzelpreis"). Column 2 is used; column 3 is not read. To read the other, choose it on the mapping step.'],
    ],
    [
      "the same header twice",
      ["part", "description", "description", "origin"],
      "description",
      1,
      ['Two columns read as "Description": column 2 ("description") and column 3 ("description"). Column 2 is used; column 3 is not read. To read the other, choose it on the mapping step.'],
    ],
    [
      "three headers for one column: each extra one named",
      ["Country", "PN", "Country of origin", "COO"],
      "origin_country",
      0,
      [
        'Two columns read as "Country of origin": column 1 ("Country") and column 3 ("Country of origin"). Column 1 is used; column 3 is not read. To read the other, choose it on the mapping step.',
        'Two columns read as "Country of origin": column 1 ("Country") and column 4 ("COO"). Column 1 is used; column 4 is not read. To read the other, choose it on the mapping step.',
      ],
    ],
  ] as const)("says when two headers read as one column, names both and the one used: %s", (_label, headers, column, index, warnings) => {
    const m = matchPartColumns(headers);
    expect(m.sources[column]).toEqual({ kind: "header", header: headers[index], index });
    expect(m.warnings).toEqual(warnings);
  });
});
