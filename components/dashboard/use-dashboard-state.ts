"use client";

import { parseAsString, useQueryStates } from "nuqs";

// The URL holds the whole view: the scenario under the API's own parameter names, plus the table's view.
const urlKeys = {
  regime: parseAsString,
  asOf: parseAsString,
  controlled: parseAsString,
  threshold: parseAsString,
  reading: parseAsString,
  military: parseAsString,
  extraterritorial: parseAsString,
  exclusions: parseAsString,
  chinaShare: parseAsString,
  sector: parseAsString,
  status: parseAsString,
  sort: parseAsString,
  dir: parseAsString,
  product: parseAsString,
};

export type DashboardUrlState = { [K in keyof typeof urlKeys]: string | null };

export function useDashboardState() {
  return useQueryStates(urlKeys, { history: "push", scroll: false });
}
