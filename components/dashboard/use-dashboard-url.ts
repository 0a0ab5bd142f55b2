"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { applyDashboardPatch, type DashboardUrl, type DashboardUrlPatch, readDashboardUrl } from "@/lib/view-models/dashboard-url";

// The address bar is the page's state: the whole view is in its query string. A change is written with
// history.pushState (Next's router follows it without a request, and Back walks through it) and drawn at once: a
// store read with useSyncExternalStore renders in the click's own frame, where Next's router would take a transition.
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const currentSearch = () => window.location.search;

/**
 * The page's URL state and its setter (a value per key, null removing it; lib/scenario's actions make the
 * scenario's). `serverSearch` is the query string the server rendered, read while the page hydrates.
 */
export function useDashboardUrl(serverSearch: string): [DashboardUrl, (patch: DashboardUrlPatch) => void] {
  const search = useSyncExternalStore(subscribe, currentSearch, () => serverSearch);
  const url = useMemo(() => readDashboardUrl(search), [search]);
  const update = useCallback((patch: DashboardUrlPatch) => {
    const next = applyDashboardPatch(window.location.search, patch);
    if (next === window.location.search) return;
    // No state of our own: Next keeps its router's in the entry, and syncs useSearchParams from the URL.
    window.history.pushState(null, "", `${window.location.pathname}${next}${window.location.hash}`);
    for (const l of listeners) l();
  }, []);
  return [url, update];
}
