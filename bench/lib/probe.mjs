// Measuring a server under load: GET / latencies from a worker thread while some work runs, the peak resident memory
// of the server's processes, and uploads sent as a careful client sends them.
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { Worker } from "node:worker_threads";
import { quantile } from "./util.mjs";

/** Runs `work()` while a worker thread GETs `${base}/` back to back; the work's value and the GET latencies. */
export async function whileProbing(base, work) {
  const probe = new Worker(new URL("./home-probe-worker.mjs", import.meta.url), { workerData: { url: `${base}/` } });
  await once(probe, "message");
  let value;
  let failure = null;
  try {
    value = await work();
  } catch (e) {
    failure = e;
  }
  const results = once(probe, "message");
  probe.postMessage("stop");
  const [times] = await results;
  await probe.terminate();
  if (failure) throw failure;
  const ms = times.map((t) => t.ms);
  return {
    value,
    home: { requests: ms.length, non200: times.filter((t) => t.status !== 200).length, p50Ms: quantile(ms, 0.5), p99Ms: quantile(ms, 0.99), maxMs: Math.max(...ms) },
  };
}

/** Resident memory in bytes of every process in a process group (Linux /proc; the server runs as one group). */
export function groupRssBytes(pgid) {
  let total = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Field 5 is the process group; the command name (field 2) may hold spaces, so count from its closing ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${name}/status`, "utf8"));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      /* the process ended meanwhile */
    }
  }
  return total;
}

/** Samples groupRssBytes every `everyMs` while `work()` runs; the work's value and the highest sample. */
export async function peakRss(pgid, work, everyMs = 25) {
  let peak = groupRssBytes(pgid);
  const timer = setInterval(() => {
    peak = Math.max(peak, groupRssBytes(pgid));
  }, everyMs);
  try {
    const value = await work();
    peak = Math.max(peak, groupRssBytes(pgid));
    return { value, peakBytes: peak };
  } finally {
    clearInterval(timer);
  }
}

/**
 * POSTs `body` in 1 MB pieces on its own connection and stops sending as soon as the server answers (as curl and
 * browsers do): status, Retry-After, the answer's size and the time to its headers and to its end.
 */
export function upload(url, body, contentType = "text/csv") {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answered = false;
    const req = http.request(url, { method: "POST", agent: false, headers: { "Content-Type": contentType, "Content-Length": String(body.length) } }, (res) => {
      answered = true;
      const headersMs = performance.now() - started;
      let bytes = 0;
      res.on("data", (c) => (bytes += c.length));
      res.on("end", () => {
        resolve({ status: res.statusCode, retryAfter: res.headers["retry-after"] ?? null, bytes, headersMs, ms: performance.now() - started });
        req.destroy();
      });
    });
    req.on("error", (e) => (answered ? undefined : reject(e)));
    (async () => {
      for (let at = 0; at < body.length && !answered && !req.destroyed; at += 1_000_000) {
        if (!req.write(body.subarray(at, Math.min(body.length, at + 1_000_000)))) {
          await new Promise((r) => {
            const done = () => {
              req.off("drain", done).off("close", done).off("response", done);
              r();
            };
            req.on("drain", done).on("close", done).on("response", done);
          });
        }
      }
      if (!answered && !req.destroyed) req.end();
    })().catch(reject);
  });
}
