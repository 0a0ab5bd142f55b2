import { expect, test } from "@playwright/test";

test.describe("GET /api/regimes", () => {
  test("lists the presets with their controlled elements", async ({ request }) => {
    const res = await request.get("/api/regimes");
    expect(res.status()).toBe(200);
    const body = await res.json();
    const byId = new Map(body.regimes.map((r: { id: string }) => [r.id, r]));
    type Outcome = { outcome: string; controlledElements: string[]; militaryEndUse: string; deMinimisPct: number | null };
    type Regime = { kind: string; outcome: string; frictionPct: number; outcomes: Outcome[] };
    const apr = byId.get("apr-2025") as Regime;
    expect(apr.outcomes).toHaveLength(1);
    expect([...(apr.outcomes[0]?.controlledElements ?? [])].sort()).toEqual(["Dy", "Gd", "Lu", "Sc", "Sm", "Tb", "Y"]);
    expect(apr.kind).toBe("enacted");
    expect(apr.outcomes[0]?.militaryEndUse).toBe("deny");
    expect(apr.frictionPct).toBe(75);
    const oct = byId.get("oct-2025") as Regime;
    expect([...(oct.outcomes[0]?.controlledElements ?? [])].sort()).toEqual(["Dy", "Er", "Eu", "Gd", "Ho", "Lu", "Sc", "Sm", "Tb", "Tm", "Y", "Yb"]);
    expect(oct.outcomes[0]?.deMinimisPct).toBe(0.1);
    // nothing after 10 Nov 2026 is on record: today's preset carries both outcomes
    const today = byId.get("as-of-today") as Regime;
    expect(today.outcome).toBe("range");
    expect(today.outcomes.map((o) => [o.outcome, o.controlledElements.length])).toEqual([["extended", 7], ["lapsed", 12]]);
    for (const id of ["extended-pause", "partial-rollback", "breakdown"]) {
      expect((byId.get(id) as { kind: string }).kind).toBe("scenario");
    }
  });
});

test.describe("GET /api/exposure", () => {
  test("answers the documented shape", async ({ request }) => {
    const res = await request.get("/api/exposure?regime=apr-2025");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.schemaVersion).toBe("2.0");
    expect(body.scenario.regime).toBe("apr-2025");
    expect(body.scenario.lens).toBe("dependency");
    expect(body.scenario.destination).toBe("us");
    expect(body.scenario.outcomes[0].deMinimisPct).toBeNull();
    expect(body.sectors.length).toBeGreaterThanOrEqual(10);
    for (const s of body.sectors) {
      expect(s.exposure.low).toBeGreaterThanOrEqual(0);
      expect(s.exposure.high).toBeLessThanOrEqual(1);
      expect(s.exposure.low).toBeLessThanOrEqual(s.exposure.high);
      expect(Array.isArray(s.drivers)).toBe(true);
    }
    // the 2025 record: combustion cars stopped for lack of magnets; the model has them depending on Dy magnets
    const auto = body.sectors.find((s: { id: string }) => s.id === "automotive");
    expect(auto.exposure.low).toBeGreaterThan(0.9);
    const f35 = body.products.find((p: { id: string }) => p.id === "def-f35");
    expect(f35.status).toEqual({ low: "denied", high: "denied" });
    expect(f35.drivers).toEqual(expect.arrayContaining(["Dy", "Tb"]));
  });

  test("controlled=none exposes nothing", async ({ request }) => {
    const body = await (await request.get("/api/exposure?regime=oct-2025&controlled=none")).json();
    expect(body.scenario.outcomes[0].controlledElements).toEqual([]);
    for (const s of body.sectors) expect(s.exposure).toEqual({ low: 0, high: 0 });
    for (const p of body.products) expect(p.status).toEqual({ low: "free", high: "free" });
  });

  test("asOf alone evaluates the measures in force on that date", async ({ request }) => {
    const body = await (await request.get("/api/exposure?asOf=2025-06-01")).json();
    expect([...body.scenario.outcomes[0].controlledElements].sort()).toEqual(["Dy", "Gd", "Lu", "Sc", "Sm", "Tb", "Y"]);
  });

  for (const [query, param] of [
    ["regime=nope", "regime"],
    ["regime=apr-2025&controlled=Dy,Xx", "controlled"],
    ["regime=apr-2025&threshold=abc", "threshold"],
    ["regime=apr-2025&threshold=150", "threshold"],
    ["asOf=2025-02-30", "asOf"],
    ["regime=apr-2025&reading=wide", "reading"],
    ["regime=apr-2025&colour=red", "colour"],
    ["", "regime"],
  ] as const) {
    test(`400 for ${query || "no parameter"}`, async ({ request }) => {
      const res = await request.get(`/api/exposure?${query}`);
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body.error.param).toBe(param);
      expect(body.error.message.length).toBeGreaterThan(5);
    });
  }
});

test("GET /api/dataset returns the validated dataset with its sources", async ({ request }) => {
  const res = await request.get("/api/dataset");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.elements.elements).toHaveLength(17);
  expect(body.products.products.length).toBeGreaterThanOrEqual(40);
  expect(body.sources.sources.length).toBeGreaterThan(200);
});

test.describe("GET /api/report", () => {
  for (const format of ["csv", "json", "pdf"] as const) {
    test(`${format}: an attachment named after the scenario`, async ({ request }) => {
      const res = await request.get(`/api/report?regime=apr-2025&format=${format}`);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-disposition"]).toMatch(
        new RegExp(`^attachment; filename="rare-earth-exposure_apr-2025_2025-06-01_[0-9a-f]{8}\\.${format}"$`),
      );
    });
  }

  for (const [query, param] of [
    ["regime=apr-2025&format=doc", "format"],
    ["regime=apr-2025&format=csv&format=pdf", "format"],
    ["regime=nope&format=csv", "regime"],
    ["regime=apr-2025&format=csv&controlled=Zz", "controlled"],
  ] as const) {
    test(`400 for ${query}`, async ({ request }) => {
      const res = await request.get(`/api/report?${query}`);
      expect(res.status()).toBe(400);
      expect((await res.json()).error.param).toBe(param);
    });
  }
});

test("POST /api/bom reads a file with the columns mapped by the caller, and names a bad mapping", async ({ request }) => {
  const csv = "Item,Price,Metal,Grams,Kind,Origin,Use,Where\nP1,90,Dy,45,ndfeb_magnet,1,civil,china\n";
  const mapping = { part_id: "Item", unit_value_usd: "Price", element: "Metal", grams_per_unit: "Grams", form: "Kind", china_origin_share: "Origin", end_use: "Use", made_in: "Where" };
  const ok = await request.post(`/api/bom?regime=apr-2025&mapping=${encodeURIComponent(JSON.stringify(mapping))}`, { headers: { "Content-Type": "text/csv" }, data: csv });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).parts[0].status).toBe("license");
  const bad = await request.post("/api/bom?regime=apr-2025&mapping=%7Bnope", { headers: { "Content-Type": "text/csv" }, data: csv });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.param).toBe("mapping");
});
