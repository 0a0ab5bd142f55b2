import { describe, expect, it } from "vitest";
import { compareReportFileName, sideWarnings } from "./build-compare-report";
import { makeTestCompareReport } from "./compare-report-fixture";
import { compareReportSchema } from "./compare-report-schema";

describe("buildCompareReport", () => {
  it("matches its documented schema, on the hand dataset and on the bundled one with a range", async () => {
    expect(compareReportSchema.safeParse(await makeTestCompareReport()).error).toBeUndefined();
    const bundled = await makeTestCompareReport({ regime: "as-of-today" }, { regime: "breakdown", destination: "jp" }, { bundled: true });
    expect(compareReportSchema.safeParse(bundled).error).toBeUndefined();
  });

  it("names both scenarios, carries each side's query, hash, headline and warnings", async () => {
    const r = await makeTestCompareReport(undefined, undefined, { warnings: [{ param: "b.military", message: '"licence" read as license' }] });
    expect(r.title).toBe("Rare-earth export controls compared: April 2025 (Ann. 18) (A) and October 2025 as announced (B)");
    expect(r.a.scenarioQuery).toBe("regime=apr-2025&asOf=2025-06-01");
    expect(r.b.scenarioQuery).toMatch(/^regime=oct-2025&asOf=2025-12-01/);
    expect(r.a.scenarioSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.a.scenarioSha256).not.toBe(r.b.scenarioSha256);
    expect(sideWarnings(r, "b")).toEqual([{ param: "military", message: '"licence" read as license' }]);
    expect(sideWarnings(r, "a")).toEqual([]);
    expect(r.products.map((p) => p.id)).toEqual(["p8", "p7", "p9"]);
  });

  it("lists each source once", async () => {
    const r = await makeTestCompareReport({ regime: "apr-2025" }, { regime: "oct-2025" }, { bundled: true });
    expect(new Set(r.sources.map((s) => s.id)).size).toBe(r.sources.length);
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it("files under both scenarios' slugs and the comparison's hash", async () => {
    const r = await makeTestCompareReport();
    expect(compareReportFileName(r, "pdf")).toBe(`rare-earth-compare_apr-2025_2025-06-01_vs_oct-2025_2025-12-01_${r.compareSha256.slice(0, 8)}.pdf`);
  });
});
