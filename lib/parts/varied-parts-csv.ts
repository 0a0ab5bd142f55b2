// A parts list of varied lines that repeat, for the tests that compare a memoised path with reading or deciding each
// line alone. Test helper only. Cells are drawn (by a fixed linear congruential sequence, so every run is the same)
// from small pools, so that whole rows repeat under new part numbers and single cells repeat in new company: good
// cells, cells with spaces around them, cells that say "not known", and bad cells that are errors.

const DESCRIPTIONS = [
  "Magnet NdFeB N42SH 30x10x4 Ni",
  "  Dauermagnet NdFeB 38UH Rotorsegment",
  "NdFeB magnet 45SH GBD, Tb diffused",
  "SmCo magnet Sm2Co17",
  "Magnet 20x10x5",
  "Rotor assembly EPS",
  "Traction motor EV",
  "Dy2O3 powder",
  "Gd sputtering target",
  "Steel bolt M6",
  "Hall sensor",
  "?",
  "",
];
const CODES = ["8505111000", " 8505111000 ", "85051910", "2846901993", "8486909110", "7318", "12ab", "", "n/a"];
const COUNTRIES = ["CN", "DE", "JP", "China", "Atlantis", "unbekannt", "", "US"];
const PRICES = ["2.85", "4.10", "0.35", "600", "abc", "-3", "?", "", "1,250.50"];
const QUANTITIES = ["24000", "18000", "1", "", "-2", "?", "0"];
const SHARES = ["", "90%", "0.5", "100%", "150%", "?"];
const END_USES = ["", "civil", "military", "dual", "advanced_semiconductor", "Army", "?"];
const IDS = (i: number) => (i % 37 === 5 ? "" : i % 41 === 3 ? "?" : i % 43 === 7 ? `  P-${i}  ` : `P-${i}`);

export const VARIED_PARTS_HEADER = ["Part number", "Description", "HS code", "Supplier", "Country of origin", "Supplier country", "Unit price (USD)", "Quantity", "China origin share", "End use"];

/** Rows of cells: `kinds` distinct rows (less where they coincide), repeated to `rows` rows with their own part numbers. */
export function variedPartsRows(rows: number, kinds: number): string[][] {
  let seed = 20261202;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    // The high bits: the low bits of this sequence repeat with short periods.
    return Math.floor(seed / 65536) % n;
  };
  const pick = <T>(xs: readonly T[]) => xs[next(xs.length)] as T;
  const kindRows = Array.from({ length: kinds }, () => [pick(DESCRIPTIONS), pick(CODES), pick(["Ningbo Ruida", "Shin-Tokai KK", ""]), pick(COUNTRIES), pick(COUNTRIES), pick(PRICES), pick(QUANTITIES), pick(SHARES), pick(END_USES)]);
  return Array.from({ length: rows }, (_, i) => [IDS(i), ...(kindRows[next(kinds)] as string[])]);
}

/** The rows as CSV text, comma-delimited, quoted where a cell needs it. */
export function variedPartsCsv(rows: number, kinds: number): string {
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  return [VARIED_PARTS_HEADER, ...variedPartsRows(rows, kinds)].map((r) => r.map(quote).join(",")).join("\n") + "\n";
}
