import { formatPercent } from "../format/format-number";
import type { ElementSymbol } from "../schemas/constants";
import type { Dataset } from "../schemas/dataset";

export const CHINA_SHARE_STAGES = ["mining", "separation", "magnets"] as const;
export type ChinaShareStage = (typeof CHINA_SHARE_STAGES)[number];

export const STAGE_LABELS: Record<ChinaShareStage, string> = {
  mining: "Mining",
  separation: "Separation & refining",
  magnets: "Magnet making",
};

export type ChinaShareFigure = {
  /** 0..100; null is a gap (no figure, or a figure not found), never zero. */
  pct: number | null;
  /** true: published for this element; false: an aggregate applied to it by assumption; null: no figure at all. */
  elementSpecific: boolean | null;
  confidence: string | null;
  sourceIds: string[];
  /** "91 %", or "n/a" for a gap. */
  display: string;
};

export type ChinaShareRow = {
  symbol: ElementSymbol;
  name: string;
  atomicNumber: number;
  mining: ChinaShareFigure;
  separation: ChinaShareFigure;
  magnets: ChinaShareFigure;
  /** The user's what-if share (0..100), which replaces every route of the element; null when not set. */
  overridePct: number | null;
  overrideDisplay: string | null;
  /** Flat numbers for the chart: null leaves a gap. */
  miningPct: number | null;
  separationPct: number | null;
  magnetsPct: number | null;
};

export type ChinaShareSeries = {
  rows: ChinaShareRow[];
  hasOverrides: boolean;
  takeaway: string;
  source: string;
};

const round1 = (x: number) => Math.round(x * 1000) / 10;
const display = (pct: number | null) => (pct === null ? "n/a" : formatPercent(pct));

type RawFigure = Dataset["elements"]["elements"][number]["chinaShare"][ChinaShareStage];

function figure(f: RawFigure): ChinaShareFigure {
  if (!f) return { pct: null, elementSpecific: null, confidence: null, sourceIds: [], display: "n/a" };
  const pct = f.value === null ? null : round1(f.value);
  return { pct, elementSpecific: f.elementSpecific, confidence: f.confidence, sourceIds: f.sourceIds, display: display(pct) };
}

/** China's share of each element's supply chain, by stage, in atomic-number order, with the user's what-if. */
export function toChinaShareSeries(
  dataset: Dataset,
  overrides: Partial<Record<ElementSymbol, number>>,
): ChinaShareSeries {
  const rows = [...dataset.elements.elements]
    .sort((a, b) => a.atomicNumber - b.atomicNumber)
    .map((e): ChinaShareRow => {
      const mining = figure(e.chinaShare.mining);
      const separation = figure(e.chinaShare.separation);
      const magnets = figure(e.chinaShare.magnets);
      const o = overrides[e.symbol];
      const overridePct = o === undefined ? null : round1(o);
      return {
        symbol: e.symbol,
        name: e.name,
        atomicNumber: e.atomicNumber,
        mining,
        separation,
        magnets,
        overridePct,
        overrideDisplay: overridePct === null ? null : display(overridePct),
        miningPct: mining.pct,
        separationPct: separation.pct,
        magnetsPct: magnets.pct,
      };
    });

  const hasOverrides = rows.some((r) => r.overridePct !== null);
  const sourceIds = [
    ...new Set(rows.flatMap((r) => CHINA_SHARE_STAGES.flatMap((s) => r[s].sourceIds))),
  ].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));

  const noFigure = rows.filter((r) => CHINA_SHARE_STAGES.every((s) => r[s].pct === null)).map((r) => r.symbol);
  return {
    rows,
    hasOverrides,
    takeaway: takeawayFor(rows),
    source:
      `Sources: ${sourceIds.join(", ")}. Per-element shares are mostly not published: a figure marked "aggregate" is the ` +
      `all-rare-earth USGS/IEA share applied to each element by assumption. n/a = no figure (magnet making is given only ` +
      `for magnet elements${noFigure.length > 0 ? `; ${noFigure.join(", ")} ${noFigure.length === 1 ? "has" : "have"} none at all` : ""}). ` +
      `A what-if share replaces every stage of its element.`,
  };
}

function takeawayFor(rows: ChinaShareRow[]): string {
  const sep = rows.filter((r) => r.separation.pct !== null);
  if (sep.length === 0) return "No separation share is on record.";
  const values = sep.map((r) => r.separation.pct!);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const aggregate = sep.filter((r) => r.separation.elementSpecific === false);
  const aggValues = [...new Set(aggregate.map((r) => r.separation.display))];
  const range = min === max ? display(min) : `${display(min).replace(" %", "")}–${display(max)}`;
  let text = `China separates ${range} of each of the ${sep.length} rare earths with a figure`;
  if (aggregate.length > 0) {
    text += `; for ${aggregate.length} of them that is the ${aggValues.join("/")} aggregate, applied by assumption`;
  }
  const overridden = rows.filter((r) => r.overridePct !== null);
  if (overridden.length > 0) {
    text += `; what-if: ${overridden.map((r) => `${r.symbol} ${r.overrideDisplay}`).join(", ")}`;
  }
  return `${text}.`;
}
