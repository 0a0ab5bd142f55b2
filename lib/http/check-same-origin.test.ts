import { describe, expect, it } from "vitest";
import { checkSameOrigin, type OriginHeaders } from "./check-same-origin";

const base: OriginHeaders = { origin: null, secFetchSite: null, host: "127.0.0.1:3000", forwardedHost: null };

describe("checkSameOrigin", () => {
  it.each<[string, Partial<OriginHeaders>]>([
    ["curl: no Origin, no Sec-Fetch-Site", {}],
    ["the app's own page", { origin: "http://127.0.0.1:3000", secFetchSite: "same-origin" }],
    ["an older browser without Fetch Metadata, same origin", { origin: "http://127.0.0.1:3000" }],
    ["a request the user typed (Sec-Fetch-Site: none)", { secFetchSite: "none" }],
    ["behind a proxy that sets X-Forwarded-Host", { origin: "https://bom.example.org", host: "10.0.0.5:3000", forwardedHost: "bom.example.org" }],
    ["host names compared case-insensitively", { origin: "http://LOCALHOST:3000", host: "localhost:3000" }],
  ])("lets through %s", (_label, h) => {
    expect(checkSameOrigin({ ...base, ...h })).toEqual({ ok: true });
  });

  it.each<[string, Partial<OriginHeaders>, RegExp]>([
    ["another site", { origin: "https://evil.example", secFetchSite: "cross-site" }, /Sec-Fetch-Site: cross-site/],
    ["another port of the same host (same-site)", { origin: "http://127.0.0.1:4000", secFetchSite: "same-site" }, /same-site/],
    ["another origin without Fetch Metadata", { origin: "https://evil.example" }, /request from https:\/\/evil\.example refused/],
    ["another port without Fetch Metadata", { origin: "http://127.0.0.1:4000" }, /refused/],
    ["an opaque origin (sandboxed frame, file:)", { origin: "null" }, /opaque origin/],
    ["an Origin that is not a URL", { origin: "not a url" }, /is not an origin/],
  ])("refuses %s with 403", (_label, h, message) => {
    const r = checkSameOrigin({ ...base, ...h });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.status).toBe(403);
      expect(r.error.param).toBe("Origin");
      expect(r.error.message).toMatch(message);
    }
  });
});
