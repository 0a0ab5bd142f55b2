"use client";

import { useEffect, useSyncExternalStore } from "react";
import { datasetResource, type Loadable } from "@/lib/queries";
import type { Dataset } from "@/lib/schemas/dataset";

const IDLE: Loadable<Dataset> = { status: "idle" };

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
 * The dataset, loaded once per session. The server renders without it (and so does hydration: the server's snapshot
 * is "idle"); the fetch starts once the page is drawn and live, so that the first paint waits for nothing.
 */
export function useDataset(): { state: Loadable<Dataset>; retry: () => void } {
  const state = useSyncExternalStore(datasetResource.subscribe, datasetResource.get, () => IDLE);
  useEffect(() => afterNextPaint(datasetResource.load), []);
  return { state, retry: datasetResource.load };
}
