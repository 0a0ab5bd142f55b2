import { sourcesOfResult } from "../chart-data/chart-sources";
import { toHeatmapChartData } from "../chart-data/heatmap-chart-data";
import { toSectorChartData } from "../chart-data/sector-chart-data";
import { type ElementHeatmapSeries, toElementHeatmapSeries } from "../charts/element-heatmap-series";
import { type SectorSeriesRow, toSectorSeries } from "../charts/sector-series";
import { describeValueAtRisk, summariseResult } from "../charts/summarise-result";
import { describeScenario } from "../cite/describe-scenario";
import { type CompareOption, listCompareOptions } from "../compare/compare-options";
import { computeExposure } from "../engine/compute-exposure";
import type { ExposureResult } from "../engine/exposure-types";
import type { Scenario } from "../engine/scenario";
import type { ParamError } from "../scenario/parse-scenario";
import { resolveUrlScenario, type UrlScenario } from "../scenario/resolve-url-scenario";
import type { ParamIssue } from "../scenario/scenario-params";
import { scenarioSlug, scenarioToQuery } from "../scenario/scenario-query";
import type { Dataset } from "../schemas/dataset";
import { formatSourceLine } from "../sources/format-source";
import { type ControlsView, type RegimePickerView, toControlsView, toRegimePickerView } from "./controls-view";
import type { DashboardUrl } from "./dashboard-url";
import { CAPTION_SOURCE_IDS, type ChartFrameView } from "./chart-frame-view";
import { type ElementStripView, toElementStripView } from "./element-strip-view";
import { memoizeLast } from "./memoize-last";

/** The engine's answer for the page's URL, from which both the first view and the details are drawn. */
export type DashboardModel = {
  dataset: Dataset;
  today: string;
  resolved: UrlScenario;
  result: ExposureResult;
};

/** Reads the URL with the lenient parser and runs the engine: the one place the page's figures are computed. */
export function computeDashboardModel(dataset: Dataset, url: DashboardUrl, today: string): DashboardModel {
  const resolved = resolveUrlScenario(dataset, url, today);
  return { dataset, today, resolved, result: computeExposure(dataset, resolved.scenario) };
}

export type SummaryView = {
  /** "April 2025 (Ann. 18) · as of 2025-04-04 · dependency lens · buyer in the US · changed: …" */
  context: string;
  headline: string;
  valueAtRisk: string;
  rangeNote: string | null;
  caveats: string[];
};

/**
 * The part of the page the first paint shows and a toggle must redraw within a frame: the answer, the controls, the
 * element strip and the sector chart. The server renders it from the same function, so it is plain data.
 */
export type DashboardView = {
  today: string;
  dataset: { name: string; version: string };
  /** The canonical scenario query: report links, exports. */
  query: string;
  /** The scenario in words, for exports and citations. */
  scenarioText: string;
  notices: ParamError[];
  warnings: ParamIssue[];
  summary: SummaryView;
  picker: RegimePickerView;
  controls: ControlsView;
  strip: ElementStripView;
  sector: { frame: ChartFrameView; rows: SectorSeriesRow[] };
  /** The sources behind the scenario's figures (the Cite panel, the sector chart). */
  scenarioSourceIds: string[];
  /** One line per source the view names before the dataset reaches the browser: the sector chart's caption. */
  sourceLines: Record<string, string>;
};

const BUYER: Record<Scenario["destination"], string> = { us: "in the US", jp: "in Japan", other: "elsewhere" };

function toSummaryView(result: ExposureResult): SummaryView {
  const s = result.scenario;
  const summary = summariseResult(result);
  return {
    context: `${s.regimeName} · as of ${s.asOf} · ${s.lens} lens · buyer ${BUYER[s.destination]}${s.overrides.length > 0 ? ` · changed: ${s.overrides.join(", ")}` : ""}`,
    headline: summary.headline,
    valueAtRisk: describeValueAtRisk(result) ?? "Border lens: what each item needs when bought from China; value at risk is a dependency-lens figure.",
    rangeNote: summary.rangeNote,
    caveats: s.caveats,
  };
}

function sectorNote(scenario: Scenario, version: string): string {
  return scenario.lens === "border"
    ? `Border lens: share of each sector's traded items (final goods and inputs) that need a licence or worse at China's border, by count. Data: dataset ${version}; see Methodology.`
    : `Share of each sector's output made outside China (outside-China units × unit value) that depends on a controlled input through its supply routes; hatched: the range the record leaves open. Sectors with no known volumes are weighed by product count and shown apart. Data: dataset ${version}; see Methodology.`;
}

const sourceMemos = new WeakMap<Dataset, (scenario: Scenario) => string[]>();

/**
 * The sources behind a scenario's figures (lib/chart-data/chart-sources): they depend on the preset and the measures
 * in force, not on the elements or rules a toggle changes, so the last answer is kept (walking the dataset takes a
 * millisecond, a good part of a frame).
 */
export function scenarioSourceIdsOf(dataset: Dataset, scenario: Scenario): string[] {
  let memo = sourceMemos.get(dataset);
  if (!memo) {
    memo = memoizeLast(
      (s: Scenario) => sourcesOfResult(dataset, { scenario: s }),
      (s) => `${s.regime}|${s.outcomes.map((o) => o.measuresInForce.join()).join("|")}`,
    );
    sourceMemos.set(dataset, memo);
  }
  return memo(scenario);
}

/** The first view of the page for a model: computed on the server for the first paint, in the browser on every change. */
export function toDashboardView(model: DashboardModel): DashboardView {
  const { dataset, result, resolved } = model;
  const { scenario } = resolved;
  const summary = toSummaryView(result);
  const scenarioSourceIds = scenarioSourceIdsOf(dataset, scenario);
  const byId = new Map(dataset.sources.sources.map((s) => [s.id, s]));
  const sourceLines: Record<string, string> = {};
  for (const id of scenarioSourceIds.slice(0, CAPTION_SOURCE_IDS)) {
    const s = byId.get(id);
    if (s) sourceLines[id] = formatSourceLine(s);
  }
  return {
    today: model.today,
    dataset: { name: dataset.meta.name, version: dataset.meta.version },
    query: scenarioToQuery(scenario),
    scenarioText: describeScenario(scenario),
    notices: resolved.notices,
    warnings: resolved.warnings,
    summary,
    picker: toRegimePickerView(dataset.regimes.regimes, scenario.regime, scenario.asOf),
    controls: toControlsView(scenario, resolved.input.thresholdPct, resolved.chinaShareEntries),
    strip: toElementStripView(dataset.elements.elements, scenario),
    sector: {
      frame: {
        title: "Sector exposure",
        takeaway: summary.headline,
        note: sectorNote(scenario, dataset.meta.version),
        fileBase: `sector-exposure_${scenarioSlug(scenario)}`,
        data: toSectorChartData(result),
        sourceIds: scenarioSourceIds,
        scenarioDependent: true,
      },
      rows: toSectorSeries(result),
    },
    scenarioSourceIds,
    sourceLines,
  };
}

/** id → "Publisher, “Title”, 4 Apr 2025", for every source in the register: the charts' Sources tabs, the Cite panel. */
export function computeSourceLines(dataset: Dataset): ReadonlyMap<string, string> {
  return new Map(dataset.sources.sources.map((s) => [s.id, formatSourceLine(s)]));
}

/** The heatmap under the sector chart: near the top of the page, so it is drawn with the page's first views. */
export function toDashboardHeatmapView(model: DashboardModel): { frame: ChartFrameView; series: ElementHeatmapSeries } {
  const { dataset, result, resolved } = model;
  const heatmap = toElementHeatmapSeries(result);
  return {
    frame: {
      title: "Which element drives which sector",
      takeaway: heatmap.takeaway,
      note: heatmap.source,
      fileBase: `element-sector-heatmap_${scenarioSlug(resolved.scenario)}`,
      data: toHeatmapChartData(heatmap),
      sourceIds: scenarioSourceIdsOf(dataset, resolved.scenario),
      scenarioDependent: true,
    },
    series: heatmap,
  };
}

/**
 * The server's entry point: the first view for a URL. It leaves out the element tiles' tooltips, which only a live
 * strip shows (the strip is disabled until the dataset is in the browser, and the browser's view has them): 2.5 KB
 * less of the page's HTML gzipped (issue 13: LCP).
 */
export function buildDashboardView(dataset: Dataset, url: DashboardUrl, today: string): DashboardView {
  const view = toDashboardView(computeDashboardModel(dataset, url, today));
  return { ...view, strip: { ...view.strip, tiles: view.strip.tiles.map((t) => ({ ...t, tip: null })) } };
}

/** The dashboard's "Compare with…" choices: the scenario on screen as A (lib/compare). */
export function listDashboardCompareOptions(model: DashboardModel): CompareOption[] {
  return listCompareOptions(model.dataset, model.resolved.scenario, model.today);
}
