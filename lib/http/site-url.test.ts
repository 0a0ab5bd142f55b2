import { describe, expect, it } from "vitest";
import { siteUrlOf } from "./site-url";

const req = (headers: Record<string, string>, url = "http://localhost:3000/api/report") => new Request(url, { headers });

describe("siteUrlOf", () => {
  it.each([
    [{}, "http://localhost:3000"], // no Host header (a test's Request): the URL's
    [{ host: "127.0.0.1:3203" }, "http://127.0.0.1:3203"],
    [{ host: "Example.org" }, "http://example.org"],
    [{ host: "internal:3000", "x-forwarded-host": "rare.example.org", "x-forwarded-proto": "https" }, "https://rare.example.org"],
    [{ host: "internal:3000", "x-forwarded-host": "a.example.org, b.example.org", "x-forwarded-proto": "https,http" }, "https://a.example.org"],
    [{ host: "[::1]:3000" }, "http://[::1]:3000"],
    [{ host: "evil.example/<script>" }, null],
    [{ host: "a b" }, null],
    [{ host: "example.org", "x-forwarded-proto": "javascript" }, null],
  ])("%j → %s", (headers, expected) => {
    expect(siteUrlOf(req(headers))).toBe(expected);
  });
});
