import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { resolveScenario } from "@/lib/engine/resolve-scenario";
import { buildReport } from "@/lib/report/build-report";
import { formatPdfReport } from "@/lib/report/format-pdf-report";
import { loadParsedPdfFonts, loadPdfFonts } from "./pdf-fonts";
import { runHeavyJob, serverHeavyContext, warmRegime } from "./workers/heavy-jobs";

async function textOf(pdf: Uint8Array): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: pdf.slice() });
  try {
    const r = await parser.getText();
    return { text: r.text, pages: r.total };
  } finally {
    await parser.destroy();
  }
}

describe("loadParsedPdfFonts", () => {
  it("parses once per process", () => {
    expect(loadParsedPdfFonts()).toBe(loadParsedPdfFonts());
  });

  it("makes the same report as the font files do, twice over (the parsed fonts are reused)", async () => {
    const dataset = getDataset();
    const result = computeExposure(dataset, resolveScenario(dataset, { regime: "oct-2025" }, "2026-11-25"));
    const report = await buildReport(dataset, result, { generatedAt: "2026-11-25T10:00:00.000Z", datasetSha256: "0".repeat(64) });
    const fromBytes = await textOf(await formatPdfReport(report, loadPdfFonts()));
    const first = await textOf(await formatPdfReport(report, loadParsedPdfFonts()));
    const second = await textOf(await formatPdfReport(report, loadParsedPdfFonts()));
    expect(first).toEqual(fromBytes);
    expect(second).toEqual(fromBytes);
    expect(fromBytes.pages).toBeGreaterThan(1);
  }, 60_000);
});

describe("the warm-up job", () => {
  it.each([0, 1])("round %i makes a report and answers an empty body", async (round) => {
    const r = await runHeavyJob({ kind: "warm", round }, serverHeavyContext(() => loadParsedPdfFonts()));
    expect(r).toEqual({ ok: true, body: new Uint8Array(0), fileName: null });
  }, 60_000);

  // data/regimes.json lists pre-2025-04, apr-2025 (the default), oct-2025, post-suspension-2025-11, as-of-today,
  // extended-pause, partial-rollback, breakdown: round 0 is the default, then the seven others in order, round 8
  // (8 − 1 = 7, 7 mod 7 = 0) the first of them again.
  it.each([
    { round: 0, regime: "apr-2025" },
    { round: 1, regime: "pre-2025-04" },
    { round: 2, regime: "oct-2025" },
    { round: 3, regime: "post-suspension-2025-11" },
    { round: 7, regime: "breakdown" },
    { round: 8, regime: "pre-2025-04" },
  ])("round $round reports on $regime", ({ round, regime }) => {
    expect(warmRegime(getDataset(), round)).toBe(regime);
  });
});
