import { describe, expect, it } from "vitest";
import type { z } from "zod";
import type { ExposureReport } from "./build-report";
import { formatJsonReport } from "./format-json-report";
import { makeTestReport } from "./report-fixture";
import { exposureReportSchema } from "./report-schema";

type ReadonlyLists<T> = T extends readonly (infer U)[] ? readonly ReadonlyLists<U>[] : T extends object ? { [K in keyof T]: ReadonlyLists<T[K]> } : T;

describe("formatJsonReport", () => {
  it("matches the documented schema", async () => {
    const parsed = exposureReportSchema.parse(JSON.parse(formatJsonReport(await makeTestReport({ regime: "breakdown", reading: "broad" }))));
    expect(parsed.scenario.outcomes[0]?.controlledElements).toHaveLength(12);
    // The schema and the builder's type describe the same shape (the builder's lists read-only: results share them).
    const typed: ExposureReport = parsed;
    const back: ReadonlyLists<z.infer<typeof exposureReportSchema>> = typed;
    expect(back.reportVersion).toBe("2.0");
  });

  it("is byte-identical across runs apart from generatedAt", async () => {
    const a = formatJsonReport(await makeTestReport(undefined, "2026-11-25T10:00:00.000Z"));
    const b = formatJsonReport(await makeTestReport(undefined, "2026-11-25T12:00:00.000Z"));
    expect(a.replace(/"generatedAt": "[^"]*"/, "")).toBe(b.replace(/"generatedAt": "[^"]*"/, ""));
  });

  it("keeps non-ASCII text as UTF-8", async () => {
    const r = await makeTestReport();
    r.products[0]!.name = "Gadolinium-Komplex für Kontrastmittel ≥ 1 µg";
    exposureReportSchema.parse(JSON.parse(formatJsonReport(r)));
    expect(formatJsonReport(r)).toContain("Gadolinium-Komplex für Kontrastmittel ≥ 1 µg");
  });
});

describe("formatJsonReport: ranges", () => {
  it("validates a range scenario with two outcomes", async () => {
    const parsed = exposureReportSchema.parse(JSON.parse(formatJsonReport(await makeTestReport({ regime: "as-of-today" }))));
    expect(parsed.scenario.outcomes.map((o) => o.outcome)).toEqual(["extended", "lapsed"]);
  });
});
