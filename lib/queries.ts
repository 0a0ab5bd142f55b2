// The browser's one client module: the only file in lib/ that fetches (eslint.config.mjs). Everything else in lib/ is
// pure; components ask this module for data and never call fetch themselves.
import { queryOptions } from "@tanstack/react-query";
import type { Dataset } from "./schemas/dataset";

/**
 * The validated dataset from this app's API. The server validated it with the zod schemas when it loaded; the browser
 * does not ship zod to check it again.
 */
export async function fetchDataset(signal?: AbortSignal): Promise<Dataset> {
  const res = await fetch("/api/dataset", { signal });
  if (!res.ok) throw new Error(`The dataset could not be loaded (HTTP ${res.status}).`);
  return (await res.json()) as Dataset;
}

export type Loadable<T> =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "error"; message: string };

export type Resource<T> = {
  subscribe: (listener: () => void) => () => void;
  get: () => Loadable<T>;
  /** Starts loading unless loaded or loading; after an error, tries again. */
  load: () => void;
};

const IDLE = { status: "idle" } as const;

/**
 * A value loaded once per session and shared by every component that reads it, with one retry on failure. What the
 * dashboard needs of a query library, without shipping one with the page (issue 13: the page's script ≤ 1.3× a bare
 * page's). React reads it with useSyncExternalStore; the server's snapshot is always "idle".
 */
export function createResource<T>(fetchValue: () => Promise<T>, retries = 1): Resource<T> {
  let state: Loadable<T> = IDLE;
  const listeners = new Set<() => void>();
  const set = (next: Loadable<T>) => {
    state = next;
    for (const l of listeners) l();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => state,
    load() {
      if (state.status === "loading" || state.status === "ready") return;
      set({ status: "loading" });
      const attempt = (left: number): Promise<void> =>
        fetchValue().then(
          (data) => set({ status: "ready", data }),
          (e: unknown) => (left > 0 ? attempt(left - 1) : set({ status: "error", message: e instanceof Error ? e.message : String(e) })),
        );
      void attempt(retries);
    },
  };
}

/** The same dataset for pages that use TanStack Query (the parts-list check). */
export const datasetQueryOptions = /* @__PURE__ */ queryOptions({
  queryKey: ["dataset"],
  queryFn: ({ signal }): Promise<Dataset> => fetchDataset(signal),
});

/**
 * POSTs a parts list to the server for a report (the only time the file leaves the browser): the report's bytes and
 * the file name the server gives it, or an error with the server's message.
 */
export async function postPartsReport(url: string, bytes: ArrayBuffer, contentType: string): Promise<{ blob: Blob; fileName: string | null }> {
  const res = await fetch(url, { method: "POST", headers: { "Content-Type": contentType }, body: bytes });
  if (!res.ok) throw new Error(((await res.json().catch(() => ({}))) as { error?: { message?: string } }).error?.message ?? `HTTP ${res.status}`);
  return { blob: await res.blob(), fileName: /filename="([^"]+)"/.exec(res.headers.get("Content-Disposition") ?? "")?.[1] ?? null };
}
