import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { computeExposure } from "./compute-exposure";
import type { ExposureResult, SectorResult } from "./exposure-types";
import { resolveScenario } from "./resolve-scenario";
import type { ScenarioInput } from "./scenario";
import { RESTRICTED_STATUSES, STATUSES, type RestrictedStatus } from "./status";

const dataset = getDataset();
const TODAY = "2026-11-25";

function compute(input: ScenarioInput): ExposureResult {
  return computeExposure(dataset, resolveScenario(dataset, input, TODAY));
}

function sector(result: ExposureResult, id: string): SectorResult {
  const s = result.sectors.find((x) => x.id === id);
  if (!s) throw new Error(`no sector ${id}`);
  return s;
}

/** Wind: 14,625 MW direct-drive + 14,625 MW medium-speed PMSG + 87,750 MW DFIG a year, each at US$1,123,200/MW. */
const WIND_MW_VALUE = 1_123_200;
const WIND_VALUE = (14625 + 14625 + 87750) * WIND_MW_VALUE; // 117,000 MW x 1,123,200 = 131,414,400,000

/** EV volumes: 17 M a year of BEVs (US$59,125), traction motors (US$2,500) and magnet sets (US$90); HEV, NiMH, e-bike have none. */
const EV_VALUE = 17_000_000 * (59125 + 2500 + 90); // 1,049,155,000,000

type SectorCase = {
  label: string;
  input: ScenarioInput;
  id: string;
  exposure: number;
  basis: "annual-value" | "product-count";
  valueUsd: number | null;
  valueAtRiskUsd: number | null;
  /** The one restricted status carrying all the exposure, if any. */
  only?: RestrictedStatus;
};

const cases: SectorCase[] = [
  {
    label: "wind, April 2025: both PMSG types licensable through Dy magnets",
    input: { regime: "apr-2025" }, id: "wind",
    // (2 x 14,625 x 1,123,200 x 0.94) / ((14,625 + 14,625 + 87,750) x 1,123,200) = 27,495 / 117,000 = 0.235
    exposure: 0.235, basis: "annual-value", valueUsd: WIND_VALUE,
    valueAtRiskUsd: 2 * 14625 * WIND_MW_VALUE * 0.94, // 30,882,384,000
    only: "license",
  },
  {
    label: "wind, October 2025: both routes",
    input: { regime: "oct-2025" }, id: "wind",
    // weight 0.94 + 0.06 x 0.99 = 0.9994 -> 0.25 x 0.9994 = 0.24985
    exposure: 0.24985, basis: "annual-value", valueUsd: WIND_VALUE, valueAtRiskUsd: 2 * 14625 * WIND_MW_VALUE * 0.9994, only: "license",
  },
  {
    label: "wind, partial rollback: civil use passes",
    input: { regime: "partial-rollback" }, id: "wind", exposure: 0, basis: "annual-value", valueUsd: WIND_VALUE, valueAtRiskUsd: 0,
  },
  {
    label: "EV, April 2025: only loose magnet sets",
    input: { regime: "apr-2025" }, id: "ev",
    // 17 M x 90 x 0.94 / (17 M x 61,715) = 84.6 / 61,715 = 0.0013708
    exposure: 84.6 / 61715, basis: "annual-value", valueUsd: EV_VALUE, valueAtRiskUsd: 17_000_000 * 90 * 0.94, only: "license",
  },
  {
    label: "EV, breakdown: cars and motors caught by the 0.1 % rule",
    input: { regime: "breakdown" }, id: "ev",
    // BEV 59,125 x 0.11527164 = 6,815.4357; motor 2,500 x 0.0594 = 148.5; magnets 90 x 0.9994 = 89.946
    // (6,815.4357 + 148.5 + 89.946) / 61,715 = 7,053.8817 / 61,715 = 0.114298
    exposure: (59125 * 0.11527164 + 2500 * 0.0594 + 90 * 0.9994) / 61715, basis: "annual-value", valueUsd: EV_VALUE,
    valueAtRiskUsd: 17_000_000 * (59125 * 0.11527164 + 2500 * 0.0594 + 90 * 0.9994), only: "license",
  },
  {
    label: "defence, April 2025: all denied",
    input: { regime: "apr-2025" }, id: "defense",
    // value: F-35 110 x 82.4 M = 9,064 M; F-22 0 units; Virginia 1 x 3,500 M; DDG-51 2 x 2,500 M; Javelin 2,400 x 0.224 M = 537.6 M
    // = 18,101.6 M. At risk: (9,064 + 3,500 + 5,000) M x 0.999964 + 537.6 M x 0.94 = 17,563.367696 M + 505.344 M
    exposure: 18_068_711_696 / 18_101_600_000, basis: "annual-value", valueUsd: 18_101_600_000, valueAtRiskUsd: 18_068_711_696,
    only: "denied",
  },
  {
    label: "aerospace, April 2025: no volumes, so weighed by product count",
    input: { regime: "apr-2025" }, id: "aerospace",
    exposure: 0.75 / 3, // turbofan coating free, Al-Sc part 0.75 (Sc separation), SmCo actuator free (FAQ IV)
    basis: "product-count", valueUsd: null, valueAtRiskUsd: null, only: "license",
  },
  {
    label: "semiconductors, April 2025: three targets out of six products",
    input: { regime: "apr-2025" }, id: "semiconductors",
    exposure: (0.75 + 0.91 + 0.99) / 6, // Sc, Gd, Tb targets by separation share
    basis: "product-count", valueUsd: null, valueAtRiskUsd: null, only: "license",
  },
  {
    label: "medical, April 2025: only the Gd contrast dose has a volume",
    input: { regime: "apr-2025" }, id: "medical",
    exposure: 0.91, // 15 M x 100 x 0.91 / (15 M x 100)
    basis: "annual-value", valueUsd: 1_500_000_000, valueAtRiskUsd: 1_365_000_000, only: "license",
  },
  {
    label: "consumer electronics, October 2025: HDD magnets under the 0.1 % rule",
    input: { regime: "oct-2025" }, id: "consumer-electronics",
    // value: phones 1,240 M x 356 = 441,440 M; laptops 262.7 M x 700 = 183,890 M; HDDs 120 M x 141 = 16,920 M;
    // earbuds 455 M x 60 = 27,300 M; total 669,550 M. At risk: 16,920 M x 0.0594 = 1,005.048 M
    exposure: 1005.048 / 669550, basis: "annual-value", valueUsd: 669_550_000_000, valueAtRiskUsd: 1_005_048_000, only: "license",
  },
  {
    label: "industrial, October 2025: robots under the 0.1 % rule",
    input: { regime: "oct-2025" }, id: "industrial",
    // autocatalysts 92.5 M x 400 = 37,000 M (Ce, free); robots 541,302 x 50,000 = 27,065.1 M x 0.0594 = 1,607.66694 M
    exposure: 1607.66694 / 64065.1, basis: "annual-value", valueUsd: 64_065_100_000, valueAtRiskUsd: 1_607_666_940, only: "license",
  },
  {
    label: "telecom, October 2025: Er fibre and Y ferrites",
    input: { regime: "oct-2025" }, id: "telecom",
    exposure: (0.99 + 0.99 + 0.99) / 3, basis: "product-count", valueUsd: null, valueAtRiskUsd: null, only: "license",
  },
  {
    label: "telecom, April 2025: only the 5G radio's Y ferrites",
    input: { regime: "apr-2025" }, id: "telecom",
    exposure: 0.99 / 3, basis: "product-count", valueUsd: null, valueAtRiskUsd: null, only: "license",
  },
];

describe("computeExposure: sectors", () => {
  it.each(cases.map((c) => [c.label, c] as const))("%s", (_label, c) => {
    const s = sector(compute(c.input), c.id);
    expect(s.exposure).toBeCloseTo(c.exposure, 10);
    expect(s.exposureBasis).toBe(c.basis);
    if (c.valueUsd === null) expect(s.valueUsd).toBeNull();
    else expect(s.valueUsd).toBeCloseTo(c.valueUsd, 0);
    if (c.valueAtRiskUsd === null) expect(s.valueAtRiskUsd).toBeNull();
    else expect(s.valueAtRiskUsd).toBeCloseTo(c.valueAtRiskUsd, 0);
    for (const status of RESTRICTED_STATUSES) {
      const expected = status === c.only ? c.exposure : 0;
      expect(s.byStatus[status].exposure, status).toBeCloseTo(expected, 10);
      if (c.valueAtRiskUsd === null) expect(s.byStatus[status].valueAtRiskUsd).toBeNull();
      else expect(s.byStatus[status].valueAtRiskUsd ?? Number.NaN).toBeCloseTo(status === c.only ? c.valueAtRiskUsd : 0, 0);
    }
  });
});

describe("computeExposure: sector bookkeeping", () => {
  const apr = compute({ regime: "apr-2025" });

  it("returns every sector once, and every product once", () => {
    expect(apr.sectors.map((s) => s.id)).toEqual(dataset.products.sectors.map((s) => s.id));
    expect(apr.products.map((p) => p.id)).toEqual(dataset.products.products.map((p) => p.id));
    expect(apr.datasetVersion).toBe(dataset.meta.version);
    expect(apr.scenario.regime).toBe("apr-2025");
  });

  it("counts products and statuses per sector", () => {
    const wind = sector(apr, "wind");
    expect(wind.productCount).toBe(3);
    expect(wind.productsWithVolume).toBe(3);
    expect(wind.statusCounts).toEqual({ free: 1, license: 2, "case-by-case": 0, denied: 0 });
    const medical = sector(apr, "medical");
    expect(medical.productCount).toBe(4);
    expect(medical.productsWithVolume).toBe(1);
    for (const s of apr.sectors) {
      expect(STATUSES.reduce((n, st) => n + s.statusCounts[st], 0)).toBe(s.productCount);
    }
  });

  it("counts a product with zero units as having a volume", () => {
    // F-22: annualUnits 0, so annual value 0 rather than unknown.
    const f22 = apr.products.find((p) => p.id === "def-f22");
    expect(f22?.annualValueUsd).toBe(0);
    expect(sector(apr, "defense").productsWithVolume).toBe(5); // F-35, F-22, Virginia, DDG-51, Javelin
  });

  it("ranks a sector's drivers by the value they put at risk", () => {
    expect(sector(apr, "wind").drivers).toEqual(["Dy"]);
    // Defence: Sm in all four platforms with volume; Tb, Dy in three; Y in two (F-35, DDG-51).
    const d = sector(apr, "defense").drivers;
    expect(d[0]).toBe("Sm");
    expect(d[d.length - 1]).toBe("Y");
    expect([...d].sort()).toEqual(["Dy", "Sm", "Tb", "Y"]);
    // Medical by value: only Gd (the contrast dose) carries weight.
    expect(sector(apr, "medical").drivers).toEqual(["Gd"]);
  });

  it("puts nothing at risk before April 2025", () => {
    const pre = compute({ regime: "pre-2025-04" });
    for (const s of pre.sectors) {
      expect(s.exposure, s.id).toBe(0);
      expect(s.drivers, s.id).toEqual([]);
      if (s.valueUsd !== null) expect(s.valueAtRiskUsd, s.id).toBe(0);
    }
  });

  it("moves the military share from denied to licence when military end use is licensed", () => {
    const d = sector(compute({ regime: "apr-2025", military: "license" }), "defense");
    expect(d.byStatus.denied.exposure).toBe(0);
    expect(d.byStatus.license.exposure).toBeCloseTo(18_068_711_696 / 18_101_600_000, 10);
  });

  it("applies a China-share what-if to the sector", () => {
    // Medical by value: the Gd dose at a 20 % China share -> 0.2.
    expect(sector(compute({ regime: "apr-2025", chinaShare: { Gd: 0.2 } }), "medical").exposure).toBeCloseTo(0.2, 12);
    // Wind: every magnet element at 50 % -> 0.25 x 0.5 = 0.125.
    const half = { Nd: 0.5, Pr: 0.5, Dy: 0.5, Tb: 0.5 };
    expect(sector(compute({ regime: "apr-2025", chinaShare: half }), "wind").exposure).toBeCloseTo(0.125, 12);
  });

  it("lowers wind exposure under the breakdown when the threshold rises above the magnets' 9.37 %", () => {
    // wind-dd-pmsg: 26,000 g Dy x 187.41 = 4,872.66 US$ / (650 kg x 80 = 52,000 US$) = 9.3705 %; same ratio for ms-pmsg.
    expect(sector(compute({ regime: "breakdown", thresholdPct: 9 }), "wind").exposure).toBeCloseTo(0.24985, 12);
    expect(sector(compute({ regime: "breakdown", thresholdPct: 9.5 }), "wind").exposure).toBeCloseTo(0.235, 12);
  });
});
