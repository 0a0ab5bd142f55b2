// The CPU-heavy jobs the server runs off its event loop (see server/heavy-pool.ts): the PDF, XLSX and ZIP reports
// (exposure and comparison; tens to hundreds of milliseconds each), and reading and checking an uploaded parts list in
// any format. Plain functions of their input, run inside a worker thread; unit tests call them directly.
import type { CompareReport } from "@/lib/compare/build-compare-report";
import { formatComparePdf } from "@/lib/compare/format-compare-pdf";
import { getDataset } from "@/lib/data/load-dataset";
import { getControlCodes, getFxRates, getTypicalComposition } from "@/lib/data/load-parts-data";
import type { Scenario } from "@/lib/engine/scenario";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { resolveScenario } from "@/lib/engine/resolve-scenario";
import { partsReportFileName } from "@/lib/parts/build-parts-report";
import { checkPartsFile } from "@/lib/parts/check-parts-file";
import { formatPartsCsvReport } from "@/lib/parts/format-parts-csv-report";
import { formatPartsPdfReport } from "@/lib/parts/format-parts-pdf-report";
import { formatPartsXlsxReport } from "@/lib/parts/format-parts-xlsx-report";
import type { PartMappingInput } from "@/lib/parts/part-columns";
import type { PartsTables } from "@/lib/parts/parts-tables";
import { XLSX_LIMITS } from "@/lib/parts/xlsx-archive";
import { buildReport, type ExposureReport } from "@/lib/report/build-report";
import { formatCsvReportZip } from "@/lib/report/format-csv-report";
import type { CsvDelimiter } from "@/lib/report/report-params";
import { DEFAULT_REGIME } from "@/lib/scenario/resolve-url-scenario";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { formatPdfReport } from "@/lib/report/format-pdf-report";
import { formatXlsxReport } from "@/lib/report/format-xlsx-report";
import type { PdfFonts } from "@/lib/pdf/pdf-document";
import type { Dataset } from "@/lib/schemas/dataset";
import type { ParamError } from "@/lib/scenario/parse-scenario";
import type { ParamIssue } from "@/lib/scenario/scenario-params";
import { BOM_SERVER_MAX_ROWS } from "@/lib/bom/bom-limits";

export type BomFormat = "json" | "csv" | "xlsx" | "pdf";

export type HeavyJob =
  /**
   * Started with the server (heavy-pool.ts sends WARM_ROUNDS of them, one after another): loads the worker's code,
   * data and fonts and makes one report of the round's preset, so the first reader's PDF is not the slow one.
   */
  | { kind: "warm"; round: number }
  | { kind: "report-pdf"; report: ExposureReport }
  | { kind: "compare-pdf"; report: CompareReport }
  | { kind: "report-xlsx"; report: ExposureReport; siteUrl: string | null }
  | { kind: "report-zip"; report: ExposureReport; siteUrl: string | null; delimiter: CsvDelimiter }
  | {
      kind: "bom";
      bytes: Uint8Array;
      mapping: PartMappingInput;
      fileCurrency: string | null;
      scenario: Scenario;
      warnings: ParamIssue[];
      format: BomFormat;
      generatedAt: string;
    };

/** A job's answer: the body's bytes (moved, not copied, back to the main thread) and the attachment's name, or a 4xx. */
export type HeavyResult =
  | { ok: true; body: Uint8Array; fileName: string | null }
  | { ok: false; status: 400 | 413; error: ParamError };

export type HeavyContext = { dataset: () => Dataset; fonts: () => PdfFonts; tables: () => PartsTables };

/** The server's context: the bundled data, validated once per worker. */
export const serverHeavyContext = (fonts: () => PdfFonts): HeavyContext => ({
  dataset: getDataset,
  fonts,
  tables: () => ({ controlCodes: getControlCodes(), fxRates: getFxRates(), composition: getTypicalComposition() }),
});

const encode = (text: string) => new TextEncoder().encode(text);

async function runBomJob(job: Extract<HeavyJob, { kind: "bom" }>, ctx: HeavyContext): Promise<HeavyResult> {
  const checked = await checkPartsFile(job.bytes, ctx.dataset(), ctx.tables(), job.scenario, {
    mapping: job.mapping,
    fileCurrency: job.fileCurrency,
    generatedAt: job.generatedAt,
    warnings: job.warnings,
    read: { xlsxLimits: { ...XLSX_LIMITS, maxRows: BOM_SERVER_MAX_ROWS } },
  });
  if (!checked.ok) return { ok: false, status: checked.tooLarge ? 413 : 400, error: { param: "body", message: checked.message } };
  const report = checked.report;
  if (job.format === "json") return { ok: true, body: encode(JSON.stringify(report)), fileName: null };
  if (job.format === "csv") return { ok: true, body: encode(formatPartsCsvReport(report)), fileName: partsReportFileName(report, "csv") };
  if (job.format === "xlsx") return { ok: true, body: await formatPartsXlsxReport(report), fileName: partsReportFileName(report, "xlsx") };
  return { ok: true, body: await formatPartsPdfReport(report, ctx.fonts()), fileName: partsReportFileName(report, "pdf") };
}

/** The preset a warm-up round reports on: the default view first, then the dataset's presets in their order. */
export function warmRegime(dataset: Dataset, round: number): string {
  const others = dataset.regimes.regimes.map((r) => r.id).filter((id) => id !== DEFAULT_REGIME);
  return round === 0 ? DEFAULT_REGIME : (others[(round - 1) % others.length] ?? DEFAULT_REGIME);
}

/**
 * A report made and dropped: it compiles pdfkit's and fontkit's code paths and fills the fonts' shared caches
 * (lib/pdf/pdf-layout-cache.ts) with the words reports use. One report is not enough: V8 optimises the layout code
 * over the next few, and in a fresh worker reports cost about 1,200, 320, 190, 130 ms of CPU, then 110–130.
 */
async function warm(ctx: HeavyContext, round: number): Promise<HeavyResult> {
  const dataset = ctx.dataset();
  const result = computeExposure(dataset, resolveScenario(dataset, { regime: warmRegime(dataset, round) }, todayIso()));
  const report = await buildReport(dataset, result, { generatedAt: new Date().toISOString(), datasetSha256: "0".repeat(64) });
  await formatPdfReport(report, ctx.fonts());
  return { ok: true, body: new Uint8Array(0), fileName: null };
}

export async function runHeavyJob(job: HeavyJob, ctx: HeavyContext): Promise<HeavyResult> {
  switch (job.kind) {
    case "warm":
      return warm(ctx, job.round);
    case "report-pdf":
      return { ok: true, body: await formatPdfReport(job.report, ctx.fonts()), fileName: null };
    case "compare-pdf":
      return { ok: true, body: await formatComparePdf(job.report, ctx.fonts()), fileName: null };
    case "report-xlsx":
      return { ok: true, body: await formatXlsxReport(job.report, { siteUrl: job.siteUrl }), fileName: null };
    case "report-zip":
      return { ok: true, body: formatCsvReportZip(job.report, { siteUrl: job.siteUrl, delimiter: job.delimiter }), fileName: null };
    case "bom":
      return runBomJob(job, ctx);
  }
}
