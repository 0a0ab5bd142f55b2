import { describe, expect, it } from "vitest";
import { detectDecimalSeparator, readLocaleNumber, readQuantity, readShare } from "./read-number";

describe("readLocaleNumber", () => {
  it.each([
    // [cell, the file's decimal separator, value]
    ["12", null, 12],
    ["12,5", null, 12.5], // one comma, not followed by three digits: a decimal comma
    ["12.5", null, 12.5],
    ["0,125", ",", 0.125], // after a lone 0 a separator is decimal, whatever follows
    ["0,125", null, 0.125],
    ["1.234,56", null, 1234.56],
    ["1,234.56", null, 1234.56],
    ["1 234,56", null, 1234.56],
    ["1\u00a0234,56", null, 1234.56], // no-break space, as Excel in French writes it
    ["1\u202f234,56", null, 1234.56], // narrow no-break space
    ["1'234.50", null, 1234.5], // Swiss
    ["1.234.567", null, 1234567],
    ["1,234,567.8", null, 1234567.8],
    ["1 234 567,89", null, 1234567.89],
    ["1,234", ",", 1.234], // the ambiguous case, read with the file's decimal comma
    ["1,234", ".", 1234], // and with a decimal point: the comma groups thousands
    ["12.500", ",", 12500],
    ["12.500", ".", 12.5],
    [",5", ",", 0.5],
    ["-3,25", ",", -3.25],
    ["3,25-", ",", -3.25], // SAP's trailing minus
    ["\u22124", null, -4],
    ["1.5E-3", null, 0.0015],
    ["1000,5", null, 1000.5],
  ] as const)("%j (decimal %s) → %d", (cell, decimal, value) => {
    expect(readLocaleNumber(cell, decimal)).toEqual({ ok: true, value });
  });

  it.each([
    ["1,234", null, /ambiguous: 1,234 could be 1.234 or 1234; the file's decimal separator decides/],
    ["12.500", null, /ambiguous/],
    ["", null, /empty/],
    ["abc", null, /not a number/],
    ["1..2", null, /not a number/],
    ["12,", ",", /not a number/],
    ["1,23,456.78", null, /misplaced thousands separators/],
    ["12 5", null, /misplaced thousands separators/],
    ["1,234.567,89", null, /mixes separators/],
    ["1 234.567,8", null, /mixes thousands separators/],
    ["9".repeat(41), null, /longer than 40 characters/],
    ["12 EUR", ",", /not a number/], // currencies are taken off by the money reader, not here
  ] as const)("%j is refused", (cell, decimal, message) => {
    const r = readLocaleNumber(cell, decimal);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it("is linear: a 40-character cell of separators is read in one pass", () => {
    const t = performance.now();
    for (let i = 0; i < 20_000; i += 1) readLocaleNumber("1.".repeat(20), ",");
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe("detectDecimalSeparator", () => {
  it.each([
    [["12,5", "1.234,56", "3"], ","],
    [["12.5", "1,234.56"], "."],
    [["1,234", "2,345"], null], // every cell ambiguous: nothing decided
    [["0,750"], ","],
    [["1.234.567"], ","], // repeated dots group thousands, so the decimal is the comma
    [["EUR 12,50"], ","],
    [[], null],
  ] as const)("%j → %s", (cells, expected) => {
    expect(detectDecimalSeparator(cells)).toBe(expected);
  });
});

describe("readQuantity", () => {
  it.each([
    ["250", null, 250],
    ["1.000", ",", 1000], // a German thousands dot
    ["1.000 Stk", ",", 1000],
    ["12 pcs", ".", 12],
    ["0", null, 0],
    ["2,5", null, 2.5],
  ] as const)("%j → %d", (cell, decimal, value) => {
    expect(readQuantity(cell, decimal)).toEqual({ ok: true, value });
  });
  it("refuses a negative quantity", () => {
    expect(readQuantity("-5", null)).toEqual({ ok: false, error: `"-5" is negative: a quantity is 0 or more` });
  });
});

describe("readShare", () => {
  it.each([
    ["0.85", null, 0.85],
    ["0,85", null, 0.85],
    ["85%", null, 0.85],
    ["85 %", null, 0.85],
    ["12,5 %", null, 0.125],
    ["1", null, 1],
  ] as const)("%j → %d", (cell, decimal, value) => {
    expect(readShare(cell, decimal)).toEqual({ ok: true, value });
  });
  it.each([
    ["85", /above 1: write a share as a fraction/],
    ["120 %", /above 100 %/],
    ["-0.1", /below 0/],
    ["lots", /not a share/],
  ])("%j is refused", (cell, message) => {
    const r = readShare(cell, null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
