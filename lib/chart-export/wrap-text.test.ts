import { describe, expect, it } from "vitest";
import { clampLines, wrapText } from "./wrap-text";

// Every character 10 px wide: a 100 px line holds 10 characters.
const mono = (s: string) => s.length * 10;

describe("wrapText", () => {
  it.each([
    ["short", ["short"]],
    ["one two three four", ["one two", "three four"]], // "one two three" is 13 characters
    ["  spaced   out  ", ["spaced out"]],
    ["supercalifragilistic word", ["supercalifragilistic", "word"]], // a long word stays whole
    ["", []],
  ])("%j", (text, lines) => expect(wrapText(text, 100, mono)).toEqual(lines));
});

describe("clampLines", () => {
  it("keeps what fits and marks the cut", () => {
    // "bbbbbbbbbb…" is 11 characters (110 px): one b goes, leaving 9 b and the ellipsis (100 px).
    expect(clampLines(["aaaa", "bbbbbbbbbb", "cc"], 2, 100, mono)).toEqual(["aaaa", "bbbbbbbbb…"]);
    expect(clampLines(["aaaa"], 2, 100, mono)).toEqual(["aaaa"]);
  });
});
