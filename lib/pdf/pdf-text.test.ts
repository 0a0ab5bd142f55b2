import { describe, expect, it } from "vitest";
import { breakLongRuns, clipPdfText, PDF_MAX_TEXT_CHARS } from "./pdf-text";

const Z = "\u200B";

describe("breakLongRuns", () => {
  it.each([
    ["short words stay as they are", "NdFeB magnet set, Dy/Tb grade", 20, "NdFeB magnet set, Dy/Tb grade"],
    ["a run of exactly the limit stays whole", "A".repeat(5), 5, "AAAAA"],
    ["a longer run gets a break after every 5 characters", "A".repeat(12), 5, `AAAAA${Z}AAAAA${Z}AA`],
    ["spaces, hyphens and slashes reset the count", "AAAA AAAA-AAAA/AAAA", 5, "AAAA AAAA-AAAA/AAAA"],
    ["a surrogate pair counts once and is never split", "🧲".repeat(3), 2, `🧲🧲${Z}🧲`],
    ["an existing zero-width space is a break", `AAAA${Z}AAAA`, 5, `AAAA${Z}AAAA`],
  ])("%s", (_label, text, maxRun, expected) => {
    expect(breakLongRuns(text, maxRun)).toBe(expected);
  });

  it("is linear: a 1 MB run takes milliseconds", () => {
    const started = performance.now();
    const out = breakLongRuns("A".repeat(1_000_000), 20);
    expect(performance.now() - started).toBeLessThan(500);
    // 1,000,000 / 20 = 50,000 runs, so 49,999 breaks between them.
    expect(out.length).toBe(1_000_000 + 49_999);
  });
});

describe("clipPdfText", () => {
  it("keeps text up to the limit", () => {
    expect(clipPdfText("x".repeat(PDF_MAX_TEXT_CHARS))).toHaveLength(PDF_MAX_TEXT_CHARS);
  });

  it("cuts longer text and says by how much", () => {
    expect(clipPdfText("abcdefghij", 4)).toBe("abcd… [6 more characters not shown]");
  });

  it("never cuts a surrogate pair in half", () => {
    // "a🧲b": the cut at 2 would fall between the halves of 🧲, so it falls before it.
    expect(clipPdfText("a🧲b", 2)).toBe("a… [3 more characters not shown]");
  });
});
