import { describe, expect, it } from "vitest";
import { boundCell, isUnknownMarker, PART_MAX_CELL_CHARS } from "./cell-limits";
import { foldText, keyOf, wordsOf } from "./normalise-text";

describe("text keys", () => {
  it.each([
    ["Währung", "wahrung", "wahrung", "wahrung"],
    ["Référence", "reference", "reference", "reference"],
    ["Teile-Nr.", "teile-nr.", "teilenr", "teile nr"],
    ["Straße", "strasse", "strasse", "strasse"],
    ["P.R. China", "p.r. china", "prchina", "p r china"],
    ["Zolltarif­nummer", "zolltarif­nummer", "zolltarifnummer", "zolltarif nummer"], // soft hyphen, as Excel keeps it
  ])("%s", (input, folded, key, words) => {
    expect(foldText(input)).toBe(folded);
    expect(keyOf(input)).toBe(key);
    expect(wordsOf(input)).toBe(words);
  });
});

describe("cell limits", () => {
  it.each(["", "?", "n/a", "Unbekannt", "inconnu", " TBD "])("%j means not known", (s) => expect(isUnknownMarker(s)).toBe(true));
  it.each(["0", "CN", "civil", "none"])("%j is a value", (s) => expect(isUnknownMarker(s)).toBe(false));
  it("bounds a cell to PART_MAX_CELL_CHARS characters after trimming", () => {
    expect(boundCell(`  ${"a".repeat(PART_MAX_CELL_CHARS)}  `)).toHaveLength(PART_MAX_CELL_CHARS);
    expect(boundCell("a".repeat(PART_MAX_CELL_CHARS + 1))).toBeNull();
    expect(boundCell("x".repeat(10_000_000))).toBeNull();
  });
});

describe("unknown markers are not values", () => {
  it.each(["Nd", "NA", "NC"])("%s is a value (an element symbol or a country code)", (s) => expect(isUnknownMarker(s)).toBe(false));
});
