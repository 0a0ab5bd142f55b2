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

/** A record of search params (as Next hands it to a page) as a query string; a key given twice stays twice. */
export function searchOf(params: SearchParamsRecord): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of v === undefined ? [] : typeof v === "string" ? [v] : v) p.append(k, x);
  return formatSearch(p);
}

/**
 * The page's reading of its URL, on the server and in the browser alike, so that both build the same view: every
 * value of a scenario key (one given twice is the lenient parser's to report), the first of a view key.
 */
export function readDashboardUrl(params: SearchParamsRecord | URLSearchParams | string): DashboardUrl {
  const url: DashboardUrl = {};
  const search = typeof params === "string" ? new URLSearchParams(params) : params instanceof URLSearchParams ? params : null;
  const values = (name: string): string[] => {
    if (search) return search.getAll(name);
    const v = (params as SearchParamsRecord)[name];
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

/** A link into the products table (a filter, an order, an open product): the page draws the table at once. */
export function opensProductsTable(url: DashboardUrl): boolean {
  return DASHBOARD_VIEW_KEYS.some((key) => Boolean(url[key]));
}

/** The scenario's part of the URL as one string: equal strings, equal scenarios, so the page runs the engine only when it changes. */
export function scenarioUrlKey(url: DashboardUrl): string {
  return JSON.stringify(SCENARIO_PARAM_NAMES.map((name) => url[name] ?? null));
}

/** A change to the page's URL: a value per key, null removing it (lib/scenario's actions make the scenario's). */
export type DashboardUrlPatch = Partial<Record<string, string | null>>;

/**
 * A query string as the page writes it: percent-encoded, but for the commas and colons of lists and share maps
 * ("controlled=Dy,Tb", "chinaShare=Dy:50"), which a query may hold as they are and a reader can then read.
 */
export function formatSearch(params: URLSearchParams): string {
  const parts: string[] = [];
  for (const [k, v] of params) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%2C/gi, ",").replace(/%3A/gi, ":")}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** The page's query string after a patch: a key set replaces every value it had, null removes it, others stay in place. */
export function applyDashboardPatch(search: string, patch: DashboardUrlPatch): string {
  const p = new URLSearchParams(search);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    if (v === null) p.delete(k);
    else p.set(k, v);
  }
  return formatSearch(p);
}
