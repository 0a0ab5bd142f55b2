import type { ExposureResult, Range, SectorBasis } from "../engine/exposure-types";
import { formatShareRangeShort } from "../format/format-number";
import { ELEMENT_SYMBOLS, type ElementSymbol } from "../schemas/constants";

export type HeatmapCell = {
  sectorId: string;
  /** 0..1: the share of the sector that depends on a route this element catches, at the low and high ends. */
  value: Range;
  display: string;
  /** 0..100: how strongly to tint the cell (from the high end); 0 only for a zero value. */
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
  basis: SectorBasis;
  exposure: Range;
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

const shortName = (name: string) => name.replace(/\s*\(.*\)\s*$/, "").replace(/\s+&\s.*$/, "");

/** Element × sector matrix: how much of each sector depends on a route each controlled element catches. */
export function toElementHeatmapSeries(result: ExposureResult): ElementHeatmapSeries {
  const columns: HeatmapColumn[] = result.sectors.map((s) => ({
    sectorId: s.id,
    name: s.name,
    shortName: shortName(s.name),
    basis: s.basis,
    exposure: s.exposure,
    exposureDisplay: formatShareRangeShort(s.exposure),
  }));
  const zero: Range = { low: 0, high: 0 };
  const rows: HeatmapRow[] = ELEMENT_SYMBOLS.filter((sym) => result.sectors.some((s) => (s.byElement[sym]?.high ?? 0) > 0)).map((symbol) => ({
    symbol,
    cells: result.sectors.map((s) => {
      const value = s.byElement[symbol] ?? zero;
      return {
        sectorId: s.id,
        value,
        display: formatShareRangeShort(value),
        intensity: value.high > 0 ? Math.round(HEAT_MIN_INTENSITY + (HEAT_MAX_INTENSITY - HEAT_MIN_INTENSITY) * Math.min(1, value.high)) : 0,
      };
    }),
  }));
  return { columns, rows, takeaway: takeawayFor(rows, columns), source: sourceFor(result) };
}

function sourceFor(result: ExposureResult): string {
  return result.scenario.lens === "border"
    ? "Border lens. Each cell: the share of the sector's items (final goods and inputs) that need a licence at China's border because of this element, by count."
    : "Dependency lens. Each cell: the share of the sector's output (value made outside China, or the mean over its products where no volume is known) that depends on a supply route this element catches. A route caught through two elements counts in both rows, so a column can add up to more than the sector's exposure.";
}

function takeawayFor(rows: HeatmapRow[], columns: HeatmapColumn[]): string {
  if (rows.length === 0) return "No controlled element drives any exposure in this scenario.";
  const reach = rows.map((r) => ({ symbol: r.symbol, sectors: r.cells.filter((c) => c.value.high > 0).length }));
  const widest = Math.max(...reach.map((r) => r.sectors));
  const leaders = reach.filter((r) => r.sectors === widest).map((r) => r.symbol);
  let top: { symbol: ElementSymbol; cell: HeatmapCell } | null = null;
  for (const r of rows) for (const c of r.cells) if (!top || c.value.high > top.cell.value.high) top = { symbol: r.symbol, cell: c };
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
