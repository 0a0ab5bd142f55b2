import { describe, expect, it } from "vitest";
import { parseCsvReport } from "../report/format-csv-report";
import { makeTestCompareReport } from "./compare-report-fixture";
import { formatCompareCsv } from "./format-compare-csv";

describe("formatCompareCsv", () => {
  it("reads back as seven blocks: report, scenarios, changes, sectors, products, method, sources", async () => {
    const r = await makeTestCompareReport();
    const text = formatCompareCsv(r);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [meta, scenarios, changes, sectors, products, method, sources] = parseCsvReport(text);
    const field = (name: string) => meta?.find((row) => row.field === name)?.value;
    expect(field("headline")).toBe(r.headline);
    expect(field("a_scenario_query")).toBe("regime=apr-2025&asOf=2025-06-01");
    expect(field("elements_added")).toBe("Eu Ho Er Tm Yb");
    // Value at risk, hand-worked in compare-results.test.ts: 201,900 → 385,650.
    expect(Number(field("value_at_risk_usd_a_high"))).toBeCloseTo(201_900, 6);
    expect(Number(field("value_at_risk_usd_change_high"))).toBeCloseTo(183_750, 6);
    expect(scenarios?.find((row) => row.field === "regime")).toEqual({ field: "regime", a: "apr-2025", b: "oct-2025" });
    expect(changes?.map((c) => c.setting)).toEqual(["regime", "asOf", "elements", "extraterritorial", "advanced", "contentChecks"]);
    const telecom = sectors?.find((s) => s.sector_id === "telecom");
    expect(telecom).toMatchObject({ exposure_a_high: "0", exposure_b_high: "0.99", exposure_change_high: "0.99", direction: "up", drivers_added: "Er" });
    expect(products?.map((p) => [p.product_id, p.status_a_high, p.status_b_high, p.direction])).toEqual([
      ["p8", "license", "case-by-case", "worse"],
      ["p7", "free", "license", "worse"],
      ["p9", "license", "free", "better"],
    ]);
    expect(products?.[1]?.why).toContain("Er controlled in B, not in A");
    expect(method?.length).toBe(r.method.length);
    expect(sources?.length).toBe(r.sources.length);
  });

  it("pairs per-outcome fields of a range with the other side's, leaving a gap where a side has none", async () => {
    const r = await makeTestCompareReport({ regime: "as-of-today" }, { regime: "apr-2025" });
    const [, scenarios] = parseCsvReport(formatCompareCsv(r));
    // A holds two outcomes (fields suffixed _extended and _lapsed), B one (no suffix).
    expect(scenarios?.find((row) => row.field === "controlled_count_lapsed")).toEqual({ field: "controlled_count_lapsed", a: "12", b: "" });
    expect(scenarios?.find((row) => row.field === "controlled_count")).toEqual({ field: "controlled_count", a: "", b: "7" });
  });

  it("keeps an empty product block when no status changes, and guards every cell against formulas", async () => {
    const r = await makeTestCompareReport({ regime: "breakdown" }, { regime: "breakdown" });
    r.a.headline = "=HYPERLINK(\"x\")";
    const text = formatCompareCsv(r);
    const blocks = parseCsvReport(text);
    expect(blocks).toHaveLength(7);
    expect(blocks[4]).toEqual([]);
    expect(text).toContain("'=HYPERLINK");
  });
});
