import { describe, expect, it } from "vitest";
import { isTrackingParam } from "./tracking-params";

describe("isTrackingParam", () => {
  it.each([
    ["utm_source", true],
    ["utm_medium", true],
    ["UTM_Campaign", true],
    ["utm_anything_else", true],
    ["fbclid", true],
    ["gclid", true],
    ["dclid", true],
    ["msclkid", true],
    ["mc_cid", true],
    ["mc_eid", true],
    ["_ga", true],
    ["_gl", true],
    ["yclid", true],
    ["igshid", true],
    ["ref_src", true],
    ["utm_", false], // a prefix with nothing after it names nothing
    ["utm", false],
    ["ref", false],
    ["regime", false],
    ["fbclid2", false],
    ["_gac", false],
  ])("%s -> %s", (name, expected) => {
    expect(isTrackingParam(name)).toBe(expected);
  });
});
