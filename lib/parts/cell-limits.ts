/** Longest cell read, in characters; a longer one is an error on its row (and is not copied into any result). */
export const PART_MAX_CELL_CHARS = 512;

/** "?" "n/a" "unbekannt" "inconnu"…: a cell that says the value is not known, which is not the same as a bad value. */
// Two-letter forms ("na", "nd", "nc") are left out: they are also country codes and element symbols (NA, Nd).
const UNKNOWN = new Set([
  "", "?", "-", "--", "—", "n/a", "n.a.", "n.v.", "tbd", "tbc", "unknown", "not known", "unbekannt", "k.a.", "k. a.",
  "keine angabe", "inconnu", "inconnue", "n.c.", "non connu", "desconocido", "desconocida", "no disponible", "n.d.",
  "sconosciuto", "sconosciuta", "non noto",
]);

/** The first characters a marker can start with, lower-cased: any other cell is answered without making a string. */
const FIRST = new Set([...UNKNOWN].filter((m) => m !== "").map((m) => m.charCodeAt(0)));

export function isUnknownMarker(cell: string): boolean {
  if (cell.length > 16) return false;
  if (cell.length === 0) return true;
  let c = cell.charCodeAt(0);
  if (c >= 65 && c <= 90) c += 32;
  if (c > 32 && !FIRST.has(c)) return false;
  return UNKNOWN.has(cell) || UNKNOWN.has(cell.trim().toLowerCase());
}

/** A cell's text trimmed, or null when it is longer than the limit (the caller reports it on the row). */
export function boundCell(cell: string): string | null {
  if (cell.length > PART_MAX_CELL_CHARS * 2) return null;
  const t = cell.trim();
  return t.length > PART_MAX_CELL_CHARS ? null : t;
}
