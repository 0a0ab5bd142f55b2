import type { StatusRange } from "../engine/exposure-types";
import {
  formatPointsDeltaRange,
  formatShareRangeShort,
  formatUsdDeltaRange,
  formatUsdRange,
  formatUsdRangeShort,
} from "../format/format-number";
import { describeScenario } from "../cite/describe-scenario";
import type { ParamIssue } from "../scenario/scenario-params";
import { dashboardHref, formatScenarioParams } from "../scenario/scenario-query";
import { isTrackingParam } from "../scenario/tracking-params";
import { compareApiHref, compareHref, type CompareSide, type CompareSideName } from "./compare-query";
import type { ChangeDirection, Comparison, ProductChange, SectorSide } from "./compare-results";

/** What the /compare page shows, every figure already in words: the components only lay it out. */
export type CompareView = {
  sides: Record<CompareSideName, { name: string; asOf: string; description: string; query: string; dashboardHref: string; regime: string | null; custom: boolean }>;
  notices: ParamIssue[];
  warnings: ParamIssue[];
  headline: string;
  valueAtRisk: string | null;
  rangeNotes: string[];
  changes: { label: string; a: string; b: string }[];
  chart: {
    rows: { id: string; name: string; mark: string; a: BarView; b: BarView; change: string; direction: ChangeDirection }[];
    anyRange: boolean;
  };
  sectors: { id: string; name: string; a: string; b: string; change: string; direction: ChangeDirection; valueAtRiskA: string; valueAtRiskB: string; valueAtRiskChange: string }[];
  products: { id: string; name: string; sectorName: string; a: StatusRange; b: StatusRange; direction: ProductChange["direction"]; why: string[]; reasonA: string; reasonB: string }[];
  unchangedProducts: number;
  downloads: Record<"csv" | "pdf" | "json", string>;
  swapHref: string;
};

export type BarView = SectorSide["bar"] & { display: string };

const bar = (s: SectorSide): BarView => ({ ...s.bar, display: formatShareRangeShort(s.exposure) });

/** The page's view of a comparison of two resolved sides. Pure: the same sides give the same view. */
export function toCompareView(sides: Record<CompareSideName, CompareSide>, c: Comparison): CompareView {
  const side = (s: CompareSide) => ({
    name: s.scenario.regimeName,
    asOf: s.scenario.asOf,
    description: describeScenario(s.scenario),
    query: s.query,
    dashboardHref: dashboardHref(s.query),
    regime: s.scenario.regime,
    // A preset as it stands (its own date, nothing changed), or a scenario of the user's own.
    custom: s.scenario.regime === null || s.query !== formatScenarioParams({ regime: s.scenario.regime, asOf: s.scenario.asOf }).toString(),
  });
  const bothDependency = c.a.lens === "dependency" && c.b.lens === "dependency";
  const v = c.totals.valueAtRiskUsd;
  const ranged = (s: CompareSide) => s.scenario.outcomes.length > 1;
  return {
    sides: { a: side(sides.a), b: side(sides.b) },
    notices: [...sides.a.notices, ...sides.b.notices],
    warnings: [...sides.a.warnings, ...sides.b.warnings],
    headline: c.headline,
    valueAtRisk: bothDependency ? `Value at risk a year: A ${formatUsdRange(v.a)}, B ${formatUsdRange(v.b)} (${formatUsdDeltaRange(v.change)}).` : null,
    rangeNotes: (["a", "b"] as const).filter((k) => ranged(sides[k])).map((k) => `${k.toUpperCase()}: low, the suspension was extended; high, it lapsed. The record holds neither.`),
    changes: c.diff.changes.map(({ label, a, b }) => ({ label, a, b })),
    chart: {
      rows: c.sectors.map((s) => ({
        id: s.id,
        name: s.name,
        mark: `${s.a.basis === "count" ? " *" : ""}${s.sameBasis ? "" : " †"}`,
        a: bar(s.a),
        b: bar(s.b),
        change: formatPointsDeltaRange(s.exposureChange),
        direction: s.direction,
      })),
      anyRange: c.sectors.some((s) => s.a.bar.high > s.a.bar.low || s.b.bar.high > s.b.bar.low),
    },
    sectors: c.sectors.map((s) => ({
      id: s.id,
      name: s.name,
      a: formatShareRangeShort(s.a.exposure),
      b: formatShareRangeShort(s.b.exposure),
      change: formatPointsDeltaRange(s.exposureChange),
      direction: s.direction,
      valueAtRiskA: formatUsdRangeShort(s.a.valueAtRiskUsd),
      valueAtRiskB: formatUsdRangeShort(s.b.valueAtRiskUsd),
      valueAtRiskChange: formatUsdDeltaRange(s.valueAtRiskChange),
    })),
    products: c.products.map((p) => ({
      id: p.id,
      name: p.name,
      sectorName: p.sectorName,
      a: p.a.status,
      b: p.b.status,
      direction: p.direction,
      why: p.why,
      reasonA: p.a.reason,
      reasonB: p.b.reason,
    })),
    unchangedProducts: c.unchangedProducts,
    downloads: {
      csv: compareApiHref(sides.a.query, sides.b.query, "csv"),
      pdf: compareApiHref(sides.a.query, sides.b.query, "pdf"),
      json: compareApiHref(sides.a.query, sides.b.query, "json"),
    },
    swapHref: compareHref(sides.b.query, sides.a.query),
  };
}

/**
 * The page's outer parameters (a and b), read leniently: a parameter given twice keeps its first value and says so;
 * any other name is ignored with a warning (a tracking parameter as such).
 */
export function readComparePageParams(raw: Record<string, string | string[] | undefined>): {
  a: string | null;
  b: string | null;
  notices: ParamIssue[];
  warnings: ParamIssue[];
} {
  const notices: ParamIssue[] = [];
  const warnings: ParamIssue[] = [];
  const first = (name: CompareSideName): string | null => {
    const v = raw[name];
    if (!Array.isArray(v)) return v ?? null;
    notices.push({ param: name, message: `given ${v.length} times; the first is used` });
    return v[0] ?? null;
  };
  const a = first("a");
  const b = first("b");
  for (const name of Object.keys(raw)) {
    if (name === "a" || name === "b") continue;
    const message = isTrackingParam(name) ? "ignored: a tracking parameter" : "ignored: this page takes a and b, each a scenario query";
    warnings.push({ param: name.slice(0, 64), message });
  }
  return { a, b, notices, warnings };
}
