import { describe, expect, it } from "vitest";
import { parseLookupQuery } from "./parse-lookup-query";

describe("parseLookupQuery", () => {
  it.each([
    ["2805301910", { kind: "customs-code", digits: "2805301910" }],
    [" 2805 30 19 10 ", { kind: "customs-code", digits: "2805301910" }],
    ["28053019", { kind: "customs-code", digits: "28053019" }],
    ["8505.11", { kind: "customs-code", digits: "850511" }],
    ["850511", { kind: "customs-code", digits: "850511" }],
    ["8505-11-00", { kind: "customs-code", digits: "85051100" }],
    ["8505", { kind: "customs-code", digits: "8505" }],
    ["1C905.a", { kind: "control-code", code: "1C905", subItem: "a" }],
    ["1c905.A", { kind: "control-code", code: "1C905", subItem: "a" }],
    ["1C 905 a", { kind: "control-code", code: "1C905", subItem: "a" }],
    ["1C905", { kind: "control-code", code: "1C905", subItem: null }],
    ["1C902.a.4", { kind: "control-code", code: "1C902", subItem: "a" }],
  ])("%j", (input, query) => {
    expect(parseLookupQuery(input)).toEqual({ ok: true, query });
  });

  it.each([
    ["", /is empty/],
    ["   ", /is empty/],
    ["850", /3 digits; type at least the 4-digit heading/],
    ["28053019100", /11 digits; China's customs codes have at most 10/],
    ["magnet", /neither a customs code .* nor a control code/],
    ["1C9055", /neither/],
    ["<script>", /neither/],
    ["8".repeat(33), /33 characters long; at most 32/],
  ])("%j is refused", (input, message) => {
    const r = parseLookupQuery(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
