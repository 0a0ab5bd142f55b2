// One small pool of worker threads for the server's CPU-heavy jobs (PDF reports, BOM uploads), so that the event
// loop keeps answering the home page and /api/exposure while they run. Bounded three ways: threads (one on a
// 2-core machine, leaving a core to the main thread), queued jobs (past HEAVY_MAX_QUEUE a job is refused with 503
// and Retry-After) and each job's time and heap (a job past them is stopped, its worker replaced).
import { availableParallelism } from "node:os";
import path from "node:path";
import Piscina from "piscina";
import { jsonError } from "@/server/http/responses";
import type { HeavyJob, HeavyResult } from "./workers/heavy-jobs";

/** Worker threads: one per core beyond the first, at most 2; one on a 2-core machine. */
export const HEAVY_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Jobs waiting for a thread; one more is refused with 503. A PDF takes about 0.3 s, so the last waits ~5 s. */
export const HEAVY_MAX_QUEUE = 16;
/**
 * Longest a job may take from when it is accepted, waiting included. A PDF report takes about 0.3 s and the largest
 * upload (100,000 rows, 50 MB) 3–5 s on an idle 2-core machine, and up to 20 s when the cores are shared with other
 * work (the worker threads run at a lower priority): these limits only stop a job that would never end.
 */
export const HEAVY_TIMEOUT_MS = { warm: 30_000, "report-pdf": 30_000, "compare-pdf": 30_000, "report-xlsx": 30_000, "report-zip": 30_000, bom: 60_000 } as const;
/** Heap of one worker; a job that needs more is stopped (the main thread and other jobs are not affected). */
export const HEAVY_MAX_HEAP_MB = 768;
/** How much lower the worker threads' CPU priority is than the main thread's (nice increment). */
export const HEAVY_NICE = 10;
/** Seconds a client is asked to wait before retrying after a 503. */
export const RETRY_AFTER_SECONDS = 5;

/** The bundled worker (scripts/build-workers.cjs), found from the project directory as `next start` runs there. */
export function heavyWorkerFile(root: string = process.cwd()): string {
  return path.join(root, "server", "workers", "dist", "heavy-worker.mjs");
}

let pool: Piscina<HeavyJob, HeavyResult> | undefined;
/**
 * Jobs accepted and not yet answered (running or waiting). Counted here because piscina does not count a job that
 * carries an AbortSignal (every job here has one, for its time limit) against its own maxQueue.
 */
let accepted = 0;
/** Jobs accepted since the process started: the warm-up stops once readers' jobs arrive (they warm the worker too). */
let acceptedEver = 0;

/** Started by warmHeavyPool or the first heavy request; idle threads are unref'd, so they never keep a process from exiting. */
function getPool(): Piscina<HeavyJob, HeavyResult> {
  pool ??= new Piscina<HeavyJob, HeavyResult>({
    filename: heavyWorkerFile(),
    minThreads: 1,
    maxThreads: HEAVY_THREADS,
    maxQueue: HEAVY_MAX_QUEUE,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: HEAVY_MAX_HEAP_MB },
    // A lower CPU priority for the worker threads (Linux nice +10, per thread): when the cores are contended the
    // event loop, which answers every page and API call, runs first, and the heavy jobs take what is left.
    niceIncrement: HEAVY_NICE,
  });
  return pool;
}

export type HeavyOutcome =
  | { ok: true; result: HeavyResult }
  | { ok: false; reason: "busy" | "timeout" | "memory"; message: string };

/** Reports the worker makes when the server starts: after four, a report costs what it will go on costing (heavy-jobs.ts). */
const WARM_ROUNDS = 4;

/**
 * Starts the worker thread with the server and has it make up to WARM_ROUNDS reports (instrumentation.ts): the
 * thread's start, the code's compilation and optimisation, the fonts' parsing and the shaping of the reports' words
 * (about 1.8 s of CPU) are then not paid by the first readers. One round is sent after the other ends, and none once
 * a reader's job has arrived, so a reader waits for one warm-up report at most. Not counted against the queue; a
 * failure is only logged (the first real job would meet it again) and ends the warm-up. Resolves to the rounds made.
 */
export async function warmHeavyPool(rounds = WARM_ROUNDS): Promise<number> {
  const jobsBefore = acceptedEver;
  let made = 0;
  try {
    while (made < rounds && acceptedEver === jobsBefore) {
      // Time-limited like any job: a round that hung would hold the only worker thread from every reader.
      await getPool().run({ kind: "warm", round: made } satisfies HeavyJob, { signal: AbortSignal.timeout(HEAVY_TIMEOUT_MS.warm) });
      made += 1;
    }
  } catch (e) {
    console.error("heavy pool warm-up failed:", e);
  }
  return made;
}

/** Runs a job in the pool; never throws for a full queue, a time-out or a worker out of memory. */
export async function runHeavy(job: HeavyJob, { timeoutMs }: { timeoutMs?: number } = {}): Promise<HeavyOutcome> {
  const limit = timeoutMs ?? HEAVY_TIMEOUT_MS[job.kind];
  if (accepted >= HEAVY_THREADS + HEAVY_MAX_QUEUE) return busy();
  accepted += 1;
  acceptedEver += 1;
  try {
    const transferList = job.kind === "bom" ? [job.bytes.buffer as ArrayBuffer] : [];
    const result = await getPool().run(job, { signal: AbortSignal.timeout(limit), transferList });
    return { ok: true, result };
  } catch (e) {
    const err = e as { name?: string; message?: string; code?: string };
    if (err.message === "Task queue is at limit") return busy();
    if (err.name === "AbortError") {
      return { ok: false, reason: "timeout", message: `The job took longer than the ${limit / 1000} s a job may take, and was stopped; the server may be busy. Try again later, or send a smaller file.` };
    }
    if (err.code === "ERR_WORKER_OUT_OF_MEMORY") {
      return { ok: false, reason: "memory", message: `The file needs more memory than a job may use (${HEAVY_MAX_HEAP_MB} MB) and was not checked: split it into smaller files.` };
    }
    throw e;
  } finally {
    accepted -= 1;
  }
}

const busy = (): HeavyOutcome => ({
  ok: false,
  reason: "busy",
  message: `The server is busy: ${HEAVY_MAX_QUEUE} reports and uploads are already waiting. Try again in ${RETRY_AFTER_SECONDS} s.`,
});

/** The answer to a job that did not run: 503 with Retry-After when busy or out of time, 413 when out of memory. */
export function heavyFailureResponse(outcome: Extract<HeavyOutcome, { ok: false }>, param = "server"): Response {
  if (outcome.reason === "memory") return jsonError({ param: "body", message: outcome.message }, 413);
  return jsonError({ param, message: outcome.message }, 503, { "Retry-After": String(RETRY_AFTER_SECONDS) });
}

/** For tests: stops the pool's threads. */
export async function closeHeavyPool(): Promise<void> {
  const p = pool;
  pool = undefined;
  await p?.destroy();
}
