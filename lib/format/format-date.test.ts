import { describe, expect, it } from "vitest";
import { formatDay } from "./format-date";

describe("formatDay", () => {
  it.each([
    ["2026-11-10", "10 Nov 2026"],
    ["2025-04-04", "4 Apr 2025"],
    ["2025-12-31", "31 Dec 2025"],
    ["2025-13-01", "2025-13-01"], // no month 13: shown as written rather than guessed
    ["today", "today"],
  ])("%s → %s", (iso, expected) => {
    expect(formatDay(iso)).toBe(expected);
  });
});
