import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { parseReportRequest } from "./parse-report-request";

const dataset = getDataset();
const TODAY = "2026-11-25";
const FORMATS = ["csv", "json", "pdf"] as const;
const parse = (query: string, opts: Parameters<typeof parseReportRequest>[4] = {}) =>
  parseReportRequest(dataset, new URLSearchParams(query), FORMATS, TODAY, opts);

describe("parseReportRequest", () => {
  it("reads json when no format is given", () => {
    expect(parse("regime=apr-2025")).toMatchObject({ ok: true, format: "json", warnings: [] });
  });

  it.each([
    ["CSV", "csv"],
    ["Pdf", "pdf"],
    [" json ", "json"],
  ])("reads format=%j as %s, with a warning", (raw, format) => {
    expect(parse(`regime=apr-2025&format=${encodeURIComponent(raw)}`)).toMatchObject({
      ok: true,
      format,
      warnings: [{ param: "format", message: `"${raw}" read as ${format}` }],
    });
  });

  it.each<[string, string, RegExp]>([
    ["regime=apr-2025&format=doc", "format", /^"doc" is not one of csv, json, pdf$/],
    ["regime=apr-2025&format=csv&format=pdf", "format", /more than once/],
    ["regime=nope&format=csv", "regime", /unknown regime/],
    ["regime=apr-2025&mapping=x", "mapping", /unknown parameter/],
  ])("%j -> 400 naming %s", (query, param, message) => {
    const r = parse(query);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.param).toBe(param);
      expect(r.error.message).toMatch(message);
    }
  });

  it("takes a route's own parameters, and reports scenario parameters the route does not apply", () => {
    const r = parse("regime=apr-2025&mapping=x&chinaShare=Dy:50&exclusions=ignore", {
      extraParams: ["mapping"],
      ignored: { chinaShare: "each row gives its own share", exclusions: "not for parts" },
    });
    expect(r).toMatchObject({
      ok: true,
      warnings: [
        { param: "chinaShare", message: "ignored: each row gives its own share" },
        { param: "exclusions", message: "ignored: not for parts" },
      ],
    });
    expect(parse("regime=apr-2025", { ignored: { chinaShare: "x" } })).toMatchObject({ ok: true, warnings: [] });
  });
});
