import { afterAll, describe, expect, it, vi } from "vitest";
import { bomTemplateCsv } from "@/lib/bom/bom-template";
import { getDataset } from "@/lib/data/load-dataset";
import { resolveScenario } from "@/lib/engine/resolve-scenario";
import { closeHeavyPool, HEAVY_MAX_QUEUE, HEAVY_THREADS, heavyFailureResponse, runHeavy, warmHeavyPool } from "./heavy-pool";
import type { HeavyJob } from "./workers/heavy-jobs";

const scenario = resolveScenario(getDataset(), { regime: "apr-2025" }, "2026-11-25");
const bomJob = (format: "json" | "csv" | "pdf" = "json"): HeavyJob => ({
  kind: "bom",
  bytes: new TextEncoder().encode(bomTemplateCsv()),
  mapping: {},
  fileCurrency: null,
  scenario,
  warnings: [],
  format,
  generatedAt: "2026-11-25T10:00:00.000Z",
});

afterAll(closeHeavyPool);

describe("warmHeavyPool", () => {
  it("makes its reports in the worker without an error, then the worker takes jobs", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await warmHeavyPool(2)).toBe(2);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
    const outcome = await runHeavy(bomJob("csv"));
    expect(outcome.ok && outcome.result.ok).toBe(true);
  }, 60_000);

  it("sends no further round once a reader's job has arrived", async () => {
    // Round 0 is sent at once; the job arrives while it runs, so when it ends the warm-up stops: 1 round of 50.
    const warming = warmHeavyPool(50);
    const outcome = await runHeavy(bomJob("csv"));
    expect(outcome.ok).toBe(true);
    expect(await warming).toBe(1);
  }, 60_000);
});

describe("runHeavy", () => {
  it("runs a job in a worker thread and moves its bytes back", async () => {
    const job = bomJob("csv");
    const sent = job.kind === "bom" ? job.bytes : new Uint8Array();
    const outcome = await runHeavy(job);
    expect(outcome.ok && outcome.result.ok && outcome.result.fileName).toMatch(/^rare-earth-parts_apr-2025_2025-06-01_[0-9a-f]{8}\.csv$/);
    // The upload's buffer went to the worker (transferred, not copied): the main thread no longer holds it.
    expect(sent.byteLength).toBe(0);
  }, 30_000);

  it(`refuses jobs past ${HEAVY_MAX_QUEUE} waiting with "busy", and runs the others`, async () => {
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => runHeavy(bomJob())));
    const busy = outcomes.filter((o) => !o.ok && o.reason === "busy").length;
    const done = outcomes.filter((o) => o.ok).length;
    // One job per thread runs and HEAVY_MAX_QUEUE wait (all 40 arrive before the first ends); the rest are refused
    // at once. On a 2-core machine: 1 + 16 = 17 run, 23 refused.
    expect(done).toBe(HEAVY_THREADS + HEAVY_MAX_QUEUE);
    expect(busy).toBe(40 - done);
  }, 60_000);

  it("stops a job past its time limit and says so", async () => {
    const outcome = await runHeavy(bomJob("pdf"), { timeoutMs: 1 });
    expect(outcome).toMatchObject({ ok: false, reason: "timeout" });
    // The pool carries on: the next job runs.
    expect((await runHeavy(bomJob())).ok).toBe(true);
  }, 30_000);
});

describe("heavyFailureResponse", () => {
  it.each([
    ["busy", 503, "5"],
    ["timeout", 503, "5"],
    ["memory", 413, null],
  ] as const)("answers %s with %i", async (reason, status, retryAfter) => {
    const res = heavyFailureResponse({ ok: false, reason, message: "why" });
    expect(res.status).toBe(status);
    expect(res.headers.get("retry-after")).toBe(retryAfter);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("why");
  });
});
