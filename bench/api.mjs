// API benchmark: autocannon against /api/exposure with a rotating list of scenarios and against its static twin
// /api/bench-exposure-static (the default view's answer, the same bytes as /api/exposure?regime=apr-2025, computed by
// the same code at build time and prerendered), on the same server; the budgeted ratio is the two's requests/s. The
// tiny static JSON /api/bench-static (a 50-byte answer) is measured too and reported beside it, not budgeted: against
// it the ratio mostly measures the 130 KB written per answer. BENCH_API_CONNECTIONS connections (default 50);
// BENCH_API_SECONDS seconds (default 20) per route, run as two interleaved halves (static twin, exposure, static twin,
// exposure) so that a change of load on the shared machine falls on both. autocannon runs in this process, on the same
// machine as the server.
//
//   node bench/api.mjs http://127.0.0.1:3510
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const PRESETS = JSON.parse(readFileSync(new URL("../data/regimes.json", import.meta.url), "utf8")).regimes.map((r) => `regime=${r.id}`);

/** Scenarios a user of the API could ask for: every preset, element sets, thresholds, readings and what-ifs. */
export const EXPOSURE_QUERIES = [
  ...PRESETS,
  "asOf=2025-06-01",
  "asOf=2025-12-01",
  "regime=apr-2025&controlled=Dy,Tb",
  "regime=oct-2025&controlled=none",
  "regime=breakdown&controlled=Dy,Tb&threshold=0.5&reading=broad",
  "regime=oct-2025&threshold=1&military=license",
  "regime=apr-2025&extraterritorial=on&threshold=0.1",
  "regime=breakdown&exclusions=ignore",
  "regime=oct-2025&chinaShare=Dy:50,Tb:30",
  "regime=breakdown&chinaShare=all:60",
  "asOf=2026-12-01&controlled=Sc,Y,Sm,Gd,Tb,Dy,Lu,Ho,Er",
  "regime=partial-rollback&reading=broad&exclusions=ignore&chinaShare=Nd:70",
];

function summarise(r) {
  return {
    url: r.url,
    connections: r.connections,
    durationS: r.duration,
    requests: r.requests.total,
    rps: r.requests.average,
    rpsP50: r.requests.p50,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    latencyMaxMs: r.latency.max,
    throughputBytesPerS: r.throughput.average,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: r.statusCodeStats,
  };
}

/** Two rounds of one route as one run: requests/s over the whole time; latencies of the worse round (not pooled). */
function combineRuns(runs) {
  const sum = (k) => runs.reduce((a, r) => a + r[k], 0);
  const worst = (k) => Math.max(...runs.map((r) => r[k]));
  return {
    url: runs[0].url,
    connections: runs[0].connections,
    durationS: sum("durationS"),
    requests: sum("requests"),
    rps: sum("requests") / sum("durationS"),
    rounds: runs.map((r) => ({ rps: r.rps, latencyP99Ms: r.latencyP99Ms })),
    latencyP50Ms: worst("latencyP50Ms"),
    latencyP99Ms: worst("latencyP99Ms"),
    latencyMaxMs: worst("latencyMaxMs"),
    throughputBytesPerS: sum("throughputBytesPerS") / runs.length,
    errors: sum("errors"),
    timeouts: sum("timeouts"),
    non2xx: sum("non2xx"),
  };
}

function cannon(opts) {
  return new Promise((resolve, reject) => {
    const inst = autocannon(opts, (err, res) => (err ? reject(err) : resolve(res)));
    autocannon.track(inst, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

export async function benchApi(baseUrl, {
  seconds = Number(process.env.BENCH_API_SECONDS ?? 20),
  connections = Number(process.env.BENCH_API_CONNECTIONS ?? 50),
  log = console.log,
} = {}) {
  let next = 0;
  const rotating = [
    {
      method: "GET",
      setupRequest: (req) => ({ ...req, path: `/api/exposure?${EXPOSURE_QUERIES[next++ % EXPOSURE_QUERIES.length]}` }),
    },
  ];
  const common = { connections, timeout: 10 };
  // Warm-up: every scenario once, then a short burst of each, so neither route pays a first-request cost in the figures.
  for (const q of EXPOSURE_QUERIES) {
    const res = await fetch(`${baseUrl}/api/exposure?${q}`);
    if (!res.ok) throw new Error(`warm-up: /api/exposure?${q} answered ${res.status}`);
    await res.arrayBuffer();
  }
  const twinUrl = `${baseUrl}/api/bench-exposure-static`;
  const exposureRequest = { ...common, url: `${baseUrl}/api/exposure`, requests: rotating };
  // 5 s bursts: measured by hand on the shared machine, /api/exposure's first 8 s ran at half its settled rate (280
  // then 544 requests/s) while the twin's did not; 2 s bursts left part of that warm-up in the figure.
  await cannon({ ...common, url: `${baseUrl}/api/bench-static`, duration: 2 });
  await cannon({ ...common, url: twinUrl, duration: 5 });
  await cannon({ ...exposureRequest, duration: 5 });

  // The twin must be the default view's answer, byte for byte.
  const twinBytes = Buffer.from(await (await fetch(twinUrl, { headers: { "accept-encoding": "identity" } })).arrayBuffer());
  const sameBytes = Buffer.from(await (await fetch(`${baseUrl}/api/exposure?regime=apr-2025`, { headers: { "accept-encoding": "identity" } })).arrayBuffer());
  if (!twinBytes.equals(sameBytes)) throw new Error(`/api/bench-exposure-static (${twinBytes.length} B) is not /api/exposure?regime=apr-2025 (${sameBytes.length} B)`);

  log(`  autocannon /api/bench-static (tiny JSON, reported only): ${connections} connections, ${seconds} s`);
  const staticRun = summarise(await cannon({ ...common, url: `${baseUrl}/api/bench-static`, duration: seconds }));
  const half = Math.max(1, Math.round(seconds / 2));
  const twinRuns = [];
  const exposureRuns = [];
  for (let round = 0; round < 2; round += 1) {
    log(`  autocannon /api/bench-exposure-static (${(twinBytes.length / 1024).toFixed(1)} KB), round ${round + 1} of 2: ${connections} connections, ${half} s`);
    twinRuns.push(summarise(await cannon({ ...common, url: twinUrl, duration: half })));
    log(`  autocannon /api/exposure (${EXPOSURE_QUERIES.length} rotating scenarios), round ${round + 1} of 2: ${connections} connections, ${half} s`);
    exposureRuns.push(summarise(await cannon({ ...exposureRequest, duration: half })));
  }
  const twinRun = combineRuns(twinRuns);
  const exposureRun = combineRuns(exposureRuns);
  const sizes = [];
  for (const q of EXPOSURE_QUERIES) {
    const res = await fetch(`${baseUrl}/api/exposure?${q}`, { headers: { "accept-encoding": "identity" } });
    sizes.push((await res.arrayBuffer()).byteLength);
  }
  return {
    scenarios: EXPOSURE_QUERIES.length,
    static: staticRun,
    staticTwin: { ...twinRun, bodyBytes: twinBytes.length },
    exposure: { ...exposureRun, bodyBytes: sizes, bodyBytesMean: sizes.reduce((a, b) => a + b, 0) / sizes.length },
    rpsRatio: exposureRun.rps / twinRun.rps,
    rpsRatioTiny: exposureRun.rps / staticRun.rps,
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const base = process.argv[2];
  if (!base) throw new Error("usage: node bench/api.mjs http://127.0.0.1:PORT");
  console.log(JSON.stringify(await benchApi(base), null, 2));
}
