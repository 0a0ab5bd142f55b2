// Page benchmark: Lighthouse (performance category only) on / and on /bench-bare, a bare page of the same app served by
// the same server, with the desktop preset and the mobile default. Each (page, preset) is run BENCH_LH_RUNS times in a
// fresh Chromium; the figures are the medians of the runs.
//
//   node bench/page.mjs http://127.0.0.1:3510     (a running production server)
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { throttling as LH_THROTTLING } from "lighthouse/core/config/constants.js";
import { CHROME_FLAGS, chromePath, median } from "./lib/util.mjs";

export const PAGES = { dashboard: "/", bare: "/bench-bare" };

/** Script bytes as transferred (gzip), from the resource-summary audit, else summed from network-requests. */
export function scriptBytes(lhr) {
  const summary = lhr.audits["resource-summary"]?.details?.items?.find((i) => i.resourceType === "script");
  if (summary) return { bytes: summary.transferSize, requests: summary.requestCount };
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  const scripts = items.filter((i) => i.resourceType === "Script");
  return { bytes: scripts.reduce((n, i) => n + (i.transferSize ?? 0), 0), requests: scripts.length };
}

/** The largest scripts of a run, to say where the bytes are. */
function topScripts(lhr, n = 8) {
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  return items
    .filter((i) => i.resourceType === "Script")
    .sort((a, b) => (b.transferSize ?? 0) - (a.transferSize ?? 0))
    .slice(0, n)
    .map((i) => ({ url: new URL(i.url).pathname, transferSize: i.transferSize, resourceSize: i.resourceSize }));
}

/**
 * Lighthouse's settings for a preset and a throttling method.
 * - "simulate" (Lighthouse's default, the score's method): the page loads unthrottled and Lantern replays the observed
 *   dependency graph at the preset's network and CPU. Which scripts count toward LCP depends on whether the observed,
 *   unthrottled first paint came before they ran: a race, which is why the same build's LCP varied 2.8x (issue 13).
 * - "applied": the network and CPU are throttled while the page loads (Lighthouse's "devtools" method) and LCP is the
 *   paint's own time. The network figures are the preset's, adjusted the way Lighthouse adjusts its mobile preset for
 *   this method (request latency = RTT x 3.75, throughput x 0.9); the desktop preset defines none, so the same factors
 *   are applied to its 40 ms / 10 Mbps.
 */
function configFor(preset, method) {
  const base = preset === "desktop" ? desktopConfig : { extends: "lighthouse:default", settings: {} };
  if (method === "simulate") return preset === "desktop" ? desktopConfig : undefined;
  const t = preset === "desktop" ? LH_THROTTLING.desktopDense4G : LH_THROTTLING.mobileSlow4G;
  const applied = {
    ...t,
    requestLatencyMs: t.rttMs * LH_THROTTLING.DEVTOOLS_RTT_ADJUSTMENT_FACTOR,
    downloadThroughputKbps: t.throughputKbps * LH_THROTTLING.DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR,
    uploadThroughputKbps: preset === "desktop" ? t.throughputKbps * LH_THROTTLING.DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR : t.uploadThroughputKbps,
  };
  return { ...base, settings: { ...base.settings, throttlingMethod: "devtools", throttling: applied } };
}

async function runOnce(url, preset, method = "simulate") {
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS });
  try {
    const flags = { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] };
    const config = configFor(preset, method);
    const result = await lighthouse(url, flags, config);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const js = scriptBytes(lhr);
    return {
      score: lhr.categories.performance.score,
      lcpMs: lhr.audits["largest-contentful-paint"].numericValue,
      fcpMs: lhr.audits["first-contentful-paint"].numericValue,
      tbtMs: lhr.audits["total-blocking-time"].numericValue,
      cls: lhr.audits["cumulative-layout-shift"].numericValue,
      siMs: lhr.audits["speed-index"].numericValue,
      jsBytes: js.bytes,
      jsRequests: js.requests,
      lcpElement: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
      bootupMs: lhr.audits["bootup-time"]?.numericValue ?? null,
      mainThreadMs: lhr.audits["mainthread-work-breakdown"]?.numericValue ?? null,
      topScripts: topScripts(lhr),
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

const KEYS = ["score", "lcpMs", "fcpMs", "tbtMs", "cls", "siMs", "jsBytes", "jsRequests", "bootupMs", "mainThreadMs"];

/** min, median, max: the spread of a noisy figure. */
const spread = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs) });

/**
 * Each preset: `runs` pairs (default 5), the dashboard then the bare page, interleaved so that the machine's load
 * drifts over both alike. LCP ratio: the median of the pairs' ratios, with their spread.
 */
export async function benchPages(baseUrl, { runs = Number(process.env.BENCH_LH_RUNS ?? 5), log = console.log } = {}) {
  const out = {};
  for (const preset of ["desktop", "mobile"]) {
    out[preset] = {};
    const all = { dashboard: [], bare: [] };
    for (const pathname of Object.values(PAGES)) await (await fetch(`${baseUrl}${pathname}`)).arrayBuffer(); // warm the server
    for (let i = 0; i < runs; i += 1) {
      for (const [name, pathname] of Object.entries(PAGES)) {
        const r = await runOnce(`${baseUrl}${pathname}`, preset);
        log(`  lighthouse ${preset} ${pathname} run ${i + 1}/${runs}: score ${r.score} LCP ${r.lcpMs.toFixed(0)} ms FCP ${r.fcpMs.toFixed(0)} ms TBT ${r.tbtMs.toFixed(0)} ms JS ${(r.jsBytes / 1024).toFixed(1)} KB`);
        all[name].push(r);
      }
    }
    for (const [name, pathname] of Object.entries(PAGES)) {
      const xs = all[name];
      const m = Object.fromEntries(KEYS.map((k) => [k, median(xs.map((r) => r[k]).filter((x) => typeof x === "number"))]));
      out[preset][name] = { url: pathname, runs, ...m, lcpSpread: spread(xs.map((r) => r.lcpMs)), lcpElement: xs[0].lcpElement, topScripts: xs[0].topScripts, all: xs };
    }
    const pairs = all.dashboard.map((d, i) => d.lcpMs / all.bare[i].lcpMs);
    out[preset].lcpRatios = pairs;
    out[preset].lcpRatioSpread = spread(pairs);
    out[preset].lcpRatio = median(pairs);
    out[preset].jsRatio = out[preset].dashboard.jsBytes / out[preset].bare.jsBytes;

    // The same pairs with the throttling applied while the page loads: LCP as the throttled browser painted it.
    const applied = { dashboard: [], bare: [] };
    for (let i = 0; i < runs; i += 1) {
      for (const [name, pathname] of Object.entries(PAGES)) {
        const r = await runOnce(`${baseUrl}${pathname}`, preset, "applied");
        log(`  lighthouse ${preset} (throttling applied) ${pathname} run ${i + 1}/${runs}: LCP ${r.lcpMs.toFixed(0)} ms FCP ${r.fcpMs.toFixed(0)} ms`);
        applied[name].push(r);
      }
    }
    const appliedPairs = applied.dashboard.map((d, i) => d.lcpMs / applied.bare[i].lcpMs);
    out[preset].applied = {
      dashboard: { lcpMs: median(applied.dashboard.map((r) => r.lcpMs)), lcpSpread: spread(applied.dashboard.map((r) => r.lcpMs)), lcpElement: applied.dashboard[0].lcpElement },
      bare: { lcpMs: median(applied.bare.map((r) => r.lcpMs)), lcpSpread: spread(applied.bare.map((r) => r.lcpMs)) },
      lcpRatios: appliedPairs,
      lcpRatioSpread: spread(appliedPairs),
      lcpRatio: median(appliedPairs),
    };
  }
  return out;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const base = process.argv[2];
  if (!base) throw new Error("usage: node bench/page.mjs http://127.0.0.1:PORT");
  const r = await benchPages(base);
  for (const p of ["desktop", "mobile"]) {
    for (const n of Object.keys(PAGES)) {
      const x = r[p][n];
      console.log(p, n, { score: x.score, lcpMs: x.lcpMs, tbtMs: x.tbtMs, jsBytes: x.jsBytes });
    }
    const sp = r[p].lcpRatioSpread;
    const ap = r[p].applied.lcpRatioSpread;
    console.log(p, "LCP ratio simulated", r[p].lcpRatio.toFixed(2), `(pairs ${sp.min.toFixed(2)}–${sp.max.toFixed(2)})`, "applied", r[p].applied.lcpRatio.toFixed(2), `(pairs ${ap.min.toFixed(2)}–${ap.max.toFixed(2)})`, "JS ratio", r[p].jsRatio.toFixed(2));
  }
}
