import { describe, expect, it } from "vitest";
import elementsJson from "../../data/elements.json";
import sourcesJson from "../../data/sources.json";
import productsJson from "../../data/products.json";
import recordEventsJson from "../../data/record-events.json";
import routeDefaultsJson from "../../data/route-defaults.json";
import { type Product, productsFileSchema, type RouteShares } from "../schemas/product";
import { recordEventsFileSchema } from "../schemas/record-event";
import { routeDefaultsFileSchema } from "../schemas/route-defaults";
import { sourcesFileSchema } from "../schemas/source";

/** The 50 product ids of dataset v1 (data/products.json before model v2), which links and reports may hold. */
const V1_PRODUCT_IDS = [
  "ev-bev",
  "ev-traction-motor",
  "ev-magnet-set",
  "ev-hev",
  "ev-nimh-pack",
  "ev-ebike-motor",
  "wind-dd-pmsg",
  "wind-ms-pmsg",
  "wind-dfig",
  "def-f35",
  "def-f22",
  "def-virginia",
  "def-ddg51",
  "def-javelin",
  "def-jdam",
  "def-aesa-radar",
  "def-laser-rangefinder",
  "def-nvg",
  "def-terfenol-sonar",
  "aero-turbofan",
  "aero-alsc-part",
  "aero-smco-actuator",
  "semi-etch-chamber",
  "semi-cmp-ceria-slurry",
  "semi-scal-target",
  "semi-gd-target",
  "semi-tb-target",
  "semi-rf-frontend",
  "ce-smartphone",
  "ce-laptop",
  "ce-hdd",
  "ce-tws-earbuds",
  "ce-lcd-tv",
  "ce-magnetic-accessory",
  "med-mri-permanent",
  "med-gbca-dose",
  "med-lu177-dose",
  "med-pet-scanner",
  "ind-autocatalyst",
  "ind-fcc-catalyst",
  "ind-optical-lens",
  "ind-ceria-polishing-powder",
  "ind-servo-motor",
  "ind-elevator-machine",
  "ind-industrial-robot",
  "ind-robot-joint-actuator",
  "ind-fibre-laser",
  "tel-edfa",
  "tel-er-fibre-spool",
  "tel-5g-radio",
];

const products = productsFileSchema.parse(productsJson);
const defaults = routeDefaultsFileSchema.parse(routeDefaultsJson);
const events = recordEventsFileSchema.parse(recordEventsJson);
const sources = sourcesFileSchema.parse(sourcesJson);

const productById = new Map(products.products.map((p) => [p.id, p]));
const defaultById = new Map(defaults.defaults.map((d) => [d.id, d]));

/** Every `sourceIds` array anywhere in a file, with where it sits. */
function collectSourceIds(value: unknown, where: string, out: { where: string; id: string }[] = []): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => collectSourceIds(v, `${where}[${i}]`, out));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "sourceIds" && Array.isArray(v)) for (const id of v) out.push({ where, id: String(id) });
      else collectSourceIds(v, `${where}.${key}`, out);
    }
  }
  return out;
}

function sumShares(r: RouteShares): number {
  return r.listed + r.assembly + r.madeOutside + r.none;
}

function getProduct(id: string): Product {
  const p = productById.get(id);
  if (!p) throw new Error(`fixture: no product ${id}`);
  return p;
}

function gramsOf(productId: string, componentIndex: number, symbol: string): number | null {
  const c = getProduct(productId).components[componentIndex];
  const e = c?.elements.find((x) => x.symbol === symbol);
  if (!e) throw new Error(`fixture: no ${symbol} in ${productId}[${componentIndex}]`);
  return e.grams;
}

describe("v2 data files", () => {
  it("parse with the v2 schemas and hold the ten sectors", () => {
    expect(products.sectors.map((s) => s.id).sort()).toEqual(
      ["aerospace", "automotive", "consumer-electronics", "defense", "ev", "industrial", "medical", "semiconductors", "telecom", "wind"],
    );
    expect(defaults.defaults.length).toBeGreaterThanOrEqual(5);
    expect(events.events.length).toBeGreaterThanOrEqual(12);
  });

  it("resolve every sourceIds entry in data/sources.json", () => {
    const known = new Set(sources.sources.map((s) => s.id));
    const unknown = [
      ...collectSourceIds(productsJson, "products"),
      ...collectSourceIds(routeDefaultsJson, "route-defaults"),
      ...collectSourceIds(recordEventsJson, "record-events"),
    ].filter((x) => !known.has(x.id));
    expect(unknown).toEqual([]);
  });

  it("keep ids unique", () => {
    for (const ids of [
      products.products.map((p) => p.id),
      defaults.defaults.map((d) => d.id),
      events.events.map((e) => e.id),
      sources.sources.map((s) => s.id),
    ]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe("routes", () => {
  it("every default's shares sum to 1", () => {
    for (const d of defaults.defaults) expect(Math.abs(sumShares(d) - 1), d.id).toBeLessThanOrEqual(1e-9);
  });

  it("every component's routes resolve (ref) or sum to 1 (inline)", () => {
    for (const p of products.products) {
      for (const c of p.components) {
        if ("ref" in c.routes) expect(defaultById.has(c.routes.ref), `${p.id}: ${c.routes.ref}`).toBe(true);
        else expect(Math.abs(sumShares(c.routes) - 1), `${p.id}: ${c.name}`).toBeLessThanOrEqual(1e-9);
      }
    }
  });

  it("names an assembly kind only where route 2 has a share", () => {
    for (const p of products.products) {
      for (const c of p.components) {
        const shares = "ref" in c.routes ? defaultById.get(c.routes.ref) : c.routes;
        if (!shares) throw new Error("unresolved ref");
        expect(c.assembly === null, `${p.id}: ${c.name}`).toBe(shares.assembly === 0);
      }
    }
  });

  // Hand-worked from record-and-routes §3.1 and the fact base (arithmetic in the comments).
  it.each([
    // listed 0.77 (EST 0.74-0.80); madeOutside = (1 - 0.77) x 0.99 = 0.2277; none = 0.23 x 0.01 = 0.0023
    { id: "ndfeb-hre-civil", listed: 0.77, assembly: 0, madeOutside: 0.2277, none: 0.0023 },
    // madeOutside = 0.23 x 0.60 (Japan's share of RE supply from China, proxy) = 0.138; none = 0.23 x 0.40 = 0.092
    { id: "ndfeb-lre-civil", listed: 0.77, assembly: 0, madeOutside: 0.138, none: 0.092 },
    // DFARS bars Chinese magnets: listed 0; madeOutside = HREE separation share 0.99
    { id: "ndfeb-defence", listed: 0, assembly: 0, madeOutside: 0.99, none: 0.01 },
    // SmCo for DoD: madeOutside = aggregate separation share 0.91 (no Sm-specific figure)
    { id: "smco-defence", listed: 0, assembly: 0, madeOutside: 0.91, none: 0.09 },
    // assembly = 0.51 (LED packages from China); madeOutside = 0.49 x 0.93 = 0.4557; none = 0.49 x 0.07 = 0.0343
    { id: "phosphor-led", listed: 0, assembly: 0.51, madeOutside: 0.4557, none: 0.0343 },
  ])("$id has the documented shares", ({ id, ...expected }) => {
    const d = defaultById.get(id);
    if (!d) throw new Error(`missing default ${id}`);
    for (const [k, v] of Object.entries(expected)) expect(d[k as keyof RouteShares]).toBeCloseTo(v, 10);
  });
});

describe("products", () => {
  it("intermediates point at products that exist and never carry a summable volume", () => {
    for (const p of products.products.filter((x) => x.role === "intermediate")) {
      for (const id of p.inputOf ?? []) expect(productById.has(id), `${p.id} -> ${id}`).toBe(true);
      expect(p.annualUnits.value, p.id).toBeNull();
    }
  });

  it("marks every null figure NF and every NF figure null", () => {
    for (const p of products.products) {
      for (const f of [p.unitValueUsd, p.annualUnits]) {
        if (f.value === null) expect(f.basis, p.id).toMatch(/^NF/);
        if (f.confidence === "NF") expect(f.value, p.id).toBeNull();
      }
    }
  });

  it("keeps every v1 product id, or lists its rename in meta", () => {
    const renamed = (productsJson.meta as { renamedFromV1: Record<string, string> }).renamedFromV1;
    for (const v1 of V1_PRODUCT_IDS) {
      const id = renamed[v1] ?? v1;
      expect(productById.has(id), v1).toBe(true);
    }
  });

  it("gives every final good with a volume a scope and a year", () => {
    for (const p of products.products.filter((x) => x.role === "final" && x.annualUnits.value !== null)) {
      expect(p.annualUnits.year, p.id).not.toBeNull();
    }
  });

  it("reads the F-35's CRS total as material mass (Dy from the NdFeB share)", () => {
    // 920 lb x 453.59237 g/lb = 417,304.98 g of rare-earth materials; NdFeB 70 % = 292,113.49 g of magnets;
    // EV grade Dy 3.0 % => 292,113.49 x 0.03 = 8,763.40 g Dy; Tb 0.3 % => 876.34 g.
    const f35 = getProduct("def-f35");
    expect(f35.components[0]?.massG).toBeCloseTo(292113.5, 0);
    expect(gramsOf("def-f35", 0, "Dy")).toBeCloseTo(8763.4, 0);
    expect(gramsOf("def-f35", 0, "Tb")).toBeCloseTo(876.3, 0);
    // SmCo 25 % = 104,326.25 g x 25 % Sm = 26,081.6 g; 7YSZ 5 % = 20,865.25 g x 0.07 x 0.78744 = 1,150.1 g Y.
    expect(gramsOf("def-f35", 1, "Sm")).toBeCloseTo(26081.6, -1);
    expect(gramsOf("def-f35", 2, "Y")).toBeCloseTo(1150.1, 0);
    // Elemental REE = 63,534.7 + 21,178.2 + 8,763.4 + 876.3 + 26,081.6 + 1,150.1 = 121,584.3 g, about 29 % of 417,305 g.
    const elemental = f35.components.flatMap((c) => c.elements).reduce((s, e) => s + (e.grams ?? 0), 0);
    expect(elemental / 417305).toBeGreaterThan(0.25);
    expect(elemental / 417305).toBeLessThan(1 / 3);
  });

  it.each([
    // Light vehicles outside China 86.708 M - 29.241 M = 57.467 M, minus EVs made outside China 5.1 M = 52.367 M (2024).
    { id: "auto-ice-car", value: 52_367_000, scope: "outside-china", year: 2024 },
    // 0.30 x 17 M = 5.1 M electric cars made outside China (2024).
    { id: "ev-car", value: 5_100_000, scope: "outside-china", year: 2024 },
    // 0.33 x 1.24 bn = 409.2 M smartphones assembled outside China (2024).
    { id: "ce-smartphone", value: 409_200_000, scope: "outside-china", year: 2024 },
    // 0.124 x 173.65 M = 21.5326 M notebooks assembled outside China (2024).
    { id: "ce-laptop", value: 21_532_600, scope: "outside-china", year: 2024 },
    // 542,000 - 295,000 = 247,000 robots installed outside China (2024).
    { id: "ind-industrial-robot", value: 247_000, scope: "outside-china", year: 2024 },
    // India e-2W sales are an India figure: shown, never summed.
    { id: "ev-e2w", value: 1_200_000, scope: "india", year: 2025 },
    // GBCA procedures are a world figure: shown, never summed.
    { id: "med-gbca-dose", value: 30_000_000, scope: "world", year: 2015 },
  ])("$id: $value units, scope $scope", ({ id, value, scope, year }) => {
    const u = getProduct(id).annualUnits;
    expect(u.value).toBeCloseTo(value, 0);
    expect(u.scope).toBe(scope);
    expect(u.year).toBe(year);
  });

  it("hand-checks the EST unit values", () => {
    // US$16.5 bn / 422,000 robots (2018) = US$39,100 per robot.
    expect(getProduct("ind-industrial-robot").unitValueUsd.value).toBeCloseTo(16.5e9 / 422_000, -2);
    // US$785.2 M / 350 Tomahawk Block V = US$2,243,429.
    expect(getProduct("def-tomahawk").unitValueUsd.value).toBe(2_243_429);
    // EUR 1.04 M per MW x 1.0820 USD/EUR = US$1,125,280 per MW.
    expect(getProduct("wind-dd-pmsg").unitValueUsd.value).toBe(1_125_280);
  });

  it("puts 4 % Dy in the direct-drive wind magnets (S164) on 0.625-0.85 t per MW", () => {
    // midpoint (625 + 850) / 2 = 737.5 kg of magnet per MW x 4 % = 29.5 kg Dy per MW.
    expect(getProduct("wind-dd-pmsg").components[0]?.massG).toBe(737_500);
    expect(gramsOf("wind-dd-pmsg", 0, "Dy")).toBe(29_500);
  });
});

describe("record events", () => {
  it("name sectors and products that exist, in the product's own sector", () => {
    const sectorIds = new Set(products.sectors.map((s) => s.id));
    for (const e of events.events) {
      expect(sectorIds.has(e.sectorId), e.id).toBe(true);
      expect(getProduct(e.productId).sectorId, e.id).toBe(e.sectorId);
    }
  });

  it("fall after the April 2025 controls", () => {
    for (const e of events.events) expect(e.date >= "2025-04-04", e.id).toBe(true);
  });
});

describe("element oxides", () => {
  it.each([
    // Dy2O3: 2 x 162.500 / (2 x 162.500 + 3 x 15.999) = 325 / 372.997 = 0.8713
    { symbol: "Dy", formula: "Dy2O3", fraction: 0.8713 },
    // Tb4O7: 4 x 158.925354 / (635.701416 + 7 x 15.999) = 635.701 / 747.694 = 0.8502
    { symbol: "Tb", formula: "Tb4O7", fraction: 0.8502 },
    // CeO2: 140.116 / (140.116 + 2 x 15.999) = 140.116 / 172.114 = 0.8141
    { symbol: "Ce", formula: "CeO2", fraction: 0.8141 },
    // Pr6O11: 6 x 140.90766 / (845.446 + 11 x 15.999) = 845.446 / 1021.435 = 0.8277
    { symbol: "Pr", formula: "Pr6O11", fraction: 0.8277 },
    // Sc2O3: 2 x 44.955907 / (89.911814 + 47.997) = 0.6520
    { symbol: "Sc", formula: "Sc2O3", fraction: 0.652 },
  ])("$formula: $symbol is $fraction of the mass", ({ symbol, formula, fraction }) => {
    const e = elementsJson.elements.find((x) => x.symbol === symbol);
    expect(e?.oxide).toEqual(expect.objectContaining({ formula, elementMassFraction: fraction }));
  });

  it("gives all 17 elements an oxide fraction", () => {
    for (const e of elementsJson.elements) {
      expect(e.oxide.elementMassFraction, e.symbol).toBeGreaterThan(0.6);
      expect(e.oxide.elementMassFraction, e.symbol).toBeLessThan(0.9);
    }
  });
});

describe("web sources (W)", () => {
  it("form one contiguous block, each with an address, a date and what it supports", () => {
    const ids = sources.sources.map((s) => s.id);
    const first = ids.findIndex((id) => id.startsWith("W"));
    const block = sources.sources.filter((s) => s.id.startsWith("W"));
    expect(first).toBeGreaterThan(0);
    expect(ids.slice(first, first + block.length)).toEqual(block.map((s) => s.id));
    expect(block.every((s) => s.register === "web")).toBe(true);
    for (const s of block) {
      expect(s.urls.length, s.id).toBeGreaterThan(0);
      expect(s["date"], s.id).toEqual(expect.any(String));
      expect(s["supports"], s.id).toEqual(expect.any(String));
    }
  });
});
