// Diagnosis tool (not part of `npm run bench`): where a toggle's time goes in the browser, from a Chrome trace. The
// page is set up as bench/interaction.mjs sets it up (every chart drawn, back at the top) and Dy is toggled with the
// same in-page timing; for each toggle the trace's main-thread events are summed over two windows: the click to the
// first-frame figure, and the click to the every-chart figure. Then the style and layout invalidations of two toggles,
// by reason and element: a toggle that moves elements instead of redrawing them in place shows up there as "Removed
// from layout" / "Added to layout" by the hundred. Needs no source maps.
//
//   node bench/trace-toggle.mjs http://127.0.0.1:3511 [toggles=20]
import { chromium } from "@playwright/test";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createJiti } from "jiti";
import { freshScenario, measureToggle, mountAllCharts } from "./interaction.mjs";
import { CHROME_FLAGS, chromePath, quantile, sleep } from "./lib/util.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { testIds } = await createJiti(import.meta.url, { fsCache: false }).import(path.join(root, "lib/test-ids.ts"));
const base = process.argv[2] ?? "http://127.0.0.1:3511";
const toggles = Number(process.argv[3] ?? 20);
const ids = { dashboard: testIds.dashboard, summary: testIds.summary, sectorChart: testIds.sectorChart, controlledCount: testIds.controlledCount };
const args = { ids, toggleId: testIds.elementToggle("Dy"), quietMs: 250 };

const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS.filter((f) => f !== "--headless") });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`${base}/?regime=apr-2025`);
await page.locator(`[data-testid="${testIds.dashboard}"][data-ready="true"]`).waitFor();
await page.locator("[data-lazy]").first().waitFor({ state: "attached" });
await mountAllCharts(page);
await sleep(1000);
// As bench/interaction.mjs does: each toggle lands on a scenario not shown before (a new "as of" date first).
let day = 0;
async function toggleFresh() {
  await freshScenario(page, (day += 1));
  const r = await page.evaluate(measureToggle, args);
  await sleep(400);
  return r;
}
for (let i = 0; i < 2; i += 1) await toggleFresh(); // warm-up, not traced

async function traced(categories, n) {
  await browser.startTracing(page, { categories });
  const samples = [];
  for (let i = 0; i < n; i += 1) samples.push(await toggleFresh());
  const events = JSON.parse((await browser.stopTracing()).toString("utf8")).traceEvents;
  return { samples, events };
}

const { samples, events } = await traced(["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "toplevel"], toggles);
const marks = events.filter((e) => e.name === "bench-toggle").sort((a, b) => a.ts - b.ts);
const main = `${marks[0].pid}:${marks[0].tid}`;
const onMain = events.filter((e) => e.ph === "X" && `${e.pid}:${e.tid}` === main && e.name !== "RunTask" && e.name !== "ThreadControllerImpl::RunTask");
const NAMES = ["FireAnimationFrame", "FunctionCall", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "MinorGC", "MajorGC"];
function sumOver(windowMs) {
  const out = Object.fromEntries(NAMES.map((n) => [n, 0]));
  marks.forEach((m, i) => {
    const end = m.ts + windowMs(samples[i]) * 1000;
    for (const e of onMain) if (e.name in out && e.ts >= m.ts - 1000 && e.ts < end) out[e.name] += e.dur / 1000 / marks.length;
  });
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Math.round(v * 100) / 100]));
}
console.log(`${toggles} toggles: first frame p50 ${quantile(samples.map((s) => s.firstFrameMs), 0.5).toFixed(1)} ms, every chart p50 ${quantile(samples.map((s) => s.allMs), 0.5).toFixed(1)} ms`);
console.log("main thread, ms per toggle, click → first frame (FunctionCall is nested in FireAnimationFrame: the click runs in one):");
console.table(sumOver((s) => s.firstFrameMs));
console.log("click → every chart:");
console.table(sumOver((s) => s.allMs));

const inval = await traced(["devtools.timeline", "disabled-by-default-devtools.timeline.invalidationTracking", "blink.user_timing"], 2);
const tally = new Map();
// Only what each toggle caused: the "as of" change before it is in the trace too.
const invalMarks = inval.events.filter((e) => e.name === "bench-toggle").sort((a, b) => a.ts - b.ts);
const inToggle = (ts) => invalMarks.some((m, i) => ts >= m.ts && ts <= m.ts + inval.samples[i].allMs * 1000);
for (const e of inval.events) {
  if (!/InvalidationTracking$/.test(e.name) || !inToggle(e.ts)) continue;
  const d = e.args?.data ?? {};
  const key = `${e.name.replace("InvalidationTracking", "")}: ${d.reason ?? "(set)"}: ${String(d.nodeName ?? "").slice(0, 80)}`;
  tally.set(key, (tally.get(key) ?? 0) + 0.5);
}
console.log("invalidations per toggle (mean of 2), the 25 most frequent:");
for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(n).padStart(6), k);
await browser.close();
