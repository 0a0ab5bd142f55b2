"use client";

// The parts-list page's URL state (nuqs). The dashboard keeps its own with no library: use-dashboard-url.ts.

import { createMultiParser, parseAsString, useQueryStates } from "nuqs";
import { useCallback } from "react";
import type { ScenarioQueryPatch } from "@/lib/scenario/scenario-url-actions";
import { SCENARIO_PARAM_NAMES, type ScenarioParamName } from "@/lib/scenario/scenario-params";

// Every value a scenario key has in the URL, as written (an empty one too): a key given twice is the lenient
// parser's to report, not nuqs's to settle by taking the first.
const allValues = createMultiParser<string[]>({
  parse: (values) => [...values],
  serialize: (values) => values,
  eq: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
}).withDefault([]);

// The URL holds the whole view: the scenario under the grammar's own parameter names, plus the table's view.
const scenarioKeys = Object.fromEntries(SCENARIO_PARAM_NAMES.map((name) => [name, allValues])) as Record<ScenarioParamName, typeof allValues>;
const viewKeys = {
  sector: parseAsString,
  status: parseAsString,
  sort: parseAsString,
  dir: parseAsString,
  product: parseAsString,
};
const urlKeys = { ...scenarioKeys, ...viewKeys };

export type DashboardUrlPatch = ScenarioQueryPatch & Partial<Record<keyof typeof viewKeys, string | null>>;

/** The page's URL state, and a setter taking one value per key (null removes it), as lib/scenario's actions give. */
export function useDashboardState() {
  const [url, setUrl] = useQueryStates(urlKeys, { history: "push", scroll: false });
  const update = useCallback(
    (patch: DashboardUrlPatch) => {
      const values: Record<string, string | string[] | null> = {};
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) continue;
        values[key] = key in scenarioKeys ? (value === null ? null : [value]) : value;
      }
      return setUrl(values as Parameters<typeof setUrl>[0]);
    },
    [setUrl],
  );
  return [url, update] as const;
}
