import { describe, expect, it } from "vitest";
import type { LookupAnswer } from "@/lib/lookup/lookup-code";
import { GET } from "./route";

const get = (query: string) => GET(new Request(`http://localhost/api/lookup${query}`));

describe("GET /api/lookup", () => {
  it("answers the candidates of a shared code, with status on the date", async () => {
    const res = await get("?code=2805301910&asOf=2025-06-01");
    expect(res.status).toBe(200);
    const body = (await res.json()) as LookupAnswer;
    expect(body.asOf).toBe("2025-06-01");
    expect(body.candidates.filter((c) => c.match === "exact").map((c) => [c.controlCode, c.elements, c.status.state])).toEqual([
      ["1C902.a", ["Sm"], "in-force"],
      ["1C903.a", ["Gd"], "in-force"],
      ["1C906.a", ["Lu"], "in-force"],
    ]);
    expect(body.note).toMatch(/the item description governs/);
  });

  it("defaults asOf to today", async () => {
    const body = (await (await get("?code=1C905.a")).json()) as LookupAnswer;
    expect(body.asOf).toBe(new Date().toISOString().slice(0, 10));
  });

  it.each([
    ["", "code", /missing/],
    ["?code=", "code", /is empty/],
    ["?code=magnet", "code", /neither a customs code/],
    [`?code=${"1".repeat(40)}`, "code", /at most 32/],
    ["?code=8505&asOf=2025-02-30", "asOf", /not a date/],
    ["?code=8505&asof=2025-01-01", "asof", /unknown parameter/],
  ])("400 naming the parameter for %s", async (query, param, message) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { param: string; message: string } };
    expect(error.param).toBe(param);
    expect(error.message).toMatch(message);
  });
});
