import type { ExposureResult, ProductResult, SectorResult } from "../engine/exposure-types";
import { formatPct } from "../format/format-number";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";

export type HeatmapCell = {
  sectorId: string;
  /** 0..1: the share of the sector (its value, or its products) at risk through products this element drives. */
  value: number;
  /** value as a percentage, 2 decimals. */
  pct: number;
  display: string;
  /** 0..100: how strongly to tint the cell; 0 only for a zero value. */
  intensity: number;
};

export type HeatmapRow = {
  symbol: ElementSymbol;
  cells: HeatmapCell[];
};

export type HeatmapColumn = {
  sectorId: string;
  name: string;
  /** The sector's name without its parenthetical or its "& …" tail, for narrow column headers. */
  shortName: string;
  basis: "annual-value" | "product-count";
  exposure: number;
  exposureDisplay: string;
};

export type ElementHeatmapSeries = {
  columns: HeatmapColumn[];
  /** Elements that drive some exposure, in atomic-number order. */
  rows: HeatmapRow[];
  takeaway: string;
  source: string;
};

/** Cells with a non-zero value are tinted at least this much, so a small share never looks like none. */
export const HEAT_MIN_INTENSITY = 8;
/** The strongest tint: kept light enough that the cell's text stays readable in light and dark mode alike. */
export const HEAT_MAX_INTENSITY = 55;

const pct = (x: number) => Math.round(x * 10000) / 100;

/** The engine's weighting of a product within its sector (see summariseSector in lib/engine/compute-exposure). */
function weightOf(p: ProductResult, sector: SectorResult): number {
  if (p.status === "free") return 0;
  if (sector.exposureBasis === "annual-value") {
    return sector.valueUsd ? (p.valueAtRiskUsd ?? 0) / sector.valueUsd : 0;
  }
  return sector.productCount > 0 ? p.supplyWeight / sector.productCount : 0;
}

const shortName = (name: string) => name.replace(/\s*\(.*\)\s*$/, "").replace(/\s+&\s.*$/, "");

/** Element × sector matrix: how much of each sector's exposure runs through each controlled element. */
export function toElementHeatmapSeries(result: ExposureResult): ElementHeatmapSeries {
  const controlled = new Set(result.scenario.controlledElements);
  const contribution = new Map<ElementSymbol, Map<string, number>>();
  for (const sector of result.sectors) {
    for (const p of result.products) {
      if (p.sectorId !== sector.id) continue;
      const w = weightOf(p, sector);
      if (w <= 0) continue;
      for (const d of new Set(p.drivers)) {
        if (!controlled.has(d)) continue;
        const bySector = contribution.get(d) ?? new Map<string, number>();
        bySector.set(sector.id, (bySector.get(sector.id) ?? 0) + w);
        contribution.set(d, bySector);
      }
    }
  }

  const columns: HeatmapColumn[] = result.sectors.map((s) => ({
    sectorId: s.id,
    name: s.name,
    shortName: shortName(s.name),
    basis: s.exposureBasis,
    exposure: s.exposure,
    exposureDisplay: formatPct(s.exposure * 100),
  }));

  const rows: HeatmapRow[] = ELEMENT_SYMBOLS.filter((sym) => contribution.has(sym)).map((symbol) => ({
    symbol,
    cells: columns.map((c) => {
      const value = Math.min(1, contribution.get(symbol)?.get(c.sectorId) ?? 0);
      return {
        sectorId: c.sectorId,
        value,
        pct: pct(value),
        display: formatPct(value * 100),
        intensity: value > 0 ? Math.round(HEAT_MIN_INTENSITY + (HEAT_MAX_INTENSITY - HEAT_MIN_INTENSITY) * value) : 0,
      };
    }),
  }));

  return { columns, rows, takeaway: takeawayFor(rows, columns), source: SOURCE };
}

const SOURCE =
  "Each cell: the sector's value at risk (or, where no volume is known, its mean product weight) from products " +
  "this element helps catch; a product caught through two elements counts in both rows, so a column can add up to " +
  "more than the sector's exposure.";

function takeawayFor(rows: HeatmapRow[], columns: HeatmapColumn[]): string {
  if (rows.length === 0) return "No controlled element drives any exposure in this scenario.";
  const reach = rows.map((r) => ({ symbol: r.symbol, sectors: r.cells.filter((c) => c.value > 0).length }));
  const widest = Math.max(...reach.map((r) => r.sectors));
  const leaders = reach.filter((r) => r.sectors === widest).map((r) => r.symbol);
  let top: { symbol: ElementSymbol; cell: HeatmapCell } | null = null;
  for (const r of rows) for (const c of r.cells) if (!top || c.value > top.cell.value) top = { symbol: r.symbol, cell: c };
  const topSector = columns.find((c) => c.sectorId === top?.cell.sectorId);
  const who = leaders.length === 1 ? `${leaders[0]} reaches` : `${joinList(leaders)} each reach`;
  return (
    `${rows.length} element${rows.length === 1 ? " drives" : "s drive"} exposure; ${who} the most sectors (${widest} of ${columns.length}); ` +
    `the largest single share is ${top?.symbol} in ${topSector?.shortName ?? "—"} (${top?.cell.display}).`
  );
}

function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
