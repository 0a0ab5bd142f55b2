// GET <url> one after another (20 ms apart) until told to stop, in a worker thread, so that the time measured is the
// server's and not that of the benchmark's own event loop while it sends or reads large bodies. See probe.mjs.
import { parentPort, workerData } from "node:worker_threads";

let stop = false;
parentPort.on("message", () => {
  stop = true;
});

async function get() {
  const t = performance.now();
  const res = await fetch(workerData.url);
  await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status };
}

// The thread's first fetch loads the HTTP client: done before the clock starts.
await get();
parentPort.postMessage("ready");
const times = [];
do {
  times.push(await get());
  if (!stop) await new Promise((r) => setTimeout(r, 20));
} while (!stop);
parentPort.postMessage(times);
