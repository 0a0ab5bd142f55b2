"use client";

import { useEffect } from "react";
import { cancelIdle, whenIdle } from "./when-idle";

/**
 * Runs work the page will likely need next while it is idle: `plan` in the first idle moment after the effect, then
 * its jobs one per idle moment, so that a click never waits behind more than one job. A new `plan` (or leaving the
 * page) drops what is left of the last. Planning waits for idle too: an effect of a click's update runs in the
 * click's frame. A job that throws is skipped; the ones after it still run.
 */
export function useIdleJobs(plan: (() => readonly (() => void)[]) | null): void {
  useEffect(() => {
    if (!plan) return;
    let jobs: readonly (() => void)[] | null = null;
    let next = 0;
    const run = () => {
      try {
        jobs ??= plan();
        jobs[next]?.();
      } finally {
        next += 1;
        if (jobs !== null && next < jobs.length) handle = whenIdle(run);
      }
    };
    let handle = whenIdle(run);
    return () => cancelIdle(handle);
  }, [plan]);
}
