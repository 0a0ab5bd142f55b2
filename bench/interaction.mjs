// Interaction benchmark: in Chromium (Playwright), open /?regime=apr-2025, wait for the sector chart, then toggle Dy
// BENCH_INTERACTION_TOGGLES times (default 50, after 2 uncounted warm-ups). Each toggle is timed inside the page with
// performance.now(): from just before the click until both the controlled count and the sector table's data-value
// cells (the chart's own data; Dy moves EV's exposure under apr-2025) have changed in the DOM (MutationObserver) AND
// two animation frames have run after that, i.e. the updated frame has been produced. Measuring in the page leaves
// Playwright's round trip out. No CPU throttling: this machine's own speed.
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
const TEST_IDS = {
  sectorChart: testIds.sectorChart,
  sectorTable: testIds.sectorTable,
  controlledCount: testIds.controlledCount,
  toggle: testIds.elementToggle,
};

/** Runs in the page: click the toggle, resolve with timings once the DOM changed and a frame was produced. */
export function measureToggle({ ids, toggleId }) {
  const q = (id) => document.querySelector(`[data-testid="${id}"]`);
  const state = () => {
    const table = q(ids.sectorTable);
    const values = table ? [...table.querySelectorAll("td[data-value]")].map((td) => td.getAttribute("data-value")).join("|") : "";
    return { count: q(ids.controlledCount)?.textContent ?? "", values };
  };
  const before = state();
  const button = q(toggleId);
  if (!button) throw new Error(`no element with data-testid ${toggleId}`);
  return new Promise((resolve, reject) => {
    let t0 = 0;
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      observer.disconnect();
      reject(new Error("the page did not update within 10 s"));
    }, 10_000);
    const observer = new MutationObserver(() => {
      if (done) return;
      const now = state();
      // Both the control (the count) and the charts' data (the sector table beside the chart) must have changed.
      if (now.count === before.count || now.values === before.values) return;
      done = true;
      observer.disconnect();
      const tDom = performance.now();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          clearTimeout(timer);
          resolve({ totalMs: performance.now() - t0, domMs: tDom - t0, tableChanged: now.values !== before.values, count: now.count });
        }),
      );
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    t0 = performance.now();
    button.click();
  });
}

export async function benchInteraction(baseUrl, { toggles = Number(process.env.BENCH_INTERACTION_TOGGLES ?? 50), symbol = "Dy" } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS.filter((f) => f !== "--headless") });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${baseUrl}/?regime=apr-2025`);
    await page.locator(`[data-testid="${TEST_IDS.sectorChart}"] [data-segment]`).first().waitFor({ state: "visible" });
    await sleep(500); // let hydration, the first URL sync and idle work settle
    const samples = [];
    // Two warm-up toggles (first-time code paths), not counted.
    for (let i = 0; i < toggles + 2; i += 1) {
      const r = await page.evaluate(measureToggle, { ids: { sectorTable: TEST_IDS.sectorTable, controlledCount: TEST_IDS.controlledCount }, toggleId: TEST_IDS.toggle(symbol) }).catch(async (e) => {
        throw new Error(`toggle ${i}: ${e.message}`);
      });
      if (i >= 2) samples.push(r);
      // Between clicks, let the page go idle: nuqs writes the URL ~50 ms after the state change and the Next router then
      // renders the page a second time (~60-80 ms); a click landing on that render would measure it too.
      await sleep(400);
    }
    const totals = samples.map((s) => s.totalMs);
    const doms = samples.map((s) => s.domMs);
    return {
      url: "/?regime=apr-2025",
      symbol,
      toggles: samples.length,
      p50Ms: quantile(totals, 0.5),
      p95Ms: quantile(totals, 0.95),
      maxMs: Math.max(...totals),
      domP50Ms: quantile(doms, 0.5),
      domP95Ms: quantile(doms, 0.95),
      tableChangedShare: samples.filter((s) => s.tableChanged).length / samples.length,
      samplesMs: totals.map((x) => Math.round(x * 10) / 10),
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
  const { samplesMs, ...rest } = r;
  console.log(rest);
  console.log(samplesMs.join(" "));
}
