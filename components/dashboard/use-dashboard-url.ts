"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { registerPendingSearch } from "@/components/ui/current-href";
import { whenIdle } from "@/components/ui/when-idle";
import { applyDashboardPatch, type DashboardUrl, type DashboardUrlPatch, readDashboardUrl } from "@/lib/view-models/dashboard-url";

// The address bar is the page's state: the whole view is in its query string. A change is drawn at once (a store read
// with useSyncExternalStore renders in the click's own frame) and written with history.pushState once the browser is
// idle: writing it costs a few milliseconds, and Next's router follows every pushState with work of its own (issue 13:
// a toggle painted within one frame). Back walks through the entries as before; quick changes in a row share one.
const listeners = new Set<() => void>();
/** The query string on screen but not yet in the address bar, or null when the two agree. */
let pending: string | null = null;
let scheduled = false;
/** An idle callback comes within this long even on a busy page: the address never lags far behind the view. */
const WRITE_WITHIN_MS = 300;

function notify(): void {
  for (const l of listeners) l();
}

function onPopState(): void {
  // The browser moved to another entry: what it shows is the state, and a write still waiting is for a view left behind.
  pending = null;
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("popstate", onPopState);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", onPopState);
  };
}

function writePending(): void {
  scheduled = false;
  const next = pending;
  pending = null;
  if (next === null || next === window.location.search) return;
  // No state of our own: Next keeps its router's in the entry, and syncs useSearchParams from the URL.
  window.history.pushState(null, "", `${window.location.pathname}${next}${window.location.hash}`);
}

function scheduleWrite(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(writePending, WRITE_WITHIN_MS);
}

const currentSearch = () => pending ?? window.location.search;
registerPendingSearch(() => pending);

/**
 * The page's URL state, its setter (a value per key, null removing it; lib/scenario's actions make the scenario's)
 * and its query string. `serverSearch` is the query string the server rendered, read while the page hydrates.
 */
export function useDashboardUrl(serverSearch: string): [DashboardUrl, (patch: DashboardUrlPatch) => void, string] {
  const search = useSyncExternalStore(subscribe, currentSearch, () => serverSearch);
  const url = useMemo(() => readDashboardUrl(search), [search]);
  const update = useCallback((patch: DashboardUrlPatch) => {
    const base = currentSearch();
    const next = applyDashboardPatch(base, patch);
    if (next === base) return;
    pending = next;
    scheduleWrite();
    notify();
  }, []);
  return [url, update, search];
}
