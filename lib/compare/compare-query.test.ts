import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { compareApiHref, compareHref, MAX_SIDE_QUERY_CHARS, parseCompareRequest, resolveCompareSide } from "./compare-query";

const dataset = getDataset();
const TODAY = "2026-12-02";

describe("resolveCompareSide (the page: lenient)", () => {
  it.each<[string, "a" | "b", string | null, { regime: string | null; query: RegExp; notices: string[]; warnings: string[] }]>([
    ["a side not given: April 2025", "a", null, { regime: "apr-2025", query: /^regime=apr-2025&asOf=2025-06-01$/, notices: [], warnings: [] }],
    ["b side not given: October 2025 as announced", "b", null, { regime: "oct-2025", query: /^regime=oct-2025&/, notices: [], warnings: [] }],
    ["an empty side is not given", "b", "  ", { regime: "oct-2025", query: /^regime=oct-2025&/, notices: [], warnings: [] }],
    ["a preset with a destination", "b", "regime=breakdown&destination=jp", { regime: "breakdown", query: /&destination=jp/, notices: [], warnings: [] }],
    // An unknown preset is replaced by the default preset (the dashboard's), and said so.
    ["an unknown preset", "a", "regime=nope", { regime: "apr-2025", query: /^regime=apr-2025/, notices: ["a.regime"], warnings: [] }],
    // An unknown name is reported and dropped; a tracking parameter is ignored with a warning.
    ["an unknown name and a tracking parameter", "b", "regime=oct-2025&colour=red&utm_source=x", { regime: "oct-2025", query: /^regime=oct-2025/, notices: ["b.colour"], warnings: ["b.utm_source"] }],
    // A lenient spelling is read, with a warning that says how.
    ["a lenient spelling", "a", "regime=apr-2025&military=licence", { regime: "apr-2025", query: /military=license/, notices: [], warnings: ["a.military"] }],
    ["a side too long", "a", `regime=apr-2025&x=${"y".repeat(MAX_SIDE_QUERY_CHARS)}`, { regime: "apr-2025", query: /^regime=apr-2025/, notices: ["a"], warnings: [] }],
  ])("%s", (_name, side, raw, expected) => {
    const r = resolveCompareSide(dataset, side, raw, TODAY);
    expect(r.scenario.regime).toBe(expected.regime);
    expect(r.query).toMatch(expected.query);
    expect(r.notices.map((n) => n.param)).toEqual(expected.notices);
    expect(r.warnings.map((n) => n.param)).toEqual(expected.warnings);
  });
});

describe("parseCompareRequest (the API: strict)", () => {
  const parse = (query: string) => parseCompareRequest(dataset, new URLSearchParams(query), ["json", "csv", "pdf"] as const, TODAY);
  const q = (a: string, b: string, rest = "") => `${new URLSearchParams({ a, b }).toString()}${rest}`;

  it("reads both sides and the format", () => {
    const r = parse(q("regime=apr-2025", "regime=oct-2025&destination=JP", "&format=CSV&utm_source=news"));
    if (!r.ok) throw new Error(r.error.message);
    expect([r.a.scenario.regime, r.b.scenario.regime, r.b.scenario.destination, r.format]).toEqual(["apr-2025", "oct-2025", "jp", "csv"]);
    expect(r.warnings.map((w) => w.param)).toEqual(["utm_source", "b.destination", "format"]);
  });

  it.each([
    ["a missing", "b=regime%3Doct-2025", "a"],
    ["b empty", "a=regime%3Dapr-2025&b=", "b"],
    ["an unknown parameter", `${q("regime=apr-2025", "regime=oct-2025")}&c=1`, "c"],
    ["a given twice", `${q("regime=apr-2025", "regime=oct-2025")}&a=regime%3Dbreakdown`, "a"],
    ["an unknown preset inside b", q("regime=apr-2025", "regime=nope"), "b.regime"],
    ["a bad value inside a", q("regime=apr-2025&threshold=500", "regime=oct-2025"), "a.threshold"],
    ["an unknown name inside a", q("regime=apr-2025&colour=red", "regime=oct-2025"), "a.colour"],
    ["a side too long", q(`regime=apr-2025&${"x".repeat(MAX_SIDE_QUERY_CHARS)}`, "regime=oct-2025"), "a"],
    ["an unknown format", `${q("regime=apr-2025", "regime=oct-2025")}&format=xls`, "format"],
  ])("%s → 400 naming %s", (_name, query, param) => {
    const r = parse(query);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.param).toBe(param);
  });
});

describe("links", () => {
  it("carry each side's query whole, encoded", () => {
    expect(compareHref("regime=apr-2025", "regime=oct-2025&lens=border")).toBe("/compare?a=regime%3Dapr-2025&b=regime%3Doct-2025%26lens%3Dborder");
    expect(compareApiHref("regime=apr-2025", "regime=oct-2025", "pdf")).toBe("/api/compare?a=regime%3Dapr-2025&b=regime%3Doct-2025&format=pdf");
    const back = new URLSearchParams(compareHref("regime=apr-2025", "regime=oct-2025&lens=border").split("?")[1]);
    expect(back.get("b")).toBe("regime=oct-2025&lens=border");
  });
});
