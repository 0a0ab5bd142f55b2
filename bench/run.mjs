// `npm run bench`: builds the app (next build), starts the production server on a free port (3510 up), runs every
// benchmark, prints a table with each figure, its budget and PASS/MISS, writes bench/results.json and stops the server.
//
// Environment:
//   BENCH_SKIP_BUILD=1          reuse the existing .next-bench build (made with BENCH_PAGES=1)
//   BENCH_PORT=3510             first port to try (the first free one from there up to 3599 is used)
//   BENCH_ONLY=engine,page,...  run only these sections (engine, page, interaction, reports, parts, api, hostile)
//   BENCH_PARTS_RUNS=5          runs of each parts-list size (medians are reported)
//   BENCH_API_SECONDS=20        duration of each autocannon run; BENCH_API_CONNECTIONS=50
//   BENCH_LH_RUNS=5             Lighthouse runs per page and preset, interleaved (medians and spreads are reported)
//   BENCH_INTERACTION_TOGGLES=50, BENCH_REPORT_RUNS=5, BENCH_PDF_LOAD_SECONDS=10
//   BENCH_STRICT=1              exit with status 1 when a budget is missed (default: report only)
//   CHROME_PATH or PLAYWRIGHT_CHROMIUM_PATH   the Chromium to use (default /usr/bin/chromium)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchApi } from "./api.mjs";
import { benchHostile } from "./hostile.mjs";
import { benchInteraction } from "./interaction.mjs";
import { capture, check, budgetText, chromePath, findFreePort, run, startServer } from "./lib/util.mjs";
import { benchPages } from "./page.mjs";
import { benchReportsHttp, benchReportsInProcess } from "./reports.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const budgets = JSON.parse(readFileSync(path.join(here, "budgets.json"), "utf8"));
const SECTIONS = ["engine", "page", "interaction", "reports", "parts", "api", "hostile"];
// The benchmark pages (app/bench-bare, app/api/bench-static, app/api/bench-exposure-static) are built only with BENCH_PAGES=1, into .next-bench, so
// that the production build in .next never has them (next.config.ts). The build and the server below both read it.
process.env.BENCH_PAGES = "1";
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(",").map((s) => s.trim()) : SECTIONS;
const wants = (s) => only.includes(s);
const log = (...a) => console.log(...a);

function machine() {
  let chromium = null;
  try {
    chromium = execFileSync(chromePath(), ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    /* reported as null */
  }
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      return null;
    }
  };
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium,
    next: pkg("next"),
    lighthouse: pkg("lighthouse"),
    autocannon: pkg("autocannon"),
    playwright: pkg("@playwright/test"),
  };
}

// ---- rows of the table -------------------------------------------------------------------------------------------

const rows = [];
/** One figure: group, name, value (number or null), how to print it, and its budget (or null). */
function add(group, name, value, { fmt = (x) => String(x), budget = null, note = "" } = {}) {
  const pass = check(value, budget);
  rows.push({
    group,
    name,
    value,
    shown: value === null || value === undefined || Number.isNaN(value) ? "n/a" : fmt(value),
    budget: budget ? budgetText(budget, fmt) : "",
    result: pass === null ? "" : pass ? "PASS" : "MISS",
    note,
  });
}
const ms = (x) => `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const ratio = (x) => `${x.toFixed(2)}×`;
const score = (x) => `${Math.round(x * 100)} (${x.toFixed(3)})`;
const num = (x) => x.toLocaleString("en-US", { maximumFractionDigits: 0 });
const mb = (x) => `${x.toLocaleString("en-US", { maximumFractionDigits: 0 })} MB`;

function printTable() {
  const cols = [
    ["group", "Group"],
    ["name", "Measure"],
    ["shown", "Figure"],
    ["budget", "Budget"],
    ["result", "Result"],
  ];
  const width = cols.map(([k, h]) => Math.max(h.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(width[i])).join(" | ")} |`;
  log("");
  log(line(cols.map(([, h]) => h)));
  log(`|${width.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) log(line(cols.map(([k]) => r[k])));
  log("");
}

// ---- sections ----------------------------------------------------------------------------------------------------

async function engineSection(results) {
  log("engine: resolveScenario + computeExposure on bundled and synthetic data (a fresh process per size, interleaved rounds, jiti loader)");
  const out = await capture(process.execPath, ["--expose-gc", path.join(here, "engine.mjs"), "--json"], { cwd: root });
  const r = JSON.parse(out.trim().split("\n").pop());
  results.engine = r;
  const b = budgets.engine;
  for (const s of r.sizes) {
    add("Engine", `full scenario ×3, ${s.factor}× data (${num(s.products)} products), median`, s.medianMs, { fmt: ms });
  }
  for (const s of r.sizes.slice(1)) {
    const rounds = s.growthPer10xRounds ? ` (median of ${s.growthPer10xRounds.length} rounds: ${s.growthPer10xRounds.map((g) => g.toFixed(2)).join(", ")})` : "";
    add("Engine", `growth ${s.factor / 10}× → ${s.factor}× products${rounds}`, s.growthPer10x, { fmt: ratio, budget: b.growthPer10x });
  }
  if (r.presets?.medianMs !== undefined) add("Engine", "all presets (regime comparison), bundled data", r.presets.medianMs, { fmt: ms });
}

async function partsSection(results, base) {
  log("parts: a parts list checked (bytes → lines → an action per line → report), CSV and XLSX, next to a bare papaparse parse of the same CSV; Node, then Chromium on /bom (bench/parts.mjs)");
  const out = await capture(process.execPath, [path.join(here, "parts.mjs"), "--json", base], { cwd: root });
  const r = JSON.parse(out.trim().split("\n").pop());
  results.parts = r;
  const b = budgets.parts;
  for (const [where, res] of [["Node", r.node], ["Chromium", r.chromium]]) {
    if (!res) continue;
    for (const s of res.sizes) {
      add("Parts", `${where}: bare papaparse, ${num(s.lines)}-line CSV, median`, s.bareMs, { fmt: ms });
      add("Parts", `${where}: check ${num(s.lines)}-line CSV, median`, s.csvMs, { fmt: ms });
      add("Parts", `${where}: check ÷ bare papaparse, ${num(s.lines)} lines`, s.csvRatio, { fmt: ratio, budget: s.lines === 100_000 && where === "Chromium" ? b.csvRatio : null });
      add("Parts", `${where}: check ${num(s.lines)}-line XLSX, median`, s.xlsxMs, { fmt: ms });
      if (s.csvMsGrowthPer10x !== undefined) add("Parts", `${where}: CSV growth per 10× lines`, s.csvMsGrowthPer10x, { fmt: ratio, budget: b.growthPer10x });
      if (s.xlsxMsGrowthPer10x !== undefined) add("Parts", `${where}: XLSX growth per 10× lines`, s.xlsxMsGrowthPer10x, { fmt: ratio, budget: b.growthPer10x });
      if (s.progressShown !== undefined) add("Parts", `${where}: progress bar shown, ${num(s.lines)} lines`, s.progressShown ? 1 : 0, { fmt: (x) => (x ? "yes" : "no"), budget: b.progressShown });
    }
  }
}

async function pageSection(results, base) {
  log("page: Lighthouse, performance category, desktop preset and mobile default, dashboard and bare page interleaved");
  const r = await benchPages(base, { log });
  results.page = r;
  const b = budgets.page;
  const range = (s, f) => `${f(s.min)}–${f(s.max)}`;
  for (const preset of ["desktop", "mobile"]) {
    const p = r[preset];
    add(`Page ${preset}`, "score /", p.dashboard.score, { fmt: score, budget: preset === "desktop" ? b.desktopScore : b.mobileScore });
    add(`Page ${preset}`, "score /bench-bare", p.bare.score, { fmt: score, budget: preset === "desktop" ? b.desktopScore : b.mobileScore });
    const a = p.applied;
    add(`Page ${preset}`, `LCP /, throttling applied (median of ${p.dashboard.runs}; runs ${range(a.dashboard.lcpSpread, ms)})`, a.dashboard.lcpMs, { fmt: ms });
    add(`Page ${preset}`, `LCP /bench-bare, throttling applied (runs ${range(a.bare.lcpSpread, ms)})`, a.bare.lcpMs, { fmt: ms });
    add(`Page ${preset}`, `LCP ratio / ÷ bare, throttling applied (median of pairs; pairs ${range(a.lcpRatioSpread, ratio)})`, a.lcpRatio, { fmt: ratio, budget: b.lcpRatio });
    add(`Page ${preset}`, `LCP /, simulated (median of ${p.dashboard.runs}; runs ${range(p.dashboard.lcpSpread, ms)})`, p.dashboard.lcpMs, { fmt: ms });
    add(`Page ${preset}`, `LCP /bench-bare, simulated (runs ${range(p.bare.lcpSpread, ms)})`, p.bare.lcpMs, { fmt: ms });
    add(`Page ${preset}`, `LCP ratio / ÷ bare, simulated (median of pairs; pairs ${range(p.lcpRatioSpread, ratio)}; reported: see bench/README.md)`, p.lcpRatio, { fmt: ratio });
    add(`Page ${preset}`, "FCP /", p.dashboard.fcpMs, { fmt: ms });
    add(`Page ${preset}`, "TBT /", p.dashboard.tbtMs, { fmt: ms });
    add(`Page ${preset}`, "TBT /bench-bare", p.bare.tbtMs, { fmt: ms });
    add(`Page ${preset}`, "JS transferred /", p.dashboard.jsBytes, { fmt: kb });
    add(`Page ${preset}`, "JS transferred /bench-bare", p.bare.jsBytes, { fmt: kb });
    add(`Page ${preset}`, "JS ratio / ÷ bare", p.jsRatio, { fmt: ratio, budget: b.jsRatio });
  }
}

async function interactionSection(results, base) {
  log("interaction: toggle Dy under the April 2025 measures, a new as-of date before each toggle, every chart drawn; click at a frame's start to that frame painted, and to the last chart painted");
  const r = await benchInteraction(base);
  results.interaction = r;
  const b = budgets.interaction;
  add("Interaction", `toggle Dy ×${r.toggles}: headline, sector chart, strip painted, p50`, r.firstFrameP50Ms, { fmt: ms });
  add("Interaction", `toggle Dy ×${r.toggles}: headline, sector chart, strip painted, p95`, r.firstFrameP95Ms, { fmt: ms, budget: b.firstFrameP95Ms });
  add("Interaction", "share of toggles shown in the frame of the click", r.inFirstFrameShare, { fmt: (x) => `${(x * 100).toFixed(0)} %` });
  add("Interaction", `toggle Dy ×${r.toggles}: every chart painted, p50`, r.allP50Ms, { fmt: ms });
  add("Interaction", `toggle Dy ×${r.toggles}: every chart painted, p95`, r.allP95Ms, { fmt: ms, budget: b.allChartsP95Ms });
  add("Interaction", "click to DOM updated (before paint), p95", r.domP95Ms, { fmt: ms });
}

async function reportsSection(results, base) {
  log("reports: CSV, JSON, PDF over HTTP and in process");
  const http = await benchReportsHttp(base);
  const inproc = await benchReportsInProcess();
  results.reports = { http, inProcess: inproc };
  for (const f of ["csv", "json", "pdf"]) {
    add("Reports", `${f.toUpperCase()} over HTTP, median of 5 (worst of ${Object.keys(http[f]).length - 1} scenarios)`, http[f].medianMs, {
      fmt: ms,
      budget: f === "pdf" ? budgets.reports.pdfMs : null,
    });
  }
  add("Reports", "in process: buildReport", inproc.buildReportMs, { fmt: ms });
  add("Reports", "in process: formatCsvReport", inproc.csvMs, { fmt: ms });
  add("Reports", "in process: formatJsonReport", inproc.jsonMs, { fmt: ms });
  add("Reports", "in process: formatPdfReport", inproc.pdfMs, { fmt: ms });
  add("Reports", "in process: dataset SHA-256 (once per server)", inproc.datasetHashMs, { fmt: ms });
}

async function apiSection(results, base) {
  log("api: autocannon /api/exposure (rotating scenarios) vs its static twin /api/bench-exposure-static (same bytes), and the tiny /api/bench-static");
  const r = await benchApi(base, { log });
  results.api = r;
  const b = budgets.api;
  add("API", `static twin of the default answer (${kb(r.staticTwin.bodyBytes)}), requests/s`, r.staticTwin.rps, { fmt: num });
  add("API", `/api/exposure (${r.scenarios} scenarios, mean ${kb(r.exposure.bodyBytesMean)}), requests/s`, r.exposure.rps, { fmt: num });
  add("API", "requests/s ratio exposure ÷ static twin (same answer bytes)", r.rpsRatio, { fmt: ratio, budget: b.rpsRatio });
  add("API", "tiny static JSON route (/api/bench-static), requests/s", r.static.rps, { fmt: num });
  add("API", "requests/s ratio exposure ÷ tiny static JSON (not budgeted)", r.rpsRatioTiny, { fmt: ratio });
  add("API", "static twin p99 latency (worse round)", r.staticTwin.latencyP99Ms, { fmt: ms });
  add("API", "tiny static p99 latency", r.static.latencyP99Ms, { fmt: ms });
  add("API", "/api/exposure p99 latency (worse round)", r.exposure.latencyP99Ms, { fmt: ms });
  const runs = [r.static, r.staticTwin, r.exposure];
  add("API", "errors + timeouts (all runs)", runs.reduce((a, x) => a + x.errors + x.timeouts, 0), { fmt: num, budget: b.errors });
  add("API", "non-2xx (all runs)", runs.reduce((a, x) => a + x.non2xx, 0), { fmt: num, budget: b.non2xx });
}

async function hostileSection(results, base, pid) {
  log("hostile: GET / under PDF load, peak memory of concurrent 49 MB uploads, the issue's hostile BOMs");
  const r = await benchHostile(base, { pid, log });
  results.hostile = r;
  const b = budgets.hostile;
  const u = r.underPdfLoad;
  add("Hostile", `GET / p50 while ${u.clients} clients fetch PDFs (${u.home.requests} requests)`, u.home.p50Ms, { fmt: ms });
  add("Hostile", `GET / p99 while ${u.clients} clients fetch PDFs`, u.home.p99Ms, { fmt: ms, budget: b.homeP99UnderPdfMs });
  add("Hostile", `PDFs made in ${u.seconds} s (200 / 503 busy), median time`, u.pdfs.medianMs, { fmt: ms, note: `${u.pdfs.ok} / ${u.pdfs.busy}` });
  for (const [label, x] of Object.entries(r.uploads)) {
    add("Hostile", `peak RSS, 4 concurrent ${x.megabytes.toFixed(1)} MB uploads (${label === "full" ? "100,000 rows, checked" : "1.53M rows, refused"}; ${x.statuses.join(" ")})`, x.peakRssMb, { fmt: mb });
  }
  add("Hostile", "peak RSS of 4 concurrent 49 MB uploads (worst of the two)", r.peakRssMb, { fmt: mb, budget: b.peakRssMb });
  for (const h of r.hostileBoms) add("Hostile", `hostile BOM: ${h.name} (${h.status}), worst of 3`, h.maxMs, { fmt: ms });
  add("Hostile", `worst hostile BOM (${r.worstHostileBom.name})`, r.worstHostileBom.maxMs, { fmt: ms, budget: b.worstHostileBomMs });
}

// ---- main --------------------------------------------------------------------------------------------------------

const started = new Date();
const results = {
  generatedAt: started.toISOString(),
  command: `${Object.entries(process.env)
    .filter(([k]) => k.startsWith("BENCH_") || k === "CHROME_PATH" || k === "PLAYWRIGHT_CHROMIUM_PATH")
    .map(([k, v]) => `${k}=${v}`)
    .join(" ")} node bench/run.mjs`.trim(),
  machine: machine(),
  budgets,
};
log(`bench: ${JSON.stringify(results.machine)}`);

const needsServer = ["page", "interaction", "reports", "parts", "api", "hostile"].some(wants);
let server = null;
const stop = async () => {
  if (server) {
    const s = server;
    server = null;
    await s.stop();
  }
};
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => void stop().then(() => process.exit(130)));

let failed = null;
try {
  // The engine runs before the server is started so the two do not share the 2 cores.
  if (wants("engine")) await engineSection(results);
  if (needsServer) {
    if (process.env.BENCH_SKIP_BUILD !== "1") {
      log("build: next build");
      await run(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
        cwd: root,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      });
    }
    const port = await findFreePort(Number(process.env.BENCH_PORT ?? 3510), 3599);
    server = await startServer(root, port);
    log(`server: ${server.url} (pid ${server.pid})`);
    if (wants("page")) await pageSection(results, server.url);
    if (wants("interaction")) await interactionSection(results, server.url);
    if (wants("reports")) await reportsSection(results, server.url);
    if (wants("parts")) await partsSection(results, server.url);
    if (wants("api")) await apiSection(results, server.url);
    // Last: it leaves the server's heap grown by the large uploads.
    if (wants("hostile")) await hostileSection(results, server.url, server.pid);
  }
} catch (e) {
  failed = e;
} finally {
  await stop();
}

results.finishedAt = new Date().toISOString();
results.table = rows.map(({ group, name, value, shown, budget, result, note }) => ({ group, name, value, shown, budget, result, note }));
results.missed = rows.filter((r) => r.result === "MISS").map((r) => `${r.group}: ${r.name}`);
printTable();
if (failed) {
  results.error = String(failed.stack ?? failed);
  console.error(`bench failed: ${failed.stack ?? failed}`);
}
// A partial run (BENCH_ONLY) writes results-partial.json so it does not overwrite the full run's results.
const file = path.join(here, only.length === SECTIONS.length ? "results.json" : "results-partial.json");
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${path.relative(root, file)}; ${results.missed.length} budget(s) missed${results.missed.length ? `: ${results.missed.join("; ")}` : ""}`);
process.exitCode = failed ? 1 : process.env.BENCH_STRICT === "1" && results.missed.length > 0 ? 1 : 0;
