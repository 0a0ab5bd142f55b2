"use client";

import { useEffect, useSyncExternalStore } from "react";
import { createResource, fetchDataset, type Loadable } from "@/lib/queries";
import type { Dataset } from "@/lib/schemas/dataset";
import type * as dashboardCompute from "@/lib/view-models/dashboard-compute";

/** The engine and the view models over it: their own chunk, which the first paint does not need. */
export type DashboardCompute = typeof dashboardCompute;
export type DashboardData = { dataset: Dataset; compute: DashboardCompute };

const IDLE: Loadable<DashboardData> = { status: "idle" };

/** The dataset and the code that computes over it, fetched side by side once per session. */
const dashboardData = createResource(async (): Promise<DashboardData> => {
  const [dataset, compute] = await Promise.all([fetchDataset(), import("@/lib/view-models/dashboard-compute")]);
  return { dataset, compute };
});

/**
 * Runs `fn` once the browser has painted a frame: a task posted from a frame's requestAnimationFrame callback runs
 * after that frame is painted. Hydration's effects can run before the first paint; a 96 KB fetch started there shares
 * the first paint's bandwidth and main thread (issue 13: nothing the first paint does not need fetched before it).
 */
function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * The dataset and the engine, loaded once per session. The server renders without them (and so does hydration: the
 * server's snapshot is "idle"); the fetch starts once the page is drawn and live, so that the first paint waits for
 * nothing.
 */
export function useDataset(): { state: Loadable<DashboardData>; retry: () => void } {
  const state = useSyncExternalStore(dashboardData.subscribe, dashboardData.get, () => IDLE);
  useEffect(() => afterNextPaint(dashboardData.load), []);
  return { state, retry: dashboardData.load };
}
