/**
 * The address the request was sent to, for links written into files ("https://example.org"): the host and scheme a
 * reverse proxy passes on (X-Forwarded-Host, X-Forwarded-Proto; the first of a list), else the Host header and the
 * request's own scheme. Null when the host is not a plain host name, IPv4/IPv6 address and port: the file then gets a
 * relative link rather than a made-up one.
 */
export function siteUrlOf(request: Request): string | null {
  const first = (name: string) => request.headers.get(name)?.split(",")[0]?.trim().toLowerCase() || null;
  const url = new URL(request.url);
  const host = first("x-forwarded-host") ?? first("host") ?? url.host;
  const proto = first("x-forwarded-proto") ?? url.protocol.replace(/:$/, "");
  if (!/^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/.test(host) || host.length > 255) return null;
  if (proto !== "http" && proto !== "https") return null;
  return `${proto}://${host}`;
}
