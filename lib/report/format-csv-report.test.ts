import { describe, expect, it } from "vitest";
import { formatCsvReport, parseCsvReport } from "./format-csv-report";
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

  it("carries the engine's numbers at full precision", async () => {
    const r = await makeTestReport();
    const [, sectors, products] = parseCsvReport(formatCsvReport(r));
    for (const s of r.sectors) {
      expect(Number(sectors?.find((x) => x.sector_id === s.id)?.exposure_high)).toBe(s.exposure.high);
    }
    // p2: SmCo from China-origin Sm, military, US buyer
    const p2 = products?.find((p) => p.product_id === "p2");
    expect(p2?.status_high).toBe("denied");
    expect(p2?.drivers).toBe("Sm");
    expect(Number(p2?.dependence_high)).toBe(0.9);
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
