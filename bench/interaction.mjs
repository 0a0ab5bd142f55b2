// Interaction benchmark: in Chromium (Playwright), open /?regime=apr-2025, wait until the dashboard is live (its
// dataset loaded), draw every lazily mounted chart once, scroll back to the top, then toggle Dy
// BENCH_INTERACTION_TOGGLES times (default 50, after 2 uncounted warm-ups). Before each toggle the "as of" date moves on
// a day (2025-06-02, 06-03, …; not timed) and the page is left idle for 400 ms: every toggle then lands on a scenario
// the page has not shown before. The page works out the scenarios one toggle away while it is idle
// (components/dashboard/dashboard.tsx); toggling Dy back and forth alone would measure answers it kept from the last
// toggle instead. Each toggle is timed inside the page with performance.now(), two figures:
//
// - first frame: the click is dispatched at the start of a frame (inside a requestAnimationFrame callback), and a
//   message posted there runs once that frame's rendering (style, layout, paint) is done. The figure is click → that
//   message, provided the headline, the sector chart's figures and the element strip already show the change; if
//   they do not, it runs on to the message after the frame that shows them. ≤ 16 ms: painted within one frame.
// - every chart: click → the end of the frame after the last change the toggle made anywhere in the dashboard (the
//   deferred charts and table, Recharts' own second pass), found by a MutationObserver and 250 ms of quiet.
//
// Measuring in the page leaves Playwright's round trip out. No CPU throttling: this machine's own speed. No trace is
// recorded while timing: tracing slows the page's main thread (bench/trace-toggle.mjs traces, for diagnosis only).
//
//   node bench/interaction.mjs http://127.0.0.1:3510
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { createJiti } from "jiti";
import { CHROME_FLAGS, chromePath, quantile, sleep } from "./lib/util.mjs";

// The selectors the components and the e2e specs share (lib/test-ids.ts).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { testIds } = await createJiti(import.meta.url, { fsCache: false }).import(path.join(root, "lib/test-ids.ts"));

/** Runs in the page: click at the start of a frame; resolve with the first-frame and every-chart timings. */
export function measureToggle({ ids, toggleId, quietMs }) {
  const q = (id) => document.querySelector(`[data-testid="${id}"]`);
  const urgent = () => {
    // The sector chart's bars carry their figures (data-low, data-total) and their status segments' widths.
    const chart = q(ids.sectorChart);
    return [
      q(ids.summary)?.textContent ?? "",
      chart ? [...chart.querySelectorAll("[data-total]")].map((b) => `${b.getAttribute("data-low")}:${b.getAttribute("data-total")}:${[...b.querySelectorAll("[data-segment]")].map((seg) => seg.style.width).join(",")}`).join("|") : "",
      q(ids.controlledCount)?.textContent ?? "",
      q(toggleId)?.getAttribute("aria-pressed") ?? "",
    ];
  };
  const root = q(ids.dashboard);
  const button = q(toggleId);
  if (!root || !button) throw new Error(`no dashboard or no element with data-testid ${toggleId}`);
  const afterFrame = (fn) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => fn(performance.now());
    ch.port2.postMessage(0);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the page did not settle within 10 s")), 10_000);
    requestAnimationFrame(() => {
      const before = urgent();
      let lastMutation = 0;
      let lastPaint = 0;
      let quiet = null;
      let firstFrameMs = null;
      let firstFrameShown = false;
      const settle = () => {
        clearTimeout(quiet);
        quiet = setTimeout(() => {
          observer.disconnect();
          clearTimeout(timer);
          if (firstFrameMs === null) return reject(new Error("the headline, sector chart or strip never changed"));
          resolve({ firstFrameMs, firstFrameShown, allMs: lastPaint - t0, domMs: domAt - t0, mutations });
        }, quietMs);
      };
      let mutations = 0;
      const observer = new MutationObserver((records) => {
        mutations += records.length;
        lastMutation = performance.now();
        const at = lastMutation;
        afterFrame((t) => {
          if (at === lastMutation) lastPaint = t;
          settle();
        });
        if (firstFrameMs === null && urgent().every((v, i) => v !== before[i])) afterFrame((t) => (firstFrameMs ??= t - t0));
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      performance.mark("bench-toggle");
      const t0 = performance.now();
      button.click();
      let domAt = 0;
      queueMicrotask(() => (domAt = performance.now()));
      // The message posted now runs after this frame's rendering: whatever it shows was painted in one frame.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const now = urgent();
        if (now.every((v, i) => v !== before[i])) {
          firstFrameMs = performance.now() - t0;
          firstFrameShown = true;
        }
        settle();
      };
      ch.port2.postMessage(0);
    });
  });
}

/**
 * The i-th day after 1 June 2025: a date under the April 2025 measures, where toggling Dy changes every figure the
 * first frame shows. Setting the date drops the regime and element parameters (lib/scenario/scenario-url-actions.ts):
 * the page shows the regime in force that day, April 2025, with its own elements.
 */
export function benchAsOf(i) {
  // From 9 October 2025 on, other measures are in force: the toggles would no longer be alike.
  if (!(i >= 1 && i <= 120)) throw new Error(`as-of day ${i}: the bench stays within 2025-06-02..2025-09-29 (at most 118 toggles)`);
  return new Date(Date.UTC(2025, 5, 1 + i)).toISOString().slice(0, 10);
}

/** Moves the page to a scenario it has not shown (the i-th "as of" date) and leaves it idle, as a reader would before a toggle. */
export async function freshScenario(page, i) {
  await page.getByTestId(testIds.asOfInput).fill(benchAsOf(i));
  await page.waitForFunction((date) => new URLSearchParams(window.location.search).get("asOf") === date, benchAsOf(i));
  await sleep(400);
}

/** Scrolls every lazily drawn chart into view once, so that all of them are on the page, then back to the top. */
export async function mountAllCharts(page) {
  for (let i = 0; i < 30; i += 1) {
    const found = await page.evaluate(() => {
      const next = document.querySelector('[data-lazy="waiting"]');
      next?.scrollIntoView({ block: "center" });
      // A chunk still loading (the part below the heatmap, a chart's code) may bring more charts that wait.
      return next !== null || document.querySelector('[data-lazy="loading"]') !== null;
    });
    if (!found) break;
    await sleep(300);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

export async function benchInteraction(baseUrl, { toggles = Number(process.env.BENCH_INTERACTION_TOGGLES ?? 50), symbol = "Dy" } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS.filter((f) => f !== "--headless") });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}/?regime=apr-2025`);
    await page.locator(`[data-testid="${testIds.dashboard}"][data-ready="true"]`).waitFor();
    // The charts below follow a frame after the page is live (useDeferredValue): wait for their frames, or none would be mounted.
    await page.locator("[data-lazy]").first().waitFor({ state: "attached" });
    await mountAllCharts(page);
    await sleep(1000); // let the charts' chunks, hydration and idle work settle
    const ids = { dashboard: testIds.dashboard, summary: testIds.summary, sectorChart: testIds.sectorChart, controlledCount: testIds.controlledCount };
    const samples = [];
    // Two warm-up toggles (first-time code paths), not counted.
    for (let i = 0; i < toggles + 2; i += 1) {
      await freshScenario(page, i + 1);
      const r = await page.evaluate(measureToggle, { ids, toggleId: testIds.elementToggle(symbol), quietMs: 250 }).catch((e) => {
        throw new Error(`toggle ${i}: ${e.message}`);
      });
      if (i >= 2) samples.push(r);
      // Between clicks, let the page go idle: the URL is written in an idle callback after the change and the Next
      // router then renders once more; a click landing on that render would measure it too.
      await sleep(400);
    }
    const first = samples.map((s) => s.firstFrameMs);
    const all = samples.map((s) => s.allMs);
    const doms = samples.map((s) => s.domMs);
    return {
      url: "/?regime=apr-2025, then /?asOf=2025-06-02, 06-03, … (one a toggle)",
      symbol,
      toggles: samples.length,
      firstFrameP50Ms: quantile(first, 0.5),
      firstFrameP95Ms: quantile(first, 0.95),
      /** Share of toggles whose headline, sector chart and strip were in the frame of the click. */
      inFirstFrameShare: samples.filter((s) => s.firstFrameShown).length / samples.length,
      allP50Ms: quantile(all, 0.5),
      allP95Ms: quantile(all, 0.95),
      allMaxMs: Math.max(...all),
      domP50Ms: quantile(doms, 0.5),
      domP95Ms: quantile(doms, 0.95),
      firstFrameSamplesMs: first.map((x) => Math.round(x * 10) / 10),
      allSamplesMs: all.map((x) => Math.round(x * 10) / 10),
    };
  } finally {
    await browser.close();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const base = process.argv[2];
  if (!base) throw new Error("usage: node bench/interaction.mjs http://127.0.0.1:PORT");
  const r = await benchInteraction(base);
  const { firstFrameSamplesMs, allSamplesMs, ...rest } = r;
  console.log(rest);
  console.log("first frame:", firstFrameSamplesMs.join(" "));
  console.log("every chart:", allSamplesMs.join(" "));
}
