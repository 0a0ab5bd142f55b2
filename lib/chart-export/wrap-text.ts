/**
 * Breaks a text into lines no wider than maxWidth, at spaces, as measured by the caller (a canvas in the browser,
 * a fixed advance in tests). A word wider than the line stays whole on its own line rather than being cut.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = w;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** At most maxLines lines; the last one ends in "…" when text was left out. */
export function clampLines(lines: readonly string[], maxLines: number, maxWidth: number, measure: (s: string) => number): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (last.length > 1 && measure(last) > maxWidth) last = `${last.slice(0, -2)}…`;
  kept[maxLines - 1] = last;
  return kept;
}
