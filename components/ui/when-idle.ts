/** A callback waiting for the browser to be idle, as `whenIdle` scheduled it. */
export type IdleHandle = { idle: number } | { timeout: number };

/** Without requestIdleCallback (Safari), a plain timer of this length: not idleness, only "after this frame's work". */
const FALLBACK_MS = 50;

/** Runs `run` when the browser is idle, or within `withinMs` at the latest when given. */
export function whenIdle(run: () => void, withinMs?: number): IdleHandle {
  if (typeof window.requestIdleCallback === "function") return { idle: window.requestIdleCallback(run, withinMs === undefined ? undefined : { timeout: withinMs }) };
  return { timeout: window.setTimeout(run, FALLBACK_MS) };
}

export function cancelIdle(handle: IdleHandle): void {
  if ("idle" in handle) window.cancelIdleCallback(handle.idle);
  else window.clearTimeout(handle.timeout);
}
