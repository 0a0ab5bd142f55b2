import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STATUSES, type Status } from "../engine/status";
import { formatStatusCounts, formatStatusRange, STATUS_COLOR, STATUS_LABEL, STATUS_ORDER_WORST_FIRST, STATUS_WORD } from "./status-vocabulary";

const counts = (free: number, license: number, caseByCase: number, denied: number): Record<Status, number> => ({
  free,
  license,
  "case-by-case": caseByCase,
  denied,
});

describe("status words", () => {
  it("has a label and a word for every status, the word the label in lower case", () => {
    for (const s of STATUSES) expect(STATUS_WORD[s]).toBe(STATUS_LABEL[s].toLowerCase());
  });
  it("lists the worst first", () => {
    expect(STATUS_ORDER_WORST_FIRST).toEqual(["denied", "case-by-case", "license", "free"]);
  });
});

describe("formatStatusRange", () => {
  it.each([
    [{ low: "denied", high: "denied" }, "denied"],
    [{ low: "license", high: "denied" }, "licence–denied"],
    [{ low: "free", high: "case-by-case" }, "free–case-by-case"],
  ] as const)("%j → %s", (range, text) => expect(formatStatusRange(range)).toBe(text));
  it("takes the label set to use", () => {
    expect(formatStatusRange({ low: "free", high: "license" }, STATUS_LABEL)).toBe("Free–Licence");
  });
});

describe("formatStatusCounts", () => {
  it.each([
    // total 1 + 0 + 0 + 0 = 1: the singular, never "1 parts"
    [counts(0, 0, 0, 1), "part", "1 part: 1 denied"],
    // total 2 + 1 + 0 + 1 = 4, worst first, zero counts left out
    [counts(2, 1, 0, 1), "part", "4 parts: 1 denied, 1 licence, 2 free"],
    [counts(0, 0, 0, 0), "product", "no products"],
    // 1,200 + 3 = 1,203: grouped digits in the total
    [counts(1200, 0, 3, 0), "product", "1,203 products: 3 case-by-case, 1,200 free"],
  ])("%j %s → %s", (c, noun, text) => expect(formatStatusCounts(c, noun)).toBe(text));
});

describe("STATUS_COLOR", () => {
  it("matches the light theme's tokens in app/globals.css", () => {
    const css = readFileSync(path.join(__dirname, "../../app/globals.css"), "utf8");
    const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
    for (const s of STATUSES) {
      const { token, hex, css: ref } = STATUS_COLOR[s];
      expect(ref).toBe(`var(--${token})`);
      expect(root).toMatch(new RegExp(`--${token}:\\s*${hex};`));
    }
  });
});
