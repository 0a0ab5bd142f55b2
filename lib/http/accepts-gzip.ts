/**
 * Whether an Accept-Encoding header accepts gzip (RFC 9110 §12.5.3): a "gzip" or "*" coding with a q-value above 0;
 * an explicit "gzip;q=0" refuses it even when "*" is accepted. No header or an empty one: identity only.
 */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  let gzip: number | null = null;
  let star: number | null = null;
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const weight = Number.isFinite(q) ? q : 0;
    if (name === "gzip" || name === "x-gzip") gzip = weight;
    else if (name === "*") star = weight;
  }
  return (gzip ?? star ?? 0) > 0;
}
