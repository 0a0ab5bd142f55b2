// Engine benchmark: resolveScenario + computeExposure on the bundled data and on synthetic datasets 10x, 100x and
// 1,000x larger (lib/engine/synthesize-dataset.ts). The TypeScript sources are loaded with jiti (already installed:
// eslint, tailwind and vite depend on it), so the figures are for the same code the app runs, transpiled but not
// bundled or minified.
//
// Each size is measured in a fresh Node process, the sizes in turn, BENCH_ENGINE_ROUNDS rounds (default 5): every size
// starts from the same state (no code compiled and no heap grown for another size before it), and a slow spell of the
// shared machine falls on one round's sizes, not on one size of the only round (measured once each, a spell moved a
// growth by itself: bench/README.md, fifth session). A size's figure is the median of its rounds' medians; a growth is
// the median of the rounds' growths, printed with each round's.
//
//   node bench/engine.mjs                  prints a table
//   node bench/engine.mjs --json           prints the figures as JSON (used by bench/run.mjs)
//   node --expose-gc bench/engine.mjs --size 100 --json    one size, in this process (what each child runs)
import { execFileSync } from "node:child_process";
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

const modules = async () => ({
  ...(await load("lib/data/load-dataset.ts")),
  ...(await load("lib/engine/compute-exposure.ts")),
  ...(await load("lib/engine/resolve-scenario.ts")),
  ...(await load("lib/engine/synthesize-dataset.ts")),
});

/** One size, in this process: synthesise the dataset, then time three scenarios over it (see time()). */
export async function measureSize(factor) {
  const { getDataset, computeExposure, resolveScenario, synthesizeDataset } = await modules();
  const t0 = performance.now();
  const dataset = synthesizeDataset(getDataset(), { factor, seed: 20251125 });
  const synthMs = performance.now() - t0;
  const products = dataset.products.products.length;
  // Measuring starts from a collected heap (run with --expose-gc): the synthesis's garbage is not on its clock.
  globalThis.gc?.();
  const big = factor >= 1000;
  const t = time(
    () => {
      for (const input of SCENARIOS) computeExposure(dataset, resolveScenario(dataset, input, TODAY));
    },
    {
      samples: big ? 5 : factor >= 100 ? 9 : 15,
      warmupRuns: big ? 1 : 3,
      warmupMs: factor >= 100 ? 0 : 500,
      warmupMinMs: factor >= 100 ? 0 : 4000,
      sampleMs: factor >= 100 ? 0 : 50,
      minMs: factor >= 100 ? 0 : 1000,
    },
  );
  return { factor, products, scenarios: SCENARIOS.length, synthMs, ...t };
}

/** The dashboard also computes every preset once per dataset (regime comparison chart): timed on the bundled data. */
export async function measurePresets() {
  try {
    const { getDataset } = await modules();
    const { computePresetResults } = await load("lib/charts/regime-comparison-series.ts");
    const base = getDataset();
    return time(() => computePresetResults(base, TODAY), { samples: 15, warmupMs: 500, warmupMinMs: 2000, sampleMs: 50, minMs: 500 });
  } catch (e) {
    return { error: String(e?.message ?? e) };
  }
}

const self = fileURLToPath(import.meta.url);
const inChild = (args) => JSON.parse(execFileSync(process.execPath, ["--expose-gc", self, ...args, "--json"], { encoding: "utf8", maxBuffer: 1 << 24 }).trim().split("\n").pop());

export async function benchEngine({ factors = [1, 10, 100, 1000], rounds = Number(process.env.BENCH_ENGINE_ROUNDS ?? 5) } = {}) {
  if (!(Number.isInteger(rounds) && rounds >= 1)) throw new Error(`BENCH_ENGINE_ROUNDS must be a whole number ≥ 1, not ${rounds}`);
  /** rounds × sizes, each a fresh process. */
  const runs = [];
  for (let r = 0; r < rounds; r += 1) runs.push(factors.map((f) => inChild(["--size", String(f)])));
  const sizes = factors.map((factor, i) => {
    const mine = runs.map((round) => round[i]);
    const pick = (k) => median(mine.map((x) => x[k]));
    const medianMs = pick("medianMs");
    return {
      factor,
      products: mine[0].products,
      scenarios: SCENARIOS.length,
      synthMs: pick("synthMs"),
      medianMs,
      p25Ms: pick("p25Ms"),
      p75Ms: pick("p75Ms"),
      cpuMedianMs: pick("cpuMedianMs"),
      roundMediansMs: mine.map((x) => x.medianMs),
      samples: mine[0].samples,
      callsPerSample: mine[0].callsPerSample,
      minMs: Math.min(...mine.map((x) => x.minMs)),
      maxMs: Math.max(...mine.map((x) => x.maxMs)),
      perScenarioMs: medianMs / SCENARIOS.length,
      perProductUs: (medianMs / SCENARIOS.length / mine[0].products) * 1000,
    };
  });
  for (let i = 1; i < sizes.length; i += 1) {
    const per10x = (a, b) => (b / a) ** (1 / Math.log10(sizes[i].factor / sizes[i - 1].factor));
    const growths = runs.map((round) => per10x(round[i - 1].medianMs, round[i].medianMs));
    const cpuGrowths = runs.map((round) => per10x(round[i - 1].cpuMedianMs, round[i].cpuMedianMs));
    sizes[i].growth = sizes[i].medianMs / sizes[i - 1].medianMs;
    sizes[i].growthPer10x = median(growths);
    sizes[i].growthPer10xRounds = growths;
    sizes[i].cpuGrowthPer10x = median(cpuGrowths);
  }
  const presets = inChild(["--presets"]);
  return { loader: "jiti (TypeScript sources, not minified)", method: `each size in a fresh process, ${rounds} interleaved rounds`, today: TODAY, scenarios: SCENARIOS, sizes, presets };
}

function printTable(r) {
  const rows = r.sizes.map((s) => ({
    size: `${s.factor}x`,
    products: s.products,
    "median ms (3 scenarios)": s.medianMs.toFixed(2),
    "ms / scenario": s.perScenarioMs.toFixed(3),
    "µs / product": s.perProductUs.toFixed(2),
    "growth / 10x (rounds)": s.growthPer10x ? `${s.growthPer10x.toFixed(2)} (${s.growthPer10xRounds.map((g) => g.toFixed(2)).join(", ")})` : "",
    "p25–p75 ms": `${s.p25Ms.toFixed(2)}–${s.p75Ms.toFixed(2)}`,
    "CPU ms": s.cpuMedianMs.toFixed(2),
    "CPU growth / 10x": s.cpuGrowthPer10x ? s.cpuGrowthPer10x.toFixed(2) : "",
    "samples × calls": `${s.samples} × ${s.callsPerSample}`,
  }));
  console.table(rows);
  if (r.presets?.medianMs) console.log(`all presets (computePresetResults), bundled data: ${r.presets.medianMs.toFixed(2)} ms`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === self;
if (isMain) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i < 0 ? undefined : process.argv[i + 1];
  };
  const json = process.argv.includes("--json");
  if (arg("--size") !== undefined) process.stdout.write(`${JSON.stringify(await measureSize(Number(arg("--size"))))}\n`);
  else if (process.argv.includes("--presets")) process.stdout.write(`${JSON.stringify(await measurePresets())}\n`);
  else {
    const quick = process.env.BENCH_QUICK === "1";
    const r = await benchEngine(quick ? { factors: [1, 10, 100] } : {});
    if (json) process.stdout.write(`${JSON.stringify(r)}\n`);
    else printTable(r);
  }
}
