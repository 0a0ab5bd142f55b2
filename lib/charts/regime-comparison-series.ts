import { computeExposure } from "../engine/compute-exposure";
import type { ExposureResult, Range, SectorBasis } from "../engine/exposure-types";
import { resolveScenario } from "../engine/resolve-scenario";
import { formatShareRangeShort } from "../format/format-number";
import type { ScenarioInput } from "../engine/scenario";
import type { Dataset } from "../schemas/dataset";

/** Key of the column that holds the user's current scenario. */
export const CURRENT_KEY = "current";

/** Short preset labels for the small multiples' category axis; a preset not listed falls back to its name. */
const SHORT_LABELS: Record<string, string> = {
  "pre-2025-04": "Pre-Apr 2025",
  "apr-2025": "Apr 2025",
  "oct-2025": "Oct 2025 (ann.)",
  "post-suspension-2025-11": "Nov 2025 pause",
  "as-of-today": "Today (range)",
  "extended-pause": "Ext. pause",
  "partial-rollback": "Part. rollback",
  breakdown: "Breakdown",
};

const shortLabel = (id: string, name: string) =>
  SHORT_LABELS[id] ?? (name.length <= 16 ? name : `${name.slice(0, 15)}…`);

/** Exposure 0..1 as a percentage rounded to 2 decimals, as in the sector chart. */
const pct = (x: number) => Math.round(x * 10000) / 100;

type SectorExposure = { exposure: Range; basis: SectorBasis };

/** Every preset's exposure by sector: depends only on the dataset and today, so the page computes it once. */
export type PresetResults = {
  today: string;
  presets: { id: string; name: string; shortLabel: string; kind: "enacted" | "scenario"; asOf: string }[];
  sectors: { id: string; name: string }[];
  /** exposure[presetId][sectorId] */
  exposure: Record<string, Record<string, SectorExposure>>;
};

/** Every preset under the same lens and destination as the page's scenario. */
export function computePresetResults(dataset: Dataset, today: string, options: Pick<ScenarioInput, "lens" | "destination"> = {}): PresetResults {
  const exposure: PresetResults["exposure"] = {};
  const presets = dataset.regimes.regimes.map((r) => {
    const scenario = resolveScenario(dataset, { ...options, regime: r.id }, today);
    const result = computeExposure(dataset, scenario);
    exposure[r.id] = Object.fromEntries(
      result.sectors.map((s) => [s.id, { exposure: s.exposure, basis: s.basis }]),
    );
    return { id: r.id, name: r.name, shortLabel: shortLabel(r.id, r.name), kind: r.kind, asOf: scenario.asOf };
  });
  return { today, presets, sectors: dataset.products.sectors.map((s) => ({ id: s.id, name: s.name })), exposure };
}

export type RegimeComparisonBar = {
  /** A preset id, or CURRENT_KEY. */
  key: string;
  label: string;
  shortLabel: string;
  isCurrent: boolean;
  /** 0..100, at the low and high ends of the range (equal when the record decides). */
  lowPct: number;
  highPct: number;
  /** highPct − lowPct: the range mark drawn on from the bar's end. */
  extraPct: number;
  /** The exposure as the tables print it ("24 %", "7.1–40 %"). */
  display: string;
};

export type RegimeComparisonSector = {
  sectorId: string;
  name: string;
  basis: SectorBasis;
  /** The current scenario's high end, percent: the sort key. */
  currentPct: number;
  /** One bar per preset in dataset order, then the current scenario. */
  bars: RegimeComparisonBar[];
};

export type RegimeComparisonSeries = {
  currentLabel: string;
  columns: { key: string; label: string; shortLabel: string; isCurrent: boolean }[];
  /** Most exposed under the current scenario first. */
  sectors: RegimeComparisonSector[];
  takeaway: string;
  source: string;
};

/** Joins the memoised preset results with the current scenario: the only part that changes on a toggle. */
export function combineRegimeComparison(presets: PresetResults, current: ExposureResult): RegimeComparisonSeries {
  const s = current.scenario;
  const currentLabel =
    s.overrides.length > 0 ? `Current scenario (${s.regimeName}, changed: ${s.overrides.join(", ")})` : `Current scenario (${s.regimeName})`;
  const columns = [
    ...presets.presets.map((p) => ({ key: p.id, label: p.name, shortLabel: p.shortLabel, isCurrent: false })),
    { key: CURRENT_KEY, label: currentLabel, shortLabel: "Current", isCurrent: true },
  ];
  const currentBySector = new Map(current.sectors.map((x) => [x.id, x]));

  const sectors = presets.sectors.map((sector): RegimeComparisonSector => {
    const cur = currentBySector.get(sector.id);
    const zero: Range = { low: 0, high: 0 };
    const curExposure = cur?.exposure ?? zero;
    const bars = columns.map((c): RegimeComparisonBar => {
      const e = c.isCurrent ? curExposure : (presets.exposure[c.key]?.[sector.id]?.exposure ?? zero);
      return { ...c, lowPct: pct(e.low), highPct: pct(e.high), extraPct: pct(e.high) - pct(e.low), display: formatShareRangeShort(e) };
    });
    return {
      sectorId: sector.id,
      name: sector.name,
      basis: cur?.basis ?? presets.exposure[presets.presets[0]?.id ?? ""]?.[sector.id]?.basis ?? "value",
      currentPct: pct(curExposure.high),
      bars,
    };
  });
  sectors.sort((a, b) => b.currentPct - a.currentPct || a.name.localeCompare(b.name));

  return { currentLabel, columns, sectors, takeaway: takeawayFor(sectors, presets), source: sourceFor(presets) };
}

/** The brief's one-call form: presets and the current scenario together. */
export function toRegimeComparisonSeries(dataset: Dataset, current: ExposureResult, today: string): RegimeComparisonSeries {
  return combineRegimeComparison(computePresetResults(dataset, today), current);
}

function takeawayFor(sectors: RegimeComparisonSector[], presets: PresetResults): string {
  // A preset under which no sector is exposed (before April 2025) would make every sector "swing"; set it aside.
  const empty = new Set(
    presets.presets.filter((p) => sectors.every((s) => (s.bars.find((b) => b.key === p.id)?.highPct ?? 0) === 0)).map((p) => p.id),
  );
  let best: { sector: RegimeComparisonSector; min: RegimeComparisonBar; max: RegimeComparisonBar } | null = null;
  for (const sector of sectors) {
    const presetBars = sector.bars.filter((b) => !b.isCurrent && !empty.has(b.key));
    if (presetBars.length === 0) continue;
    let min = presetBars[0]!;
    let max = presetBars[0]!;
    for (const b of presetBars) {
      if (b.lowPct < min.lowPct) min = b;
      if (b.highPct > max.highPct) max = b;
    }
    if (!best || max.highPct - min.lowPct > best.max.highPct - best.min.lowPct) best = { sector, min, max };
  }
  if (!best || best.max.highPct === best.min.lowPct) {
    return `Sector exposure is the same under every preset with a control in force.`;
  }
  const current = best.sector.bars.find((b) => b.isCurrent);
  const aside = presets.presets.filter((p) => empty.has(p.id)).map((p) => p.name);
  const prefix = aside.length > 0 ? `Leaving aside ${aside.join(", ")} (no sector exposed), ` : "";
  return (
    `${prefix}${best.sector.name} depends most on the regime: ${best.min.display} (${best.min.label}) to ` +
    `${best.max.display} (${best.max.label}); the current scenario puts it at ${current?.display ?? "—"}.`
  );
}

function sourceFor(presets: PresetResults): string {
  return (
    `Each of the ${presets.presets.length} presets evaluated on its own date (presets "as of today" on ${presets.today}) ` +
    `by the same engine as the sector chart; a sector with no known annual volume is weighed by product count; ` +
    `"as of today" is a range while the record does not say whether the suspension was extended.`
  );
}
