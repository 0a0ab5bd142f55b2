import type { Dataset } from "../schemas/dataset";
import { applyDashboardPatch, type DashboardUrl, type DashboardUrlPatch, readDashboardUrl, scenarioUrlKey } from "./dashboard-url";
import { computeDashboardModel, type DashboardModel, type DashboardView, toDashboardView } from "./dashboard-view";

/** A scenario's model (the engine's answer) and the first view drawn from it. */
export type DashboardAnswer = { model: DashboardModel; view: DashboardView };

/**
 * Answers kept per page: the scenario on screen, the 17 one element toggle away (the one a reader came from among
 * them) and a few older ones. An answer over the bundled data holds about 140 KB of its own (Node's heap after 17 of
 * them), so 3.4 MB at most.
 */
export const ANSWERS_KEPT = 24;

export type DashboardAnswers = {
  /** The answer for a URL's scenario: the one kept if it was worked out before, else worked out now and kept. */
  answerFor(url: DashboardUrl): DashboardAnswer;
  /** Whether the answer for a URL's scenario is kept; asking does not count as a use. */
  has(url: DashboardUrl): boolean;
  /**
   * The URLs among these whose answers are not kept: what is left to work out. Those kept count as used, so that the
   * scenario a reader came from (one toggle away again) outlasts the older ones the new work pushes out.
   */
  missing(urls: readonly DashboardUrl[]): DashboardUrl[];
};

/**
 * The dashboard's answers by scenario, the least recently used dropped first. A toggle the page worked out ahead (in
 * idle time: components/dashboard/dashboard.tsx with components/ui/use-idle-jobs.ts) is drawn without running the
 * engine in the click's frame (issue 13). Only the scenario's part of the URL is a key: neither the model nor the
 * first view depends on the table's sorting or open product.
 */
export function createDashboardAnswers(
  dataset: Dataset,
  today: string,
  { limit = ANSWERS_KEPT, compute = computeAnswer }: { limit?: number; compute?: (dataset: Dataset, url: DashboardUrl, today: string) => DashboardAnswer } = {},
): DashboardAnswers {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const kept = new Map<string, DashboardAnswer>();
  const touch = (key: string): DashboardAnswer | undefined => {
    const hit = kept.get(key);
    if (hit) {
      kept.delete(key);
      kept.set(key, hit);
    }
    return hit;
  };
  return {
    answerFor(url) {
      const key = scenarioUrlKey(url);
      const hit = touch(key);
      if (hit) return hit;
      const answer = compute(dataset, url, today);
      kept.set(key, answer);
      for (const oldest of kept.keys()) {
        if (kept.size <= limit) break;
        kept.delete(oldest);
      }
      return answer;
    },
    has: (url) => kept.has(scenarioUrlKey(url)),
    missing: (urls) => urls.filter((url) => touch(scenarioUrlKey(url)) === undefined),
  };
}

function computeAnswer(dataset: Dataset, url: DashboardUrl, today: string): DashboardAnswer {
  const model = computeDashboardModel(dataset, url, today);
  return { model, view: toDashboardView(model) };
}

/** The URLs that a page at `search` goes to on each of these changes (the element strip's toggles), in their order. */
export function listPatchedUrls(search: string, patches: readonly DashboardUrlPatch[]): DashboardUrl[] {
  return patches.map((patch) => readDashboardUrl(applyDashboardPatch(search, patch)));
}
