import { describe, expect, it } from "vitest";
import { applyDashboardPatch, opensProductsTable, readDashboardUrl, readProductTableQuery, scenarioUrlKey, searchOf } from "./dashboard-url";

const SECTORS = new Set(["ev", "wind"]);

describe("readDashboardUrl", () => {
  it("keeps every value of a scenario key and the first of a view key", () => {
    const url = readDashboardUrl({ regime: "apr-2025", controlled: ["Dy", "Tb"], sector: ["ev", "wind"], sort: "name", utm_source: "x" });
    expect(url.regime).toEqual(["apr-2025"]);
    expect(url.controlled).toEqual(["Dy", "Tb"]); // twice: the lenient parser reports it
    expect(url.asOf).toEqual([]);
    expect(url.sector).toBe("ev");
    expect(url.sort).toBe("name");
    expect(url.product).toBeNull();
    expect("utm_source" in url).toBe(false);
  });
});

describe("readProductTableQuery", () => {
  it.each([
    [{}, { sector: null, status: null, sort: "status", dir: "desc" }],
    [{ sector: "ev", status: "denied", sort: "name", dir: "asc" }, { sector: "ev", status: "denied", sort: "name", dir: "asc" }],
    // an unknown sector, status, key or direction reads as none or the default, never as an empty table
    [{ sector: "mars", status: "banned", sort: "price", dir: "up" }, { sector: null, status: null, sort: "status", dir: "desc" }],
  ])("%j → %j", (url, query) => expect(readProductTableQuery(url, SECTORS)).toEqual(query));
});

describe("scenarioUrlKey", () => {
  it("changes with a scenario key and not with a view key", () => {
    const a = readDashboardUrl({ regime: "apr-2025", sort: "name" });
    expect(scenarioUrlKey(a)).toBe(scenarioUrlKey(readDashboardUrl({ regime: "apr-2025", product: "ev-car" })));
    expect(scenarioUrlKey(a)).not.toBe(scenarioUrlKey(readDashboardUrl({ regime: "apr-2025", controlled: "Dy" })));
  });
});

describe("readDashboardUrl from a query string", () => {
  it("reads the same as from the record Next gives the server", () => {
    const record = { regime: "apr-2025", controlled: ["Dy", "Tb"], sector: "ev" };
    expect(readDashboardUrl(searchOf(record))).toEqual(readDashboardUrl(record));
    expect(readDashboardUrl("?regime=apr-2025&controlled=Dy&controlled=Tb&sector=ev")).toEqual(readDashboardUrl(record));
  });
});

describe("applyDashboardPatch", () => {
  it.each([
    // a new key goes last; commas and colons stay readable
    ["?regime=apr-2025", { controlled: "Sc,Y,Sm" }, "?regime=apr-2025&controlled=Sc,Y,Sm"],
    ["?regime=apr-2025&controlled=Dy", { controlled: null }, "?regime=apr-2025"],
    // a key given twice is set to one value, in its first place
    ["?controlled=Dy&regime=oct-2025&controlled=Tb", { controlled: "Tb" }, "?controlled=Tb&regime=oct-2025"],
    ["?regime=breakdown", { chinaShare: "Dy:50,all:60", sector: "ev", product: undefined }, "?regime=breakdown&chinaShare=Dy:50,all:60&sector=ev"],
    ["?regime=breakdown", { regime: null }, ""],
    // what a query must escape is escaped: & = # space
    ["", { product: "a&b=c #d" }, "?product=a%26b%3Dc%20%23d"],
  ])("%s + %j → %s", (search, patch, next) => expect(applyDashboardPatch(search, patch)).toBe(next));
});

describe("opensProductsTable", () => {
  it.each([
    ["a scenario only", "?regime=apr-2025&controlled=Dy", false],
    ["no query at all", "", false],
    ["an empty table key", "?sector=", false],
    ["a sector filter", "?regime=apr-2025&sector=wind", true],
    ["a status filter", "?status=denied", true],
    ["an order", "?sort=name", true],
    ["a direction", "?dir=asc", true],
    ["an open product", "?product=def-f35", true],
  ])("%s: %s", (_, search, expected) => {
    expect(opensProductsTable(readDashboardUrl(search))).toBe(expected);
  });
});
