import { type SectorSeriesRow, toSectorSeries } from "../charts/sector-series";
import { summariseResult } from "../charts/summarise-result";
import type { ExposureResult, ProductResult, Range, SectorBasis, StatusRange } from "../engine/exposure-types";
import type { Lens, Scenario } from "../engine/scenario";
import { compareStatus } from "../engine/status";
import { formatCount, formatPointsDeltaRange, formatUsdDeltaRange, formatUsdRange } from "../format/format-number";
import type { ElementSymbol } from "../schemas/constants";
import { diffScenarios, type ScenarioChange, type ScenarioDiff, type ScenarioSetting } from "./diff-scenarios";

/** Differences this close to zero are float noise from subtracting two computed shares, not a change. */
const EPSILON = 1e-9;

export type ChangeDirection = "up" | "down" | "none" | "mixed";

export type SectorSide = {
  basis: SectorBasis;
  exposure: Range;
  valueAtRiskUsd: Range | null;
  drivers: ElementSymbol[];
  /** The sector's bar as the dashboard's chart draws it (percent, by status, to the low end; on to the high end). */
  bar: Pick<SectorSeriesRow, "license" | "caseByCase" | "denied" | "low" | "high">;
};

export type SectorComparison = {
  id: string;
  name: string;
  a: SectorSide;
  b: SectorSide;
  /** B − A at each end (low: suspension extended in both; high: lapsed in both), in share units. */
  exposureChange: Range;
  valueAtRiskChange: Range | null;
  driversAdded: ElementSymbol[];
  driversRemoved: ElementSymbol[];
  direction: ChangeDirection;
  /** False when A and B weigh the sector differently (by value, by count, by items): the two are not on one scale. */
  sameBasis: boolean;
};

export type ProductSide = { status: StatusRange; lens: Lens; drivers: readonly ElementSymbol[]; dependence: Range; reason: string };

export type ProductChange = {
  id: string;
  name: string;
  sectorId: string;
  sectorName: string;
  role: ProductResult["role"];
  a: ProductSide;
  b: ProductSide;
  direction: "worse" | "better" | "mixed";
  driversAdded: ElementSymbol[];
  driversRemoved: ElementSymbol[];
  /** Why the status moved: the elements and the scenario settings that bear on this product, in words. */
  why: string[];
};

export type Comparison = {
  a: Scenario;
  b: Scenario;
  diff: ScenarioDiff;
  sectors: SectorComparison[];
  /** Products whose status differs at either end, worst change first. */
  products: ProductChange[];
  /** Products whose status is the same in both. */
  unchangedProducts: number;
  totals: {
    valueAtRiskUsd: { a: Range; b: Range; change: Range };
    sectorsExposed: { a: Range; b: Range };
    sectorCount: number;
  };
  headline: string;
};

const minus = (b: Range, a: Range): Range => ({ low: b.low - a.low, high: b.high - a.high });
const isZero = (x: number) => Math.abs(x) < EPSILON;
const sign = (x: number) => (isZero(x) ? 0 : Math.sign(x));

function directionOf(change: Range): ChangeDirection {
  const lo = sign(change.low);
  const hi = sign(change.high);
  if (lo === 0 && hi === 0) return "none";
  if (lo >= 0 && hi >= 0) return "up";
  if (lo <= 0 && hi <= 0) return "down";
  return "mixed";
}

const minusList = <T,>(xs: readonly T[], ys: readonly T[]) => xs.filter((x) => !ys.includes(x));

function sectorSide(s: ExposureResult["sectors"][number], bar: SectorSeriesRow | undefined): SectorSide {
  return {
    basis: s.basis,
    exposure: s.exposure,
    valueAtRiskUsd: s.valueAtRiskUsd,
    drivers: s.drivers,
    bar: bar ? { license: bar.license, caseByCase: bar.caseByCase, denied: bar.denied, low: bar.low, high: bar.high } : { license: 0, caseByCase: 0, denied: 0, low: 0, high: 0 },
  };
}

const BASIS_ORDER: Record<SectorBasis, number> = { value: 0, items: 0, count: 1 };

function compareSectors(a: ExposureResult, b: ExposureResult): SectorComparison[] {
  const barsA = new Map(toSectorSeries(a).map((r) => [r.sectorId, r]));
  const barsB = new Map(toSectorSeries(b).map((r) => [r.sectorId, r]));
  const sectorsB = new Map(b.sectors.map((s) => [s.id, s]));
  const out: SectorComparison[] = [];
  for (const sa of a.sectors) {
    const sb = sectorsB.get(sa.id);
    if (!sb) continue; // one dataset: both results hold the same sectors
    const exposureChange = minus(sb.exposure, sa.exposure);
    out.push({
      id: sa.id,
      name: sa.name,
      a: sectorSide(sa, barsA.get(sa.id)),
      b: sectorSide(sb, barsB.get(sb.id)),
      exposureChange,
      valueAtRiskChange: sa.valueAtRiskUsd && sb.valueAtRiskUsd ? minus(sb.valueAtRiskUsd, sa.valueAtRiskUsd) : null,
      driversAdded: minusList(sb.drivers, sa.drivers),
      driversRemoved: minusList(sa.drivers, sb.drivers),
      direction: directionOf(exposureChange),
      sameBasis: sa.basis === sb.basis,
    });
  }
  // Sectors weighed by count after the value-weighted ones (as on the dashboard); the largest change first.
  const size = (s: SectorComparison) => Math.abs(s.exposureChange.low) + Math.abs(s.exposureChange.high);
  return out.sort((x, y) => BASIS_ORDER[x.a.basis] - BASIS_ORDER[y.a.basis] || size(y) - size(x) || x.name.localeCompare(y.name));
}

/** Which scenario settings can move this product's status (the kernel's rules, read from the product's own data). */
function bearsOn(setting: ScenarioSetting, p: ProductResult, q: ProductResult): boolean {
  const components = [...p.components, ...q.components];
  switch (setting) {
    case "lens":
      return p.role === "final";
    case "destination":
    case "military":
      return p.endUse !== "civil";
    case "advanced":
      return p.advancedSemiconductor;
    case "extraterritorial":
    case "reading":
      // The 0.1 % test was applied to the product (made outside China from China-origin material) in A or B.
      return p.controlledContentPct !== null || q.controlledContentPct !== null;
    case "exclusions":
      return components.some((c) => c.shares.assembly > 0);
    case "contentChecks":
      return components.some((c) => c.form === "ndfeb_magnet");
    case "outcome":
      // The outcome matters to a product whose status the record leaves open in A or B.
      return p.status.low !== p.status.high || q.status.low !== q.status.high;
    default:
      return false;
  }
}

/** Settings that change what is in force without naming a rule: given as the reason only when no rule explains it. */
const FALLBACK_SETTINGS: readonly ScenarioSetting[] = ["asOf", "openMeasures", "regime"];

function explain(p: ProductResult, q: ProductResult, diff: ScenarioDiff, driversAdded: ElementSymbol[], driversRemoved: ElementSymbol[]): string[] {
  const why: string[] = [];
  const added = driversAdded.filter((e) => diff.elementsAdded.includes(e));
  if (added.length > 0) why.push(`${added.join(", ")} controlled in B, not in A`);
  const removed = driversRemoved.filter((e) => diff.elementsRemoved.includes(e));
  if (removed.length > 0) why.push(`${removed.join(", ")} controlled in A, not in B`);
  const reweighted = diff.chinaShareChanged.filter((e) => p.drivers.includes(e) || q.drivers.includes(e));
  if (reweighted.length > 0) why.push(`China-share what-if changed for ${reweighted.join(", ")}`);
  for (const c of diff.changes) if (bearsOn(c.setting, p, q)) why.push(describeChange(c));
  if (why.length === 0) for (const c of diff.changes) if (FALLBACK_SETTINGS.includes(c.setting)) why.push(describeChange(c));
  return why;
}

/** "Advanced-node chips: licence → case-by-case" */
export function describeChange(c: ScenarioChange): string {
  return `${c.label}: ${c.a} → ${c.b}`;
}

function statusDirection(a: StatusRange, b: StatusRange): ProductChange["direction"] {
  const lo = Math.sign(compareStatus(b.low, a.low));
  const hi = Math.sign(compareStatus(b.high, a.high));
  if (lo >= 0 && hi >= 0) return "worse";
  if (lo <= 0 && hi <= 0) return "better";
  return "mixed";
}

const side = (p: ProductResult): ProductSide => ({ status: p.status, lens: p.lens, drivers: p.drivers, dependence: p.dependence, reason: p.reason });
const DIRECTION_ORDER = { worse: 0, mixed: 1, better: 2 } as const;

function compareProducts(a: ExposureResult, b: ExposureResult, diff: ScenarioDiff): { changed: ProductChange[]; unchanged: number } {
  const productsB = new Map(b.products.map((p) => [p.id, p]));
  const sectorName = new Map(a.sectors.map((s) => [s.id, s.name]));
  const changed: ProductChange[] = [];
  let unchanged = 0;
  for (const pa of a.products) {
    const pb = productsB.get(pa.id);
    if (!pb) continue;
    if (pa.status.low === pb.status.low && pa.status.high === pb.status.high) {
      unchanged += 1;
      continue;
    }
    const driversAdded = minusList(pb.drivers, pa.drivers);
    const driversRemoved = minusList(pa.drivers, pb.drivers);
    changed.push({
      id: pa.id,
      name: pa.name,
      sectorId: pa.sectorId,
      sectorName: sectorName.get(pa.sectorId) ?? pa.sectorId,
      role: pa.role,
      a: side(pa),
      b: side(pb),
      direction: statusDirection(pa.status, pb.status),
      driversAdded,
      driversRemoved,
      why: explain(pa, pb, diff, driversAdded, driversRemoved),
    });
  }
  const jump = (c: ProductChange) => Math.abs(compareStatus(c.b.status.high, c.a.status.high)) + Math.abs(compareStatus(c.b.status.low, c.a.status.low));
  changed.sort((x, y) => DIRECTION_ORDER[x.direction] - DIRECTION_ORDER[y.direction] || jump(y) - jump(x) || x.sectorName.localeCompare(y.sectorName) || x.name.localeCompare(y.name));
  return { changed, unchanged };
}

function headlineOf(c: Omit<Comparison, "headline">): string {
  const n = c.products.length;
  const worse = c.products.filter((p) => p.direction === "worse").length;
  const better = c.products.filter((p) => p.direction === "better").length;
  const mixed = n - worse - better;
  const up = c.sectors.filter((s) => s.direction === "up").length;
  const down = c.sectors.filter((s) => s.direction === "down").length;
  if (n === 0 && c.sectors.every((s) => s.direction === "none") && directionOf(c.totals.valueAtRiskUsd.change) === "none") {
    return "From A to B nothing changes: every product keeps its status and every sector its exposure.";
  }
  const parts = [
    n === 0
      ? "no product changes status"
      : `${formatCount(n, "product")} ${n === 1 ? "changes" : "change"} status (${[`${worse} worse`, `${better} better`, mixed > 0 ? `${mixed} mixed` : ""].filter((x) => x).join(", ")})`,
    `exposure rises in ${up === 0 ? "no sector" : formatCount(up, "sector")} and falls in ${down === 0 ? "none" : formatCount(down, "sector")}`,
  ];
  const largest = c.sectors.find((s) => s.direction !== "none");
  if (largest) parts.push(`largest change: ${largest.name}, ${formatPointsDeltaRange(largest.exposureChange)}`);
  if (c.a.lens === "dependency" && c.b.lens === "dependency") {
    const v = c.totals.valueAtRiskUsd;
    parts.push(`value at risk ${formatUsdRange(v.a)} → ${formatUsdRange(v.b)} a year (${formatUsdDeltaRange(v.change)})`);
  }
  return `From A to B: ${parts.join("; ")}.`;
}

/** Two results of the same dataset side by side: scenario changes, sector by sector, and the products whose status moves. */
export function compareResults(a: ExposureResult, b: ExposureResult): Comparison {
  const diff = diffScenarios(a.scenario, b.scenario);
  const { changed, unchanged } = compareProducts(a, b, diff);
  const summaryA = summariseResult(a);
  const summaryB = summariseResult(b);
  const partial: Omit<Comparison, "headline"> = {
    a: a.scenario,
    b: b.scenario,
    diff,
    sectors: compareSectors(a, b),
    products: changed,
    unchangedProducts: unchanged,
    totals: {
      valueAtRiskUsd: { a: a.totals.valueAtRiskUsd, b: b.totals.valueAtRiskUsd, change: minus(b.totals.valueAtRiskUsd, a.totals.valueAtRiskUsd) },
      sectorsExposed: { a: summaryA.sectorsExposed, b: summaryB.sectorsExposed },
      sectorCount: a.sectors.length,
    },
  };
  return { ...partial, headline: headlineOf(partial) };
}
