import { describe, expect, it } from "vitest";
import { formatDay, formatMonth, formatMonthName, formatPartialDate } from "./format-date";

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

describe("formatPartialDate", () => {
  it.each([
    ["2025-04-04", "4 Apr 2025"],
    ["2025-04", "Apr 2025"],
    ["2011", "2011"],
    ["2025-11-16/2025-11-20", "16–20 Nov 2025"],
    ["2025-09/2025-10", "Sep–Oct 2025"],
    ["2024-12-31/2025-01-02", "31 Dec 2024 – 2 Jan 2025"],
    [null, "undated"],
  ])("%s → %s", (iso, text) => expect(formatPartialDate(iso)).toBe(text));
});

describe("formatMonthName and formatMonth", () => {
  it.each([
    [1, "Jan"],
    [9, "Sep"], // en-US's abbreviation, the same in every ICU version (en-GB writes "Sept" in newer ones)
    [12, "Dec"],
    [0, ""],
    [13, ""],
  ])("%i → %j", (m, name) => expect(formatMonthName(m)).toBe(name));
  it("reads a timestamp in UTC", () => {
    // 2023-07-01T00:00Z is still 30 Jun in the Americas: the label must not follow the reader's zone.
    expect(formatMonth(Date.UTC(2023, 6, 1))).toBe("Jul 2023");
  });
});
