import { describe, expect, it } from "vitest";
import { GET } from "./route";

const get = async (query: string) => {
  const res = GET(new Request(`http://localhost/api/exposure?${query}`));
  return { status: res.status, body: (await res.json()) as { scenario: { regime: string }; warnings: { param: string; message: string }[]; error?: { param: string } } };
};

describe("GET /api/exposure", () => {
  it("answers the result with its warnings, each spelling its own though the result is cached", async () => {
    const plain = await get("regime=breakdown");
    expect(plain.status).toBe(200);
    expect(plain.body.warnings).toEqual([]);
    // Same scenario, so the cached text is reused; the warnings are this request's.
    const spelled = await get("regime=Breakdown&utm_source=x");
    expect(spelled.body.warnings).toEqual([
      { param: "utm_source", message: "ignored: a tracking parameter" },
      { param: "regime", message: '"Breakdown" read as breakdown' },
    ]);
    expect({ ...spelled.body, warnings: [] }).toEqual(plain.body);
    expect((await get("regime=breakdown")).body.warnings).toEqual([]);
  });

  it("answers a 400 naming the first bad parameter", async () => {
    const r = await get("regime=breakdown&threshold=lots");
    expect(r.status).toBe(400);
    expect(r.body.error?.param).toBe("threshold");
  });
});

describe("GET /api/exposure, answered again", () => {
  it("gives a link asked twice the same answer, and a 400 again for a bad one", async () => {
    const a = await get("regime=oct-2025&controlled=Dy,Tb");
    const b = await get("regime=oct-2025&controlled=Dy,Tb");
    expect(b).toEqual(a);
    expect((await get("regime=oct-2025&threshold=lots")).status).toBe(400);
    expect((await get("regime=oct-2025&threshold=lots")).status).toBe(400);
  });
});
