// Parts-list benchmark (issue 11, budget of issue 13): the whole check of a parts list (bytes → rows → lines → an
// action per line → report) on lists of 10,000 and 100,000 lines, CSV and XLSX, next to a bare papaparse parse of the
// same CSV in the same run:
//   - in Node, the pipeline as the API runs it (lib/parts/check-parts-file.ts, loaded with jiti like bench/engine.mjs);
//   - in Chromium, on the /bom page of the production build: the file is uploaded, the page's worker checks it, and
//     the worker's own timings are read off the summary (data-timings); the bare parse runs in a Worker of an
//     about:blank page of the same browser, on the same bytes (TextDecoder + Papa.parse, papaparse's defaults).
// Runs alternate (bare, pipeline, bare, …) so that the machine's load falls on both alike; medians are reported.
// The files are the 30 lines of fixtures/parts-lists/motor-maker-eu.csv repeated (scripts/generate-parts-bench.mjs).
//
//   node bench/parts.mjs                     Node only
//   node bench/parts.mjs http://127.0.0.1:3201   Node, then Chromium against a running `next start`
//   node bench/parts.mjs --json [url]        the figures as JSON (bench/run.mjs)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { createJiti } from "jiti";
import Papa from "papaparse";
import { CHROME_FLAGS, chromePath, median } from "./lib/util.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const OUT = path.join(here, "out", "parts");
const SIZES = [10_000, 100_000];
const RUNS = Number(process.env.BENCH_PARTS_RUNS ?? 5);
const SCENARIO = { regime: "oct-2025", lens: "border" };

/** The benchmark files, made once into bench/out/parts (not committed). */
export function partsFiles(sizes = SIZES) {
  return sizes.map((n) => {
    const csv = path.join(OUT, `parts-${n}.csv`);
    const xlsx = path.join(OUT, `parts-${n}.xlsx`);
    if (!existsSync(csv) || !existsSync(xlsx)) execFileSync(process.execPath, [path.join(root, "scripts/generate-parts-bench.mjs"), OUT, String(n)], { stdio: "ignore" });
    return { lines: n, csv, xlsx };
  });
}

/** What a user of papaparse alone would do with the file: decode the bytes, parse with the defaults. */
function bareParse(bytes) {
  const text = new TextDecoder("windows-1252").decode(bytes);
  return Papa.parse(text).data.length;
}

const growth = (sizes, key) => {
  for (let i = 1; i < sizes.length; i += 1) {
    const step = sizes[i].lines / sizes[i - 1].lines;
    const g = sizes[i][key] / sizes[i - 1][key];
    sizes[i][`${key}GrowthPer10x`] = step === 10 ? g : g ** (1 / Math.log10(step));
  }
};

export async function benchPartsNode({ files = partsFiles(), runs = RUNS } = {}) {
  const jiti = createJiti(import.meta.url, { alias: { "@": root }, fsCache: false, interopDefault: true });
  const load = (rel) => jiti.import(path.join(root, rel));
  const { checkPartsFile } = await load("lib/parts/check-parts-file.ts");
  const { getControlCodes, getFxRates, getTypicalComposition } = await load("lib/data/load-parts-data.ts");
  const { getDataset } = await load("lib/data/load-dataset.ts");
  const { resolveScenario } = await load("lib/engine/resolve-scenario.ts");
  const dataset = getDataset();
  const tables = { controlCodes: getControlCodes(), fxRates: getFxRates(), composition: getTypicalComposition() };
  const scenario = resolveScenario(dataset, SCENARIO, "2026-11-25");
  const check = async (bytes) => {
    const r = await checkPartsFile(bytes, dataset, tables, scenario, { generatedAt: "2026-11-25T00:00:00Z" });
    if (!r.ok) throw new Error(r.message);
    return r;
  };
  const sizes = [];
  for (const f of files) {
    const csv = new Uint8Array(readFileSync(f.csv));
    const xlsx = new Uint8Array(readFileSync(f.xlsx));
    const bare = [];
    const csvRuns = [];
    const xlsxRuns = [];
    let stages = null;
    let actions = null;
    for (let i = 0; i <= runs; i += 1) {
      globalThis.gc?.();
      let t = performance.now();
      bareParse(csv);
      const b = performance.now() - t;
      globalThis.gc?.();
      t = performance.now();
      const r = await check(csv);
      const c = performance.now() - t;
      globalThis.gc?.();
      t = performance.now();
      await check(xlsx);
      const x = performance.now() - t;
      if (i === 0) continue; // warm-up
      bare.push(b);
      csvRuns.push(c);
      xlsxRuns.push(x);
      stages = r.timings;
      actions = Object.fromEntries(Object.entries(r.report.summary.byAction).map(([k, v]) => [k, v.lines]));
    }
    const bareMs = median(bare);
    const csvMs = median(csvRuns);
    sizes.push({ lines: f.lines, csvBytes: csv.length, xlsxBytes: xlsx.length, runs, bareMs, csvMs, xlsxMs: median(xlsxRuns), csvRatio: csvMs / bareMs, stages, actions });
  }
  growth(sizes, "csvMs");
  growth(sizes, "xlsxMs");
  return { scenario: SCENARIO, sizes };
}

/** In the page of an about:blank tab: N bare parses in a Worker, each timed inside the worker. */
async function bareInChromium(page, bytes, runs) {
  const papaparse = readFileSync(path.join(root, "node_modules/papaparse/papaparse.min.js"), "utf8");
  return page.evaluate(
    async ({ source, data, runs }) => {
      const worker = new Worker(
        URL.createObjectURL(
          new Blob(
            [
              `${source}\nonmessage = (e) => { const out = []; for (let i = 0; i <= e.data.runs; i++) { const t = performance.now(); ` +
                `const text = new TextDecoder("windows-1252").decode(e.data.bytes); Papa.parse(text); if (i > 0) out.push(performance.now() - t); } postMessage(out); };`,
            ],
            { type: "text/javascript" },
          ),
        ),
      );
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      return new Promise((resolve) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.postMessage({ bytes, runs });
      });
    },
    { source: papaparse, data: Buffer.from(bytes).toString("base64"), runs },
  );
}

/** Uploads the file on /bom and waits for a new check to be shown; the worker's timings and the wall time. */
async function checkInChromium(page, file) {
  const summary = page.getByTestId("bom-summary");
  const before = (await summary.count()) > 0 ? await summary.getAttribute("data-check-id") : null;
  const t = Date.now();
  await page.getByTestId("bom-file-input").setInputFiles(file);
  let sawProgress = false;
  for (;;) {
    if (!sawProgress && (await page.getByTestId("bom-progress").count()) > 0) sawProgress = true;
    const id = (await summary.count()) > 0 ? await summary.getAttribute("data-check-id") : null;
    if (id !== null && id !== before) break;
    if (Date.now() - t > 120_000) throw new Error(`no result for ${file} after 120 s`);
    await page.waitForTimeout(20);
  }
  const wallMs = Date.now() - t;
  const timings = JSON.parse((await summary.getAttribute("data-timings")) ?? "{}");
  return { ...timings, wallMs, sawProgress };
}

/**
 * Waits until the /bom page has drawn the last result and its main thread is idle. A user reads a result before
 * checking the next file; uploading the next one the moment the summary appears made the worker's check share the two
 * cores with the page unpacking and drawing the previous 100,000 lines (a third of the "lines" stage, measured), which
 * is the bench's doing, not the check's. The bare parse gets the same quiet start.
 */
async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5_000 })));
  await page.waitForTimeout(500);
}

export async function benchPartsChromium(baseUrl, { files = partsFiles(), runs = RUNS } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS.filter((f) => f !== "--headless") });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/bom?regime=${SCENARIO.regime}`);
    await page.getByTestId("bom-file-input").waitFor();
    const blank = await context.newPage();
    await blank.goto("about:blank");
    const sizes = [];
    for (const f of files) {
      const csvBytes = readFileSync(f.csv);
      const bare = [];
      const csv = [];
      const xlsx = [];
      let sawProgress = false;
      for (let i = 0; i <= runs; i += 1) {
        await settle(page);
        const [b] = await bareInChromium(blank, csvBytes, 1);
        const c = await checkInChromium(page, f.csv);
        await settle(page);
        const x = await checkInChromium(page, f.xlsx);
        sawProgress ||= c.sawProgress && x.sawProgress;
        if (i === 0) continue;
        bare.push(b);
        csv.push(c);
        xlsx.push(x);
      }
      const bareMs = median(bare);
      const csvMs = median(csv.map((r) => r.totalMs));
      sizes.push({
        lines: f.lines,
        runs,
        bareMs,
        csvMs,
        csvWallMs: median(csv.map((r) => r.wallMs)),
        csvStages: { readMs: median(csv.map((r) => r.readMs)), linesMs: median(csv.map((r) => r.linesMs)), triageMs: median(csv.map((r) => r.triageMs)), reportMs: median(csv.map((r) => r.reportMs)) },
        xlsxMs: median(xlsx.map((r) => r.totalMs)),
        xlsxWallMs: median(xlsx.map((r) => r.wallMs)),
        csvRatio: csvMs / bareMs,
        progressShown: sawProgress,
      });
    }
    growth(sizes, "csvMs");
    growth(sizes, "xlsxMs");
    return { browser: browser.version(), sizes };
  } finally {
    await browser.close();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const url = process.argv.slice(2).find((a) => a.startsWith("http"));
  const files = partsFiles();
  const node = await benchPartsNode({ files });
  const chromiumResult = url ? await benchPartsChromium(url, { files }) : null;
  const result = { node, chromium: chromiumResult };
  if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const fmt = (x) => (x === undefined ? "" : typeof x === "number" ? x.toFixed(x < 10 ? 2 : 0) : String(x));
    console.log("Node (jiti):");
    console.table(node.sizes.map((s) => ({ lines: s.lines, "bare papaparse ms": fmt(s.bareMs), "check CSV ms": fmt(s.csvMs), "CSV ÷ bare": fmt(s.csvRatio), "check XLSX ms": fmt(s.xlsxMs), "CSV growth/10×": fmt(s.csvMsGrowthPer10x), "XLSX growth/10×": fmt(s.xlsxMsGrowthPer10x) })));
    console.table(node.sizes.map((s) => ({ lines: s.lines, ...s.stages })));
    if (chromiumResult) {
      console.log(`Chromium ${chromiumResult.browser}, /bom page worker:`);
      console.table(chromiumResult.sizes.map((s) => ({ lines: s.lines, "bare papaparse ms": fmt(s.bareMs), "check CSV ms": fmt(s.csvMs), "CSV ÷ bare": fmt(s.csvRatio), "to screen CSV ms": fmt(s.csvWallMs), "check XLSX ms": fmt(s.xlsxMs), "to screen XLSX ms": fmt(s.xlsxWallMs), "CSV growth/10×": fmt(s.csvMsGrowthPer10x), "XLSX growth/10×": fmt(s.xlsxMsGrowthPer10x), progress: s.progressShown })));
      console.table(chromiumResult.sizes.map((s) => ({ lines: s.lines, ...s.csvStages })));
    }
  }
}
