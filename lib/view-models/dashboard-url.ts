import { STATUSES, type Status } from "../engine/status";
import type { UrlScenarioParams } from "../scenario/resolve-url-scenario";
import { SCENARIO_PARAM_NAMES } from "../scenario/scenario-params";
import { PRODUCT_SORT_KEYS, type ProductTableQuery } from "../tables/product-rows";

/** The products table's keys in the page's URL, beside the scenario's (which the grammar names). */
export const DASHBOARD_VIEW_KEYS = ["sector", "status", "sort", "dir", "product"] as const;
export type DashboardViewKey = (typeof DASHBOARD_VIEW_KEYS)[number];

/** The page's URL state: every value of each scenario key (a key given twice is the lenient parser's to report), one of each view key. */
export type DashboardUrl = UrlScenarioParams & Partial<Record<DashboardViewKey, string | null>>;

/** A search-params object as Next hands it to a page. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/**
 * The server's reading of the page's URL, in the shape the page's URL state (components/dashboard/use-dashboard-state)
 * gives the client, so that both build the same view: every value of a scenario key, the first of a view key.
 */
export function readDashboardUrl(params: SearchParamsRecord): DashboardUrl {
  const url: DashboardUrl = {};
  const values = (name: string) => {
    const v = params[name];
    return v === undefined ? [] : typeof v === "string" ? [v] : v;
  };
  for (const name of SCENARIO_PARAM_NAMES) url[name] = values(name);
  for (const name of DASHBOARD_VIEW_KEYS) url[name] = values(name)[0] ?? null;
  return url;
}

const oneOf = <T extends string>(v: string | null | undefined, allowed: readonly T[], fallback: T): T =>
  v != null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;

/** The products table's filter and order from the URL; an unknown sector, status, key or direction reads as none/default. */
export function readProductTableQuery(url: DashboardUrl, sectorIds: ReadonlySet<string>): ProductTableQuery {
  return {
    sector: url.sector && sectorIds.has(url.sector) ? url.sector : null,
    status: url.status && (STATUSES as readonly string[]).includes(url.status) ? (url.status as Status) : null,
    sort: oneOf(url.sort, PRODUCT_SORT_KEYS, "status"),
    dir: oneOf(url.dir, ["asc", "desc"] as const, "desc"),
  };
}

/** The scenario's part of the URL as one string: equal strings, equal scenarios, so the page runs the engine only when it changes. */
export function scenarioUrlKey(url: DashboardUrl): string {
  return JSON.stringify(SCENARIO_PARAM_NAMES.map((name) => url[name] ?? null));
}
