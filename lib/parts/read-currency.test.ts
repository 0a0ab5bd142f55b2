import { describe, expect, it } from "vitest";
import { getFxRates } from "../data/load-parts-data";
import { convertToUsd } from "./convert-currency";
import { readCurrency, readHeaderCurrency, readMoney } from "./read-currency";

describe("readCurrency", () => {
  it.each([
    ["EUR", "EUR"], ["eur", "EUR"], ["€", "EUR"], ["Euro", "EUR"], ["US$", "USD"], ["usd", "USD"], ["RMB", "CNY"], ["CN¥", "CNY"],
    ["元", "CNY"], ["JP¥", "JPY"], ["Yen", "JPY"], ["£", "GBP"], ["₩", "KRW"], ["CHF", "CHF"], ["SEK", "SEK"],
  ])("%s → %s", (raw, code) => expect(readCurrency(raw)).toEqual({ ok: true, code }));
  it.each([
    ["¥", /both the Japanese yen and the Chinese yuan/],
    ["kr", /SEK, NOK or DKK/],
    // $ stands for the US, Canadian, Australian… dollars alike: never taken as USD without a word.
    ["$", /write USD, CAD, AUD, NZD, HKD, SGD or TWD/],
    ["dollars", /write USD, CAD, AUD, NZD, HKD, SGD or TWD/],
    ["Taler", /not a currency/],
  ])("%s is refused", (raw, message) => {
    const r = readCurrency(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe("readMoney", () => {
  it.each([
    ["12,50", ",", "EUR", { amount: 12.5, currency: "EUR", currencyFrom: "default" }],
    ["€ 12,50", ",", null, { amount: 12.5, currency: "EUR", currencyFrom: "cell" }],
    ["1.234,00 €", ",", null, { amount: 1234, currency: "EUR", currencyFrom: "cell" }],
    ["US$3.20", ".", null, { amount: 3.2, currency: "USD", currencyFrom: "cell" }],
    ["480 JPY", null, null, { amount: 480, currency: "JPY", currencyFrom: "cell" }],
    ["12.50 EUR", ".", "EUR", { amount: 12.5, currency: "EUR", currencyFrom: "cell" }],
    // "$" with the row's or the file's currency one of the dollars: read in that currency.
    ["$3.20", ".", "USD", { amount: 3.2, currency: "USD", currencyFrom: "default" }],
    ["4.10 $", ".", "CAD", { amount: 4.1, currency: "CAD", currencyFrom: "default" }],
    ["¥480", null, "JPY", { amount: 480, currency: "JPY", currencyFrom: "default" }],
  ] as const)("%j", (raw, decimal, def, expected) => {
    expect(readMoney(raw, decimal, def)).toEqual({ ok: true, ...expected });
  });
  it.each([
    ["12,50", ",", null, /has no currency: add a currency column, or choose the file's currency/],
    ["12,50 USD", ",", "EUR", /is in USD but the row's currency is EUR/],
    ["¥480", null, null, /both the Japanese yen and the Chinese yuan/],
    ["$3.20", ".", null, /^"\$3\.20": \$ and "dollar" are used for the US, Canadian.*write USD, CAD, AUD, NZD, HKD, SGD or TWD, or choose the file's currency$/],
    ["$3.20", ".", "EUR", /^"\$3\.20" is not in the row's currency, EUR: /],
    ["¥480", null, "EUR", /is not in the row's currency, EUR: ¥ is used for both/],
    ["twelve", null, "EUR", /not a number/],
    // Three letters read as a currency code with no amount: named as what it is, not as an empty cell.
    ["abc", ".", "USD", /^"abc" is not an amount of money$/],
    ["EUR", ".", null, /^"EUR" is not an amount of money$/],
  ] as const)("%j is refused", (raw, decimal, def, message) => {
    const r = readMoney(raw, decimal, def);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe("readHeaderCurrency", () => {
  it.each([
    ["Einzelpreis (EUR)", "EUR"], ["Unit price [USD]", "USD"], ["Preis in €", "EUR"], ["unit_value_usd", "USD"], ["Prix unitaire (€)", "EUR"],
    ["Einzelpreis", null], ["Price", null],
    // A "$" header names no one currency: the file's currency is chosen, or each value says its own.
    ["Unit price ($)", null], ["Price in $", null],
  ])("%s → %s", (header, code) => expect(readHeaderCurrency(header)).toBe(code));
});

describe("convertToUsd at the 2025 annual Fed rates (record-and-routes.md §6)", () => {
  const rates = getFxRates();
  it.each([
    // 12.50 EUR × 1.1306 USD/EUR = 14.1325 USD
    [12.5, "EUR", 14.1325, "1 EUR = 1.1306 USD (2025 annual average)"],
    // 1,000 JPY ÷ 149.57 JPY/USD = 6.68583… USD
    [1000, "JPY", 1000 / 149.57, "1 USD = 149.57 JPY (2025 annual average)"],
    // 71.875 CNY ÷ 7.1875 = 10 USD
    [71.875, "CNY", 10, "1 USD = 7.1875 CNY (2025 annual average)"],
    // 100 GBP × 1.3185 = 131.85 USD (an EST: mean of monthly averages)
    [100, "GBP", 131.85, "1 GBP = 1.3185 USD (2025 annual average)"],
    [2842.8, "KRW", 2, "1 USD = 1421.4 KRW (2025 annual average)"],
    [5, "USD", 5, "US dollars, not converted"],
  ])("%d %s → %d USD", (amount, currency, usd, text) => {
    const r = convertToUsd(amount, currency, rates);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.usd).toBeCloseTo(usd, 10);
      expect(r.rate.text).toBe(text);
    }
  });
  it("refuses a currency without a rate on record rather than guessing one", () => {
    expect(convertToUsd(10, "CHF", rates)).toEqual({
      ok: false,
      error: "no 2025 reference rate is on record for CHF (rates on record: USD, EUR, JPY, CNY, KRW, GBP); give the value in one of them",
    });
  });
  it("states the series and its source", () => {
    const r = convertToUsd(1, "EUR", rates);
    expect(r.ok && r.rate).toMatchObject({ series: expect.stringMatching(/AEXUSEU/), confidence: "H", sourceIds: ["FX-FED"] });
  });
});
