// Measuring a server under load: GET / latencies from a worker thread while some work runs, the peak resident memory
// of the server's processes, and uploads sent as a careful client sends them.
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
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

/** Uploads as a careful client sends them (scripts/upload-until-answered.mjs, shared with the abuse e2e spec). */
export { uploadUntilAnswered as upload } from "../../scripts/upload-until-answered.mjs";
