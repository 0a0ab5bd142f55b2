// What a compliance officer does with a line of a parts list: one action per line, in the answer as `action`.

export const ACTIONS = ["hold", "apply", "review", "insufficient-data", "clear"] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<Action, string> = {
  hold: "Hold (denied)",
  apply: "Apply for a licence",
  review: "Review",
  "insufficient-data": "Insufficient data",
  clear: "Clear",
};

/** What each action means, in one line: the legend of the page and of every report. */
export const ACTION_MEANINGS: Record<Action, string> = {
  hold: "Export from China is denied under the scenario (e.g. a military end use where a measure denies it): do not plan on this supply.",
  apply: "Export from China needs a licence: the supplier must apply and hold one; plan for the delay.",
  review:
    "Needs a person's judgement: case-by-case review, held by customs for content checks, an estimate within a factor of 2 of a threshold, a composition or origin the line does not state, or a customs code among whose candidates are controlled items.",
  "insufficient-data": "The line does not hold what the check needs to decide; the reason lists what is missing. Never read as clear.",
  clear: "Nothing in the modelled measures catches this line under the scenario.",
};
