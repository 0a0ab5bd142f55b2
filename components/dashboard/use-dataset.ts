"use client";

import { useEffect, useSyncExternalStore } from "react";
import { datasetResource, type Loadable } from "@/lib/queries";
import type { Dataset } from "@/lib/schemas/dataset";

const IDLE: Loadable<Dataset> = { status: "idle" };

/**
 * The dataset, loaded once per session. The server renders without it (and so does hydration: the server's snapshot
 * is "idle"); the fetch starts once the page is drawn and live, so that the first paint waits for nothing.
 */
export function useDataset(): { state: Loadable<Dataset>; retry: () => void } {
  const state = useSyncExternalStore(datasetResource.subscribe, datasetResource.get, () => IDLE);
  useEffect(() => datasetResource.load(), []);
  return { state, retry: datasetResource.load };
}
