import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { formatCsvReport, formatCsvReportTable, formatCsvReportZip, parseCsvReport } from "./format-csv-report";
import { reportFileName } from "./build-report";
import { makeTestReport } from "./report-fixture";

describe("formatCsvReport", () => {
  it("writes five blocks: report, sectors, products, method, sources", async () => {
    const r = await makeTestReport();
    const [meta, sectors, products, method, sources] = parseCsvReport(formatCsvReport(r));
    const field = (k: string) => meta?.find((row) => row.field === k)?.value;
    expect(field("regime")).toBe("apr-2025");
    expect(field("controlled_elements")).toBe("Sc Y Sm Gd Tb Dy Lu");
    expect(field("scenario_sha256")).toBe(r.scenarioSha256);
    expect(sectors).toHaveLength(10);
    expect(products).toHaveLength(9);
    expect(method?.length).toBe(r.method.length);
    expect(sources?.length).toBe(r.sources.length);
  });

  it("writes one warning row per warning about the request, in the report block", async () => {
    const r = await makeTestReport();
    expect(parseCsvReport(formatCsvReport(r))[0]?.filter((row) => row.field === "warning")).toEqual([]);
    r.warnings = [
      { param: "military", message: '"licence" read as license' },
      { param: "utm_source", message: "ignored: a tracking parameter" },
    ];
    const rows = parseCsvReport(formatCsvReport(r))[0]?.filter((row) => row.field === "warning").map((row) => row.value);
    expect(rows).toEqual(['military: "licence" read as license', "utm_source: ignored: a tracking parameter"]);
  });

  it("rounds the engine's numbers to meaningful precision: shares 4 decimals, US$ whole dollars", async () => {
    const r = await makeTestReport();
    const [meta, sectors, products] = parseCsvReport(formatCsvReport(r));
    for (const s of r.sectors) {
      const row = sectors?.find((x) => x.sector_id === s.id);
      expect(Number(row?.exposure_high)).toBe(Math.round(s.exposure.high * 10_000) / 10_000);
      expect(row?.value_usd).toBe(s.valueUsd === null ? "" : String(Math.round(s.valueUsd)));
    }
    // p2: SmCo from China-origin Sm, military, US buyer
    const p2 = products?.find((p) => p.product_id === "p2");
    expect(p2?.status_high).toBe("denied");
    expect(p2?.drivers).toBe("Sm");
    expect(Number(p2?.dependence_high)).toBe(0.9);
    expect(meta?.find((x) => x.field === "value_at_risk_usd_high")?.value).toBe(String(Math.round(r.totals.valueAtRiskUsd.high)));
  });

  it("writes no float noise: every number has at most 4 decimals", async () => {
    const r = await makeTestReport({ regime: "as-of-today" });
    // Give a sector the kind of figure the engine makes: 0.11429768638094467.
    r.sectors[0] = { ...r.sectors[0]!, exposure: { low: 0.11429768638094467, high: 0.30000000000000004 } };
    const csv = formatCsvReport(r);
    const blocks = parseCsvReport(csv);
    const numbers = blocks.flatMap((rows) => rows.flatMap((row) => Object.values(row))).filter((v) => /^-?\d+(\.\d+)?$/.test(v));
    expect(numbers.length).toBeGreaterThan(100);
    expect(numbers.filter((v) => /\.\d{5,}$/.test(v))).toEqual([]);
    const [, sectors] = blocks;
    expect([sectors?.[0]?.exposure_low, sectors?.[0]?.exposure_high]).toEqual(["0.1143", "0.3"]);
  });

  it("states the dataset's date, the licence, the link and the scenario in words", async () => {
    const r = await makeTestReport();
    const [meta] = parseCsvReport(formatCsvReport(r, { siteUrl: "https://example.org" }));
    const field = (k: string) => meta?.find((row) => row.field === k)?.value;
    expect(field("dataset_version")).toBe(r.dataset.version);
    expect(field("licence")).toMatch(/^CC BY 4\.0 \(Creative Commons Attribution 4\.0 International\)/);
    expect(field("licence_url")).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(field("link")).toBe(`https://example.org/?${r.scenarioQuery}`);
    expect(field("headline")).toBe(r.headline);
    const words = meta?.filter((row) => row.field === "scenario_in_words").map((row) => row.value);
    expect(words?.[0]).toMatch(/^Regime: /);
    expect(words).toContain("FAQ exclusions: applied (motors, finished electronics, phosphors… not controlled)");
    // Without the site's address, the link is relative.
    expect(parseCsvReport(formatCsvReport(r))[0]?.find((row) => row.field === "link")?.value).toBe(`/?${r.scenarioQuery}`);
  });

  it("is RFC 4180 with CRLF line ends and a UTF-8 byte-order mark", async () => {
    const csv = formatCsvReport(await makeTestReport());
    expect(csv.startsWith("\uFEFFfield,value\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
  });

  it("neutralises formula injection and keeps non-ASCII names", async () => {
    const r = await makeTestReport();
    const p = r.products[0]!;
    const hostile = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "Dysprosium ≥ 0.1 % — café, \"quoted\""];
    r.products = hostile.map((name, i) => ({ ...p, id: `p${i}`, name }));
    const csv = formatCsvReport(r);
    const [, , products] = parseCsvReport(csv);
    const names = products!.map((x) => x.product);
    expect(names.slice(0, 6)).toEqual(hostile.slice(0, 6).map((n) => `'${n}`));
    expect(names[6]).toBe("Dysprosium ≥ 0.1 % — café, \"quoted\"");
    for (const n of names) expect(n).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("is byte-identical across runs apart from the generated-at time", async () => {
    const a = formatCsvReport(await makeTestReport(undefined, "2026-11-25T10:00:00.000Z"));
    const b = formatCsvReport(await makeTestReport(undefined, "2026-11-26T11:30:00.000Z"));
    expect(a).not.toBe(b);
    expect(a.replace(/generated_at,[^\r]*/, "")).toBe(b.replace(/generated_at,[^\r]*/, ""));
  });
});

describe("formatCsvReport: ranges", () => {
  it("writes each outcome's rules and both ends of each figure", async () => {
    const r = await makeTestReport({ regime: "as-of-today" });
    const [meta, sectors] = parseCsvReport(formatCsvReport(r));
    const field = (k: string) => meta?.find((row) => row.field === k)?.value;
    expect(field("outcome")).toBe("range");
    expect(field("controlled_count_extended")).toBe("7");
    expect(field("controlled_count_lapsed")).toBe("12");
    const telecom = sectors?.find((x) => x.sector_id === "telecom");
    expect([telecom?.exposure_low, telecom?.exposure_high]).toEqual(["0", "0.99"]);
  });
});

describe("one table per file", () => {
  it("writes one table alone, with its header, the same rows as the block in the all-in-one file", async () => {
    const r = await makeTestReport();
    const all = parseCsvReport(formatCsvReport(r));
    const sectors = formatCsvReportTable(r, "sectors");
    expect(sectors.startsWith("\uFEFFsector_id,sector,basis,exposure_low,exposure_high,value_usd,")).toBe(true);
    expect(parseCsvReport(sectors)).toEqual([all[1]]);
    expect(parseCsvReport(formatCsvReportTable(r, "sources"))).toEqual([all[4]]);
  });

  it("zips the five tables, one CSV each, named after the report", async () => {
    const r = await makeTestReport();
    const files = unzipSync(formatCsvReportZip(r));
    expect(Object.keys(files)).toEqual(["report", "sectors", "products", "method", "sources"].map((t) => reportFileName(r, "csv", t)));
    const all = parseCsvReport(formatCsvReport(r));
    Object.values(files).forEach((bytes, i) => expect(parseCsvReport(strFromU8(bytes))).toEqual([all[i]]));
    // Same report, same bytes (entries dated by the report's generation time).
    expect(formatCsvReportZip(r)).toEqual(formatCsvReportZip(r));
  });

  it("separates cells with semicolons and writes decimal commas for European spreadsheets", async () => {
    const r = await makeTestReport();
    r.sectors[0] = { ...r.sectors[0]!, name: "Motors; drives", exposure: { low: 0.11429768638094467, high: 0.5 } };
    const csv = formatCsvReportTable(r, "sectors", { delimiter: "semicolon" });
    expect(csv.split("\r\n")[0]).toMatch(/^\uFEFFsector_id;sector;basis;exposure_low;exposure_high;/);
    const [rows] = parseCsvReport(csv, "semicolon");
    expect(rows?.[0]?.sector).toBe("Motors; drives");
    expect([rows?.[0]?.exposure_low, rows?.[0]?.exposure_high]).toEqual(["0,1143", "0,5"]);
    // Text keeps its full stops, and formula guards still apply.
    r.products[0] = { ...r.products[0]!, name: "-1.5 V cell" };
    const [products] = parseCsvReport(formatCsvReportTable(r, "products", { delimiter: "semicolon" }), "semicolon");
    expect(products?.[0]?.product).toBe("'-1.5 V cell");
  });
});
