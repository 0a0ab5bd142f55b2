// Engine benchmark: resolveScenario + computeExposure on the bundled data and on synthetic datasets 10x, 100x and
// 1,000x larger (lib/engine/synthesize-dataset.ts), and the BOM path (lib/bom) at 10k, 100k and 1M rows when it exists.
// The TypeScript sources are loaded with jiti (already installed: eslint, tailwind and vite depend on it), so the
// figures are for the same code the app runs, transpiled but not bundled or minified.
//
//   node --expose-gc bench/engine.mjs          prints a table
//   node --expose-gc bench/engine.mjs --json   prints the figures as JSON (used by bench/run.mjs)
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createJiti } from "jiti";
import { median, quantile } from "./lib/util.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const jiti = createJiti(import.meta.url, { alias: { "@": root }, fsCache: false, interopDefault: true });
const load = (rel) => jiti.import(path.join(root, rel));

const TODAY = "2026-11-25";
/** Scenarios of a "full" run: the widest (Oct 2025, 0.1 % rule on, 12 elements) and the narrowest enacted preset. */
const SCENARIOS = [
  { regime: "oct-2025" },
  { regime: "apr-2025" },
  { regime: "breakdown", reading: "broad", thresholdPct: 0.5, chinaShare: { Dy: 0.5, Tb: 0.3 } },
];

/**
 * Wall time of one call of fn(), in ms: the median over samples taken after a warm-up, with the spread (quartiles).
 * - Warm-up: at least `warmupRuns` calls, then windows of `warmupMs` for at least `warmupMinMs`, and on until a
 *   window's time per call is within 10 % of the one before (at most 10 s). Measured at the 1x size on the shared
 *   machine, the first 2-2.5 s of calls ran on a plateau at 5-6 times the settled time (~30 ms, then ~5 ms for three
 *   scenarios), so a settling test alone stops too early, and a fixed handful of warm-up calls left that in the 1x
 *   figure.
 * - Batching: a sample is k back-to-back calls timed together (k chosen from the warm-up so that a sample lasts at
 *   least `sampleMs`), divided by k: a 2 ms call is not timed alone against a timer, a GC pause or a context switch.
 *   Garbage made by a call is collected during the next one, as in a server that computes one scenario after another.
 * - Samples: at least `samples`, and at least `minMs` of measuring in total. CPU time (process.cpuUsage, all threads)
 *   is recorded beside the wall time: on the shared 2-core machine it moves less with the other users' load.
 */
function time(fn, { samples, warmupRuns = 3, warmupMs = 0, warmupMinMs = 0, sampleMs = 0, minMs = 0 }) {
  const window = () => {
    const w0 = performance.now();
    let n = 0;
    while (n < warmupRuns || performance.now() - w0 < warmupMs) {
      fn();
      n += 1;
    }
    return { perCall: (performance.now() - w0) / n, n };
  };
  let last = window();
  let warm = last.n;
  const warmStart = performance.now();
  if (warmupMs > 0) {
    while (performance.now() - warmStart < 10_000) {
      const w = window();
      warm += w.n;
      const settled = performance.now() - warmStart >= warmupMinMs && Math.abs(w.perCall - last.perCall) <= 0.1 * last.perCall;
      last = w;
      if (settled) break;
    }
  }
  const batch = Math.max(1, Math.ceil(sampleMs / last.perCall));
  const xs = [];
  const cpu = [];
  const start = performance.now();
  while (xs.length < samples || performance.now() - start < minMs) {
    const c = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < batch; i += 1) fn();
    xs.push((performance.now() - t) / batch);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000 / batch);
  }
  return {
    medianMs: median(xs),
    p25Ms: quantile(xs, 0.25),
    p75Ms: quantile(xs, 0.75),
    cpuMedianMs: median(cpu),
    samples: xs.length,
    callsPerSample: batch,
    runs: xs.length * batch,
    warmupRuns: warm,
    minMs: Math.min(...xs),
    maxMs: Math.max(...xs),
  };
}

export async function benchEngine({ factors = [1, 10, 100, 1000] } = {}) {
  const { getDataset } = await load("lib/data/load-dataset.ts");
  const { computeExposure } = await load("lib/engine/compute-exposure.ts");
  const { resolveScenario } = await load("lib/engine/resolve-scenario.ts");
  const { synthesizeDataset } = await load("lib/engine/synthesize-dataset.ts");
  const base = getDataset();

  const full = (dataset) => {
    for (const input of SCENARIOS) computeExposure(dataset, resolveScenario(dataset, input, TODAY));
  };

  const sizes = [];
  for (const factor of factors) {
    const t0 = performance.now();
    const dataset = synthesizeDataset(base, { factor, seed: 20251125 });
    const synthMs = performance.now() - t0;
    const products = dataset.products.products.length;
    // Each size starts from a collected heap (run.mjs starts this script with --expose-gc): the previous size's
    // dataset and results are not collected on this size's clock.
    globalThis.gc?.();
    const big = factor >= 1000;
    const t = time(() => full(dataset), {
      samples: big ? 5 : factor >= 100 ? 9 : 15,
      warmupRuns: big ? 1 : 3,
      warmupMs: factor >= 100 ? 0 : 500,
      warmupMinMs: factor >= 100 ? 0 : 4000,
      sampleMs: factor >= 100 ? 0 : 50,
      minMs: factor >= 100 ? 0 : 1000,
    });
    sizes.push({
      factor,
      products,
      scenarios: SCENARIOS.length,
      synthMs,
      ...t,
      perScenarioMs: t.medianMs / SCENARIOS.length,
      perProductUs: (t.medianMs / SCENARIOS.length / products) * 1000,
    });
  }
  for (let i = 1; i < sizes.length; i += 1) {
    const step = sizes[i].factor / sizes[i - 1].factor;
    sizes[i].growth = sizes[i].medianMs / sizes[i - 1].medianMs;
    sizes[i].growthPer10x = step === 10 ? sizes[i].growth : sizes[i].growth ** (1 / Math.log10(step));
    sizes[i].cpuGrowthPer10x = (sizes[i].cpuMedianMs / sizes[i - 1].cpuMedianMs) ** (1 / Math.log10(step));
  }

  // The dashboard also computes every preset once per dataset (regime comparison chart): time it on the bundled data.
  let presets = null;
  try {
    const { computePresetResults } = await load("lib/charts/regime-comparison-series.ts");
    presets = time(() => computePresetResults(base, TODAY), { samples: 15, warmupMs: 500, warmupMinMs: 2000, sampleMs: 50, minMs: 500 });
  } catch (e) {
    presets = { error: String(e?.message ?? e) };
  }

  return { loader: "jiti (TypeScript sources, not minified)", today: TODAY, scenarios: SCENARIOS, sizes, presets };
}

function printTable(r) {
  const rows = r.sizes.map((s) => ({
    size: `${s.factor}x`,
    products: s.products,
    "median ms (3 scenarios)": s.medianMs.toFixed(2),
    "ms / scenario": s.perScenarioMs.toFixed(3),
    "µs / product": s.perProductUs.toFixed(2),
    "growth / 10x": s.growthPer10x ? s.growthPer10x.toFixed(2) : "",
    "p25–p75 ms": `${s.p25Ms.toFixed(2)}–${s.p75Ms.toFixed(2)}`,
    "CPU ms": s.cpuMedianMs.toFixed(2),
    "CPU growth / 10x": s.cpuGrowthPer10x ? s.cpuGrowthPer10x.toFixed(2) : "",
    "samples × calls": `${s.samples} × ${s.callsPerSample}`,
  }));
  console.table(rows);
  if (r.presets?.medianMs) console.log(`all presets (computePresetResults), bundled data: ${r.presets.medianMs.toFixed(2)} ms`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const quick = process.env.BENCH_QUICK === "1";
  const r = await benchEngine(quick ? { factors: [1, 10, 100] } : {});
  if (process.argv.includes("--json")) process.stdout.write(`${JSON.stringify(r)}\n`);
  else printTable(r);
}

