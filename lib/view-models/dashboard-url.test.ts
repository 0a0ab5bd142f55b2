import { describe, expect, it } from "vitest";
import { readDashboardUrl, readProductTableQuery, scenarioUrlKey } from "./dashboard-url";

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
