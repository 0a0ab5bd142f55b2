"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { BomWorkerRequest, BomWorkerResponse } from "./bom-worker-protocol";

type Done = Extract<BomWorkerResponse, { type: "done" }>;

export type BomRunState =
  | { phase: "idle" }
  | { phase: "running"; pct: number; stage: string }
  | { phase: "done"; result: Done }
  | { phase: "failed"; message: string };

/** One worker per page; a newer run supersedes an older one still in flight. */
export function useBomWorker() {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<BomRunState>({ phase: "idle" });

  useEffect(() => {
    const w = new Worker(new URL("./bom.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<BomWorkerResponse>) => {
      const m = e.data;
      if (m.id !== latest.current) return;
      if (m.type === "progress") setState({ phase: "running", pct: m.pct, stage: m.stage });
      else if (m.type === "done") setState({ phase: "done", result: m });
      else setState({ phase: "failed", message: m.message });
    };
    w.onerror = (e) => setState({ phase: "failed", message: e.message || "the worker stopped" });
    worker.current = w;
    return () => w.terminate();
  }, []);

  const run = useCallback((req: Omit<BomWorkerRequest, "id">) => {
    const id = ++latest.current;
    setState({ phase: "running", pct: 1, stage: "Starting" });
    // The bytes are copied, not transferred: the caller keeps them for the next scenario.
    worker.current?.postMessage({ ...req, id });
  }, []);

  return { state, run };
}
