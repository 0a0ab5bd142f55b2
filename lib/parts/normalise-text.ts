// Comparison keys for headers, keywords and names typed in any of the languages parts lists come in.

const FOLD: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ł: "l", "’": "'", "‘": "'" };

/** Lower case, accents removed ("Währung" → "wahrung", "Référence" → "reference"), ß → ss. */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ßæœøđł’‘]/g, (c) => FOLD[c] ?? c);
}

/** A key for exact matching: folded, letters and digits only ("Teile-Nr." → "teilenr"). */
export function keyOf(s: string): string {
  return foldText(s).replace(/[^a-z0-9]/g, "");
}

/** Folded words separated by single spaces ("P.R. China" → "p r china"), for matching names and keywords. */
export function wordsOf(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
