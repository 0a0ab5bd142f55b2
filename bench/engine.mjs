// Engine benchmark: resolveScenario + computeExposure on the bundled data and on synthetic datasets 10x, 100x and
// 1,000x larger (lib/engine/synthesize-dataset.ts), and the BOM path (lib/bom) at 10k, 100k and 1M rows when it exists.
// The TypeScript sources are loaded with jiti (already installed: eslint, tailwind and vite depend on it), so the
// figures are for the same code the app runs, transpiled but not bundled or minified.
//
//   node bench/engine.mjs          prints a table
//   node bench/engine.mjs --json   prints the figures as JSON (used by bench/run.mjs)
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createJiti } from "jiti";
import { median } from "./lib/util.mjs";

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

/** Median wall time in ms of fn() over `runs` runs after `warmup` runs; at least `minMs` of measuring in total. */
function time(fn, { runs, warmup = 2, minMs = 0 }) {
  for (let i = 0; i < warmup; i += 1) fn();
  const xs = [];
  const start = performance.now();
  while (xs.length < runs || performance.now() - start < minMs) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return { medianMs: median(xs), runs: xs.length, minMs: Math.min(...xs), maxMs: Math.max(...xs) };
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
    // Fewer runs for the big ones; at least ~1 s of measuring for the small ones.
    const runs = factor >= 1000 ? 5 : factor >= 100 ? 9 : 25;
    const t = time(() => full(dataset), { runs, warmup: factor >= 1000 ? 1 : 3, minMs: factor >= 100 ? 0 : 1000 });
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
  }

  // The dashboard also computes every preset once per dataset (regime comparison chart): time it on the bundled data.
  let presets = null;
  try {
    const { computePresetResults } = await load("lib/charts/regime-comparison-series.ts");
    presets = time(() => computePresetResults(base, TODAY), { runs: 25, minMs: 500 });
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
    runs: s.runs,
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

