// API benchmark: autocannon against /api/exposure with a rotating list of scenarios, then against /api/bench-static (a
// constant JSON prerendered at build time) on the same server; BENCH_API_CONNECTIONS connections (default 50) for
// BENCH_API_SECONDS seconds each (default 20). autocannon runs in this process, on the same machine as the server.
//
//   node bench/api.mjs http://127.0.0.1:3510
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

/** Scenarios a user of the API could ask for: every preset, element sets, thresholds, readings and what-ifs. */
export const EXPOSURE_QUERIES = [
  "regime=pre-2025-04",
  "regime=apr-2025",
  "regime=oct-2025",
  "regime=post-suspension-2025-11",
  "regime=as-of-today",
  "regime=extended-pause",
  "regime=partial-rollback",
  "regime=breakdown",
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
  await cannon({ ...common, url: `${baseUrl}/api/bench-static`, duration: 2 });
  await cannon({ ...common, url: `${baseUrl}/api/exposure`, requests: rotating, duration: 2 });

  log(`  autocannon /api/bench-static: ${connections} connections, ${seconds} s`);
  const staticRun = summarise(await cannon({ ...common, url: `${baseUrl}/api/bench-static`, duration: seconds }));
  log(`  autocannon /api/exposure (${EXPOSURE_QUERIES.length} rotating scenarios): ${connections} connections, ${seconds} s`);
  const exposureRun = summarise(await cannon({ ...common, url: `${baseUrl}/api/exposure`, requests: rotating, duration: seconds }));
  const sizes = [];
  for (const q of EXPOSURE_QUERIES.slice(0, 3)) {
    const res = await fetch(`${baseUrl}/api/exposure?${q}`, { headers: { "accept-encoding": "identity" } });
    sizes.push((await res.arrayBuffer()).byteLength);
  }
  return {
    scenarios: EXPOSURE_QUERIES.length,
    static: staticRun,
    exposure: { ...exposureRun, bodyBytesSample: sizes },
    rpsRatio: exposureRun.rps / staticRun.rps,
  };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const base = process.argv[2];
  if (!base) throw new Error("usage: node bench/api.mjs http://127.0.0.1:PORT");
  console.log(JSON.stringify(await benchApi(base), null, 2));
}
