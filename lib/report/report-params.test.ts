import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { parseReportRequest } from "../http/parse-report-request";
import { formatReportParamReferenceMarkdown, readReportParam, REPORT_FORMATS, REPORT_PARAMS_TABLE } from "./report-params";

const dataset = getDataset();
const parse = (query: string) => parseReportRequest(dataset, new URLSearchParams(query), REPORT_FORMATS, "2026-11-25", { fileOptions: true });

describe("report parameters", () => {
  it("README's table is the one written from REPORT_PARAMS_TABLE", () => {
    const readme = readFileSync(path.join(__dirname, "../../README.md"), "utf8");
    expect(readme).toContain(formatReportParamReferenceMarkdown());
  });

  it("each parameter's example and default are among its values", () => {
    for (const spec of Object.values(REPORT_PARAMS_TABLE)) {
      const values = spec.values as readonly string[];
      expect(values).toContain(spec.example);
      if (spec.default !== null) expect(values).toContain(spec.default);
    }
  });

  it.each([
    ["table", "Sectors", "sectors", ['"Sectors" read as sectors']],
    ["delimiter", "semicolon", "semicolon", []],
    ["format", " XLSX", "xlsx", ['" XLSX" read as xlsx']],
  ] as const)("reads %s=%j as %s", (name, raw, value, notes) => {
    expect(readReportParam(name, raw)).toEqual({ ok: true, value, notes });
  });

  it.each([
    // query, table, delimiter, warnings
    ["regime=apr-2025&format=csv", null, "comma", []],
    ["regime=apr-2025&format=csv&table=products&delimiter=semicolon", "products", "semicolon", []],
    ["regime=apr-2025&format=zip&delimiter=semicolon", null, "semicolon", []],
    ["regime=apr-2025&format=zip&table=products", null, "comma", [{ param: "table", message: "ignored: it applies to format=csv, not format=zip" }]],
    ["regime=apr-2025&format=xlsx&delimiter=semicolon", null, "comma", [{ param: "delimiter", message: "ignored: it applies to format=csv and format=zip, not format=xlsx" }]],
  ] as const)("%s → table %s, delimiter %s", (query, table, delimiter, warnings) => {
    expect(parse(query)).toMatchObject({ ok: true, file: { table, delimiter }, warnings });
  });

  it("refuses the file parameters on a route that does not take them", () => {
    const r = parseReportRequest(dataset, new URLSearchParams("regime=apr-2025&format=csv&table=sectors"), ["json", "csv", "pdf"], "2026-11-25");
    expect(r).toMatchObject({ ok: false, error: { param: "table" } });
  });
});
