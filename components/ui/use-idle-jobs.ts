"use client";

import { useEffect } from "react";

type Handle = { idle: number } | { timeout: number };

function whenIdle(run: () => void): Handle {
  // Safari has no requestIdleCallback: a pause of 100 ms stands in for "the page has nothing else to do".
  return typeof window.requestIdleCallback === "function" ? { idle: window.requestIdleCallback(run) } : { timeout: window.setTimeout(run, 100) };
}

function cancel(handle: Handle): void {
  if ("idle" in handle) window.cancelIdleCallback(handle.idle);
  else window.clearTimeout(handle.timeout);
}

/**
 * Runs work the page will likely need next while it is idle: `plan` in the first idle moment after the effect, then
 * its jobs one per idle moment, so that a click never waits behind more than one job. A new `plan` (or leaving the
 * page) drops what is left of the last. Planning waits for idle too: an effect of a click's update runs in the
 * click's frame.
 */
export function useIdleJobs(plan: (() => readonly (() => void)[]) | null): void {
  useEffect(() => {
    if (!plan) return;
    let jobs: readonly (() => void)[] | null = null;
    let next = 0;
    const run = () => {
      jobs ??= plan();
      jobs[next]?.();
      next += 1;
      if (next < jobs.length) handle = whenIdle(run);
    };
    let handle = whenIdle(run);
    return () => cancel(handle);
  }, [plan]);
}
