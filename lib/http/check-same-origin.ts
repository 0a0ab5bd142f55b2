import type { ParamError } from "../scenario/parse-scenario";

export type OriginCheck = { ok: true } | { ok: false; status: 403; error: ParamError };

/** The request headers the check reads; absent headers are null. */
export type OriginHeaders = {
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
  forwardedHost: string | null;
};

const WHY = "a POST is accepted only from this site's own pages or from scripts (curl and the like send no Origin)";

/**
 * Refuses a POST that a browser sent on behalf of another site. Browsers say where a request comes from: the
 * Fetch Metadata header `Sec-Fetch-Site` (every current browser) and `Origin` (on every POST). A request is refused
 * when Sec-Fetch-Site is `cross-site` or `same-site` (another port or subdomain is another origin), or when Origin
 * is present and names another host than the one the request was sent to (`Host`, or `X-Forwarded-Host` behind a
 * proxy), or is the opaque `null`. Scripts send neither header, so curl keeps working.
 */
export function checkSameOrigin(h: OriginHeaders): OriginCheck {
  const fail = (message: string): OriginCheck => ({ ok: false, status: 403, error: { param: "Origin", message } });
  const site = h.secFetchSite?.trim().toLowerCase() ?? null;
  if (site !== null && site !== "same-origin" && site !== "none") {
    return fail(`cross-origin request refused (Sec-Fetch-Site: ${site.slice(0, 32)}): ${WHY}`);
  }
  if (h.origin === null) return { ok: true };
  const origin = h.origin.trim();
  if (origin === "null") return fail(`request from an opaque origin ("null") refused: ${WHY}`);
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return fail(`"${origin.slice(0, 64)}" is not an origin: ${WHY}`);
  }
  const own = [h.host, ...(h.forwardedHost?.split(",") ?? [])].filter((x): x is string => x !== null).map((x) => x.trim().toLowerCase());
  if (!own.includes(host)) return fail(`request from ${origin.slice(0, 64)} refused: ${WHY}`);
  return { ok: true };
}
