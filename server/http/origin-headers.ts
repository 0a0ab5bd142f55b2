import type { OriginHeaders } from "@/lib/http/check-same-origin";

/** The headers checkSameOrigin reads, from a Request. */
export function originHeadersOf(request: Request): OriginHeaders {
  const get = (name: string) => request.headers.get(name);
  return { origin: get("origin"), secFetchSite: get("sec-fetch-site"), host: get("host"), forwardedHost: get("x-forwarded-host") };
}
