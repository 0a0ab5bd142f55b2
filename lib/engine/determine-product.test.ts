import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import type { ElementSymbol } from "../schemas/common";
import { createContext } from "./compute-exposure";
import { determineProduct } from "./determine-product";
import type { ProductResult } from "./exposure-types";
import { resolveScenario } from "./resolve-scenario";
import type { ScenarioInput } from "./scenario";
import type { Status } from "./status";

const dataset = getDataset();
const TODAY = "2026-11-25";

const APR: ScenarioInput = { regime: "apr-2025" };
const OCT: ScenarioInput = { regime: "oct-2025" };
/** October measures in force with suspensions ignored, 0.1 % rule on (annex reading). */
const BREAKDOWN: ScenarioInput = { regime: "breakdown" };

function results(input: ScenarioInput): ProductResult[] {
  const ctx = createContext(dataset, resolveScenario(dataset, input, TODAY));
  return dataset.products.products.map((p) => determineProduct(p, ctx));
}

function product(input: ScenarioInput, id: string): ProductResult {
  const r = results(input).find((p) => p.id === id);
  if (!r) throw new Error(`no product ${id}`);
  return r;
}

/*
 * Reference figures from data/elements.json (China shares 0..1, prices US$/kg):
 *   magnet making (Nd, Pr, Sm, Tb, Dy, Ho): 0.94
 *   separation: Dy, Tb, Y, Lu, Er 0.99; Gd, La, Ce, Nd 0.91; Sc 0.75
 *   prices: Dy 187.41, Tb 844.76, Sc 867.13, Gd 22.94, Sm 1.78, La 0.63
 * control-rules.json: NdFeB magnets valued at US$80/kg for the 0.1 % test.
 */
type Case = {
  label: string;
  input: ScenarioInput;
  id: string;
  status: Status;
  drivers: ElementSymbol[];
  supplyWeight: number;
  pct?: number | null;
  basis?: "component" | "product" | null;
  reason?: RegExp;
};

const cases: Case[] = [
  // ---- April 2025 (Ann. 18, direct route only, military denied) ----
  {
    label: "loose Dy/Tb magnets need a licence, weighted by China's magnet-making share",
    input: APR, id: "ev-magnet-set", status: "license", drivers: ["Tb", "Dy"],
    supplyWeight: 0.94, // max magnet share over Nd, Pr, Dy, Tb = 0.94; no extraterritorial route
    pct: null, basis: null, reason: /bought from China: export licence required/,
  },
  {
    label: "a BEV is free: its magnets are traded inside motors (FAQ IV)",
    input: APR, id: "ev-bev", status: "free", drivers: [], supplyWeight: 0, reason: /MOFCOM FAQ IV/,
  },
  { label: "a traction motor is free (FAQ IV)", input: APR, id: "ev-traction-motor", status: "free", drivers: [], supplyWeight: 0, reason: /traded as motor/ },
  { label: "an HDD is free (finished electronics)", input: APR, id: "ce-hdd", status: "free", drivers: [], supplyWeight: 0, reason: /finished electronics/ },
  { label: "direct-drive wind magnets need a licence", input: APR, id: "wind-dd-pmsg", status: "license", drivers: ["Dy"], supplyWeight: 0.94 },
  {
    label: "the F-35 is denied",
    input: APR, id: "def-f35", status: "denied", drivers: ["Y", "Sm", "Tb", "Dy"], // atomic order 39, 62, 65, 66
    supplyWeight: 0.999964, // NdFeB 0.94, SmCo 0.94, Y oxide 0.99: 1 - 0.06 x 0.06 x 0.01 = 1 - 0.000036
    reason: /military end use: denied/,
  },
  {
    label: "the F-22 is denied: an unknown gram figure still means present",
    input: APR, id: "def-f22", status: "denied", drivers: ["Dy"], supplyWeight: 0.94,
  },
  { label: "SmCo missile magnets are denied", input: APR, id: "def-javelin", status: "denied", drivers: ["Sm"], supplyWeight: 0.94 },
  {
    label: "Terfenol-D rods are denied, weighted by separation",
    input: APR, id: "def-terfenol-sonar", status: "denied", drivers: ["Tb", "Dy"], supplyWeight: 0.99, // alloy: max(0.99, 0.99)
  },
  {
    label: "night-vision goggles stay free: Tb sits in a phosphor",
    input: APR, id: "def-nvg", status: "free", drivers: [], supplyWeight: 0, reason: /phosphor/,
  },
  { label: "a dual-use Al-Sc part needs a licence", input: APR, id: "aero-alsc-part", status: "license", drivers: ["Sc"], supplyWeight: 0.75 },
  { label: "a Gd target needs a licence", input: APR, id: "semi-gd-target", status: "license", drivers: ["Gd"], supplyWeight: 0.91 },
  { label: "a PET scanner's LYSO needs a licence", input: APR, id: "med-pet-scanner", status: "license", drivers: ["Y", "Lu"], supplyWeight: 0.99 },
  { label: "a Y2O3 coating is not a listed form", input: APR, id: "semi-etch-chamber", status: "free", drivers: [], supplyWeight: 0, reason: /coating is not a listed form for Y/ },
  { label: "a wind DFIG holds no rare earth", input: APR, id: "wind-dfig", status: "free", drivers: [], supplyWeight: 0, reason: /^No rare-earth component/ },
  { label: "Ce is never controlled in April", input: APR, id: "ind-ceria-polishing-powder", status: "free", drivers: [], supplyWeight: 0, reason: /holds no controlled element/ },

  // ---- Before April 2025: nothing controlled ----
  {
    label: "before April 2025 loose magnets are free",
    input: { regime: "pre-2025-04" }, id: "ev-magnet-set", status: "free", drivers: [], supplyWeight: 0,
    reason: /no element is controlled/,
  },

  // ---- October 2025 as announced ----
  {
    label: "Er-doped fibre amplifiers need a licence (dual use)",
    input: OCT, id: "tel-edfa", status: "license", drivers: ["Er"], supplyWeight: 0.99,
  },
  {
    label: "Yb fibre is not a listed doped-fibre form",
    input: OCT, id: "ind-fibre-laser", status: "free", drivers: [], supplyWeight: 0, reason: /doped optical fibre is not a listed form for Yb/,
  },
  {
    label: "advanced-node end use goes to case-by-case once its element is controlled",
    input: { ...OCT, controlled: ["Sc", "Y", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Ce"] },
    id: "semi-cmp-ceria-slurry", status: "case-by-case", drivers: ["Ce"],
    supplyWeight: 0.91, // CeO2: separation 0.91; Ce is not an annex part-1 element, so no extraterritorial term
    reason: /advanced-node semiconductor/,
  },
  {
    label: "the same slurry only needs a licence in April (no Ann. 61 end-user rules)",
    input: { ...APR, controlled: ["Ce"] }, id: "semi-cmp-ceria-slurry", status: "license", drivers: ["Ce"], supplyWeight: 0.91,
  },

  // ---- Breakdown: 0.1 % rule on, annex reading ----
  {
    label: "a traction motor is caught by the 0.1 % rule through its magnets",
    input: BREAKDOWN, id: "ev-traction-motor", status: "license", drivers: ["Tb", "Dy"],
    supplyWeight: 0.06 * 0.99, // excluded from the direct route; (1 - 0.94 magnet share) x 0.99 Dy/Tb separation = 0.0594
    // content: 45 g Dy x 187.41 $/kg = 8.43345; 4.5 g Tb x 844.76 $/kg = 3.80142; total 12.23487 US$
    // magnet value: 1500 g x 80 $/kg = 120 US$ -> 12.23487 / 120 x 100 = 10.195725 %
    pct: 10.195725, basis: "component", reason: /made abroad with China-origin Dy, Tb at or above 0.1 % of value/,
  },
  {
    label: "loose magnets: both routes",
    input: BREAKDOWN, id: "ev-magnet-set", status: "license", drivers: ["Tb", "Dy"],
    supplyWeight: 0.9994, // 0.94 + (1 - 0.94) x 0.99
    pct: 13.5943, basis: "component", // 12.23487 US$ / 90 US$ (the product is the magnet set) x 100
  },
  {
    label: "a BEV is caught through both of its magnet sets",
    input: BREAKDOWN, id: "ev-bev", status: "license", drivers: ["Tb", "Dy"],
    supplyWeight: 0.11527164, // each magnet component 0.0594: 1 - (1 - 0.0594)^2 = 1 - 0.88472836
    // traction 10.195725 %; auxiliary 7.5 g Dy x 187.41 = 1.405575 US$ / (500 g x 80 $/kg = 40) = 3.5139375 %: the highest decides
    pct: 10.195725, basis: "component",
  },
  {
    label: "an HEV is caught through its motor-generator magnets",
    input: BREAKDOWN, id: "ev-hev", status: "license", drivers: ["Dy"], supplyWeight: 0.0594,
    pct: ((137.931 * 187.41) / 1000 / ((4598 * 80) / 1000)) * 100, // 25.84964871 US$ / 367.84 US$ = 7.0274 %
    basis: "component",
  },
  {
    label: "an HDD is caught through its magnets",
    input: BREAKDOWN, id: "ce-hdd", status: "license", drivers: ["Dy"], supplyWeight: 0.0594,
    pct: 3.279675, basis: "component", // 0.224 g x 187.41 = 0.04197984 US$ / (16 g x 80 = 1.28 US$) x 100
  },
  {
    label: "an e-bike motor is caught through its magnets",
    input: BREAKDOWN, id: "ev-ebike-motor", status: "license", drivers: ["Dy"], supplyWeight: 0.0594,
    pct: (0.9531653859 / 27.128) * 100, // 5.08599 g x 187.41 = 0.9531653859 US$ / (339.1 g x 80 = 27.128 US$) = 3.5136 %
    basis: "component",
  },
  {
    label: "an SmCo actuator is measured against the product's value and stays below 0.1 %",
    input: BREAKDOWN, id: "aero-smco-actuator", status: "free", drivers: [], supplyWeight: 0,
    pct: 0.0011125, basis: "product", // 250 g Sm x 1.78 $/kg = 0.445 US$ / 40,000 US$ x 100
  },
  {
    label: "an Al-Sc target: both routes",
    input: BREAKDOWN, id: "semi-scal-target", status: "license", drivers: ["Sc"],
    supplyWeight: 0.9375, // 0.75 + (1 - 0.75) x 0.75
    pct: 5.9239893636, basis: "component", // 683.172 g x 867.13 $/kg = 592.39893636 US$ / 10,000 US$ x 100
  },
  {
    label: "a Tb target: both routes",
    input: BREAKDOWN, id: "semi-tb-target", status: "license", drivers: ["Tb"],
    supplyWeight: 0.9999, // 0.99 + 0.01 x 0.99
    pct: 15.852695763333, basis: "component", // 225.191 g x 844.76 = 190.23234916 US$ / 1,200 US$ x 100
  },
  {
    label: "a Gd target: both routes",
    input: BREAKDOWN, id: "semi-gd-target", status: "license", drivers: ["Gd"],
    supplyWeight: 0.9919, // 0.91 + 0.09 x 0.91
    pct: 0.826455556667, basis: "component", // 216.161 g x 22.94 = 4.95873334 US$ / 600 US$ x 100
  },

  // ---- Broad reading: the test runs on the finished product's value ----
  {
    label: "broad reading: a BEV falls below 0.1 % of the car's value",
    input: { ...BREAKDOWN, reading: "broad" }, id: "ev-bev", status: "free", drivers: [], supplyWeight: 0,
    pct: (13.640445 / 59125) * 100, // (12.23487 + 1.405575) US$ / 59,125 US$ = 0.02307 %
    basis: "product",
  },
  {
    label: "broad reading: an e-bike motor is still above 0.1 % of its own value",
    input: { ...BREAKDOWN, reading: "broad" }, id: "ev-ebike-motor", status: "license", drivers: ["Dy"], supplyWeight: 0.0594,
    pct: (0.9531653859 / 200) * 100, // 0.47658 %
    basis: "product",
  },
  {
    label: "broad reading reaches a catalyst the annex never does",
    input: { ...BREAKDOWN, controlled: ["La"], reading: "broad" }, id: "ind-fcc-catalyst", status: "license", drivers: ["La"],
    supplyWeight: 0.09 * 0.91, // direct route closed (catalyst form, FAQ V); (1 - 0.91 separation) x 0.91 La separation = 0.0819
    pct: 0.20681797, basis: "product", // 13131.3 g La x 0.63 $/kg = 8.272719 US$ / 4,000 US$ x 100
  },
  {
    label: "annex reading: the same catalyst is free",
    input: { ...BREAKDOWN, controlled: ["La"] }, id: "ind-fcc-catalyst", status: "free", drivers: [], supplyWeight: 0,
    pct: null, basis: null,
  },

  // ---- Switches ----
  {
    label: "exclusions ignored: a traction motor is licensable as bought from China",
    input: { ...APR, exclusions: "ignore" }, id: "ev-traction-motor", status: "license", drivers: ["Tb", "Dy"], supplyWeight: 0.94,
  },
  {
    label: "exclusions ignored: a BEV through both magnet sets",
    input: { ...APR, exclusions: "ignore" }, id: "ev-bev", status: "license", drivers: ["Tb", "Dy"],
    supplyWeight: 0.9964, // 1 - (1 - 0.94)^2 = 1 - 0.0036
  },
  {
    label: "exclusions ignored: a magnetic accessory with 0 g Dy stays free",
    input: { ...APR, exclusions: "ignore" }, id: "ce-magnetic-accessory", status: "free", drivers: [], supplyWeight: 0,
  },
  {
    label: "exclusions ignored: the NVG phosphor is still not a listed form for Gd or Tb",
    input: { ...OCT, exclusions: "ignore" }, id: "def-nvg", status: "free", drivers: [], supplyWeight: 0, reason: /phosphor/,
  },
  {
    label: "military end use licensed instead of denied",
    input: { ...APR, military: "license" }, id: "def-f35", status: "license", drivers: ["Y", "Sm", "Tb", "Dy"], supplyWeight: 0.999964,
  },
  {
    label: "extraterritorial switched on in April 2025",
    input: { ...APR, extraterritorial: true }, id: "ev-traction-motor", status: "license", drivers: ["Tb", "Dy"], supplyWeight: 0.0594,
    pct: 10.195725, basis: "component",
  },
];

describe("determineProduct: hand-worked cases", () => {
  it.each(cases.map((c) => [c.label, c] as const))("%s", (_label, c) => {
    const r = product(c.input, c.id);
    expect(r.status).toBe(c.status);
    expect(r.drivers).toEqual(c.drivers);
    expect(r.supplyWeight).toBeCloseTo(c.supplyWeight, 10);
    if (c.pct !== undefined) {
      if (c.pct === null) expect(r.controlledContentPct).toBeNull();
      else expect(r.controlledContentPct).toBeCloseTo(c.pct, 7);
    }
    if (c.basis !== undefined) expect(r.thresholdBasis).toBe(c.basis);
    if (c.reason) expect(r.reason).toMatch(c.reason);
    // Value at risk follows from the weight.
    if (r.annualValueUsd === null) expect(r.valueAtRiskUsd).toBeNull();
    else expect(r.valueAtRiskUsd).toBeCloseTo(r.annualValueUsd * c.supplyWeight, 0);
  });
});

describe("determineProduct: components", () => {
  it("splits a traction motor's drivers by route under the breakdown", () => {
    const [magnets] = product(BREAKDOWN, "ev-traction-motor").components;
    expect(magnets).toMatchObject({
      directDrivers: [],
      extraterritorialDrivers: ["Dy", "Tb"],
      excludedBy: ["faq-iv-motors", "faq-v-rotor-stator-assemblies"],
    });
    expect(magnets?.weight).toBeCloseTo(0.0594, 12);
    // The controlled content at reference prices: 8.43345 + 3.80142 US$.
    expect(magnets?.controlledContentUsd).toBeCloseTo(12.23487, 9);
  });

  it("values controlled content over every controlled element, not only the annex ones", () => {
    // F-35 NdFeB magnets, April 2025: Dy 27,111.5 g x 187.41 + Tb 2,711.1 g x 844.76 = 5,080.97 + 2,290.23 US$.
    const [ndfeb, smco] = product(APR, "def-f35").components;
    expect(ndfeb?.controlledContentUsd).toBeCloseTo((27111.5 * 187.41 + 2711.1 * 844.76) / 1000, 6);
    // SmCo: 104,250 g Sm x 1.78 $/kg = 185.565 US$.
    expect(smco?.controlledContentUsd).toBeCloseTo(185.565, 9);
  });

  it("leaves content unknown where a gram figure is missing", () => {
    const [magnets] = product(APR, "def-f22").components;
    expect(magnets?.controlledContentUsd).toBeNull();
  });
});

describe("determineProduct: defence", () => {
  const rules = new Map(dataset.controlRules.rules.map((r) => [r.form, r]));
  const defence = dataset.products.products.filter((p) => p.sectorId === "defense");
  /** Holds Dy or Tb, present, in a form whose rule lists it, and not excluded by an FAQ. */
  const holdsDyTbControlled = defence
    .filter((p) =>
      p.components.some((c) => {
        const rule = rules.get(c.form);
        if (!rule || (c.excludedBy ?? []).length > 0) return false;
        return c.elements.some(
          (e) => (e.symbol === "Dy" || e.symbol === "Tb") && (e.grams === null || e.grams > 0) &&
            (rule.elements === "any" || rule.elements.includes(e.symbol)),
        );
      }),
    )
    .map((p) => p.id);

  it("finds the Dy/Tb platforms in the data", () => {
    expect([...holdsDyTbControlled].sort()).toEqual(["def-ddg51", "def-f22", "def-f35", "def-terfenol-sonar", "def-virginia"]);
  });

  it.each([["apr-2025"], ["oct-2025"], ["post-suspension-2025-11"], ["partial-rollback"], ["breakdown"]])(
    "every defence product holding Dy or Tb in a controlled form is denied under %s",
    (regime) => {
      const all = results({ regime });
      for (const id of holdsDyTbControlled) {
        const r = all.find((p) => p.id === id);
        expect(r?.status, id).toBe("denied");
        expect(r?.drivers.some((d) => d === "Dy" || d === "Tb"), id).toBe(true);
      }
      const nvg = all.find((p) => p.id === "def-nvg");
      expect(nvg?.status).toBe("free");
      expect(nvg?.reason).toMatch(/phosphor/);
    },
  );
});

describe("determineProduct: partial rollback", () => {
  const all = results({ regime: "partial-rollback" });

  it("lets every civil product pass under a general licence", () => {
    const civil = all.filter((p) => p.endUse === "civil");
    expect(civil.length).toBeGreaterThan(20);
    for (const p of civil) {
      expect(p.status, p.id).toBe("free");
      expect(p.supplyWeight, p.id).toBe(0);
    }
    const magnets = all.find((p) => p.id === "ev-magnet-set");
    expect(magnets?.drivers).toEqual(["Tb", "Dy"]); // still caught, but licensed generally
    expect(magnets?.reason).toMatch(/general licence/);
  });

  it("keeps military end use denied and dual use licensed", () => {
    for (const p of all.filter((x) => x.endUse === "military" && x.id !== "def-nvg")) expect(p.status, p.id).toBe("denied");
    const alsc = all.find((p) => p.id === "aero-alsc-part");
    expect(alsc?.status).toBe("license");
    expect(alsc?.supplyWeight).toBeCloseTo(0.75, 12);
  });
});

describe("determineProduct: the de minimis threshold", () => {
  const extraterritorialOnly = (all: ProductResult[]) =>
    all
      .filter((p) => p.status !== "free" && p.components.every((c) => c.directDrivers.length === 0))
      .map((p) => p.id)
      .sort();

  it("under the breakdown these products are caught only by the 0.1 % rule", () => {
    expect(extraterritorialOnly(results(BREAKDOWN))).toEqual([
      "ce-hdd", "ev-bev", "ev-ebike-motor", "ev-hev", "ev-traction-motor",
      "ind-elevator-machine", "ind-industrial-robot", "ind-robot-joint-actuator", "ind-servo-motor",
    ]);
  });

  it("a 100 % threshold frees them and strips the extraterritorial term elsewhere", () => {
    const before = extraterritorialOnly(results(BREAKDOWN));
    const after = results({ ...BREAKDOWN, thresholdPct: 100 });
    for (const id of before) {
      const r = after.find((p) => p.id === id);
      expect(r?.status, id).toBe("free");
      expect(r?.supplyWeight, id).toBe(0);
    }
    const magnets = after.find((p) => p.id === "ev-magnet-set");
    expect(magnets?.status).toBe("license");
    expect(magnets?.supplyWeight).toBeCloseTo(0.94, 12); // direct route only: 13.59 % < 100 %
    expect(magnets?.thresholdPct).toBe(100);
    expect(after.find((p) => p.id === "def-f35")?.status).toBe("denied");
  });

  it.each([
    // ev-traction-motor at 10.195725 %, ce-hdd at 3.279675 % (worked above)
    ["ev-traction-motor", 10, "license"],
    ["ev-traction-motor", 10.2, "free"],
    ["ce-hdd", 3, "license"],
    ["ce-hdd", 3.3, "free"],
    ["ce-hdd", 0, "license"],
  ] as const)("%s at a %s %% threshold -> %s", (id, thresholdPct, status) => {
    expect(product({ ...BREAKDOWN, thresholdPct }, id).status).toBe(status);
  });
});

describe("determineProduct: China-share what-ifs", () => {
  it.each<[string, ScenarioInput, string, number]>([
    // directShare takes the highest magnet-making share over every element present (Nd, Pr, Dy, Tb):
    // Dy at 0.5 leaves Nd, Pr, Tb at 0.94, so max = 0.94.
    ["Dy:50 alone leaves a Dy/Tb magnet at 0.94", { ...APR, chinaShare: { Dy: 0.5 } }, "ev-magnet-set", 0.94],
    ["Nd, Pr, Dy, Tb all at 50 %", { ...APR, chinaShare: { Nd: 0.5, Pr: 0.5, Dy: 0.5, Tb: 0.5 } }, "ev-magnet-set", 0.5],
    ["Dy:100 raises the magnet share to 1", { ...APR, chinaShare: { Dy: 1 } }, "ev-magnet-set", 1],
    // The direct term follows the elements that caught it: wind magnets are caught through Dy alone (no Tb)
    ["Dy:0 leaves nothing of a magnet caught only through Dy", { ...APR, chinaShare: { Dy: 0 } }, "wind-dd-pmsg", 0],
    ["a single-element target follows its element", { ...APR, chinaShare: { Tb: 0.5 } }, "semi-tb-target", 0.5],
    ["a Gd chelate follows Gd", { ...APR, chinaShare: { Gd: 0.2 } }, "med-gbca-dose", 0.2],
    // Extraterritorial term: (1 - 0.94 magnet share) x inputShare(Dy) = 0.06 x 0.5
    ["Dy:50 halves an HEV's extraterritorial weight", { ...BREAKDOWN, chinaShare: { Dy: 0.5 } }, "ev-hev", 0.03],
    // inputShare(Dy, Tb) = max(0.5, 0.99) = 0.99: Tb still decides
    ["Dy:50 leaves a Dy+Tb motor at 0.0594", { ...BREAKDOWN, chinaShare: { Dy: 0.5 } }, "ev-traction-motor", 0.0594],
    ["Dy:50 and Tb:50 halve it", { ...BREAKDOWN, chinaShare: { Dy: 0.5, Tb: 0.5 } }, "ev-traction-motor", 0.03],
    // direct: max over drivers (Dy 0.5, Tb 0.5) = 0.5; abroad: (1 - max over present Nd/Pr 0.94, Dy/Tb 0.5) x 0.5
    // = 0.06 x 0.5 = 0.03; total 0.53
    ["Dy:50 and Tb:50 on loose magnets", { ...BREAKDOWN, chinaShare: { Dy: 0.5, Tb: 0.5 } }, "ev-magnet-set", 0.53],
  ])("%s", (_label, input, id, weight) => {
    expect(product(input, id).supplyWeight).toBeCloseTo(weight, 12);
  });
});
