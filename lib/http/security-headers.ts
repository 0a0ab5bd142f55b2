// The security headers of every response, in one place: next.config.ts sets the fixed ones, proxy.ts the pages'
// Content-Security-Policy with a fresh nonce per request.

/**
 * The CSP. Scripts: only this origin's files and, on pages, scripts carrying the request's nonce (Next puts it on
 * its own inline and external scripts; 'strict-dynamic' lets those load the chunks they import). No 'unsafe-inline'
 * for scripts anywhere; 'unsafe-eval' only under `next dev` (React's dev tools need it). Styles keep 'unsafe-inline':
 * the charts set style attributes, which a nonce cannot cover. The app asks nothing of other origins.
 */
export function contentSecurityPolicy({ nonce, dev = false }: { nonce?: string; dev?: boolean } = {}): string {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : []), ...(dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Browser features the app never uses, switched off for it and for anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/**
 * HSTS, sent only on requests that reached the proxy in front of the app over HTTPS (X-Forwarded-Proto: https):
 * over plain HTTP browsers ignore it, and a local `npm start` must not pin localhost to HTTPS. Two years, as
 * hstspreload.org asks; subdomains included. See README, "Deploying".
 */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Headers on every response. */
export const COMMON_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
];
