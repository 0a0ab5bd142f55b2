import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, PERMISSIONS_POLICY } from "./security-headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows a page's scripts by nonce, never inline or eval in production", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123" });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
  });

  it("allows only this origin's script files where there is no nonce (API answers, static files)", () => {
    expect(directive(contentSecurityPolicy(), "script-src")).toBe("script-src 'self'");
  });

  it("allows eval only under next dev", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", dev: true }), "script-src")).toBe("script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'");
  });
});

describe("PERMISSIONS_POLICY", () => {
  it("switches features off with an empty allow-list each", () => {
    for (const entry of PERMISSIONS_POLICY.split(", ")) expect(entry).toMatch(/^[a-z-]+=\(\)$/);
    expect(PERMISSIONS_POLICY).toContain("camera=()");
    expect(PERMISSIONS_POLICY).toContain("geolocation=()");
  });
});
