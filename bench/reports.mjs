// Reports benchmark: time to produce the CSV, JSON and PDF report for the bundled data, over HTTP
// (/api/report?regime=…&format=…, body fully read, median of BENCH_REPORT_RUNS, default 5, after one warm-up) and in
// process (buildReport + the formatter, TypeScript sources loaded with jiti, median of the same number of runs).
//
//   node bench/reports.mjs http://127.0.0.1:3510     (in-process figures need no server: node bench/reports.mjs)
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createJiti } from "jiti";
import { median } from "./lib/util.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const REPORT_QUERIES = ["regime=apr-2025", "regime=oct-2025"];
const FORMATS = ["csv", "json", "pdf"];
const TODAY = "2026-11-25";

export async function benchReportsHttp(baseUrl, { runs = Number(process.env.BENCH_REPORT_RUNS ?? 5) } = {}) {
  const out = {};
  for (const format of FORMATS) {
    const byQuery = {};
    for (const q of REPORT_QUERIES) {
      const url = `${baseUrl}/api/report?${q}&format=${format}`;
      const times = [];
      let bytes = 0;
      for (let i = 0; i <= runs; i += 1) {
        const t = performance.now();
        const res = await fetch(url);
        const body = await res.arrayBuffer();
        const ms = performance.now() - t;
        if (!res.ok) throw new Error(`${url} answered ${res.status}`);
        bytes = body.byteLength;
        if (i > 0) times.push(ms); // the first is a warm-up (loads pdfkit and the fonts on the first PDF)
      }
      byQuery[q] = { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), bytes, runs };
    }
    out[format] = { ...byQuery, medianMs: Math.max(...Object.values(byQuery).map((x) => x.medianMs)) };
  }
  return out;
}

export async function benchReportsInProcess({ runs = Number(process.env.BENCH_REPORT_RUNS ?? 5) } = {}) {
  const jiti = createJiti(import.meta.url, { alias: { "@": root }, fsCache: false, interopDefault: true });
  const load = (rel) => jiti.import(path.join(root, rel));
  const { getDataset } = await load("lib/data/load-dataset.ts");
  const { computeExposure } = await load("lib/engine/compute-exposure.ts");
  const { resolveScenario } = await load("lib/engine/resolve-scenario.ts");
  const { buildReport, hashDataset } = await load("lib/report/build-report.ts");
  const { formatCsvReport } = await load("lib/report/format-csv-report.ts");
  const { formatJsonReport } = await load("lib/report/format-json-report.ts");
  const { formatPdfReport } = await load("lib/report/format-pdf-report.ts");
  const { loadPdfFonts } = await load("server/pdf-fonts.ts");
  const dataset = getDataset();
  const fonts = loadPdfFonts(root);

  let t = performance.now();
  const datasetSha256 = await hashDataset(dataset);
  const hashMs = performance.now() - t;

  const result = computeExposure(dataset, resolveScenario(dataset, { regime: "apr-2025" }, TODAY));
  const build = () => buildReport(dataset, result, { generatedAt: "2026-11-25T00:00:00.000Z", datasetSha256 });
  const timeIt = async (fn) => {
    await fn(); // warm-up
    const xs = [];
    for (let i = 0; i < runs; i += 1) {
      const t0 = performance.now();
      await fn();
      xs.push(performance.now() - t0);
    }
    return median(xs);
  };
  const report = await build();
  return {
    scenario: "regime=apr-2025",
    datasetHashMs: hashMs,
    buildReportMs: await timeIt(build),
    csvMs: await timeIt(async () => formatCsvReport(report)),
    jsonMs: await timeIt(async () => formatJsonReport(report)),
    pdfMs: await timeIt(() => formatPdfReport(report, fonts)),
    pdfBytes: (await formatPdfReport(report, fonts)).byteLength,
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (process.argv[2]) console.log(JSON.stringify(await benchReportsHttp(process.argv[2]), null, 2));
  console.log(await benchReportsInProcess());
}
