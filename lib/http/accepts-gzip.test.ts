import { describe, expect, it } from "vitest";
import { acceptsGzip } from "./accepts-gzip";

describe("acceptsGzip", () => {
  it.each([
    [null, false],
    ["", false],
    ["identity", false],
    ["gzip", true],
    ["gzip, deflate, br, zstd", true], // what Chromium sends
    ["br;q=1.0, gzip;q=0.8, *;q=0.1", true],
    ["GZIP", true],
    ["x-gzip", true],
    ["gzip;q=0", false],
    ["gzip; q=0.000", false],
    ["*", true],
    ["*;q=0", false],
    ["*, gzip;q=0", false], // the explicit refusal wins over the wildcard
    ["br, deflate", false],
    ["gzip;q=abc", false], // a malformed weight is not an acceptance
  ])("%j → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
