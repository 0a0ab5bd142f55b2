import { sourcesOfChinaShares, sourcesOfComparison, sourcesOfTimeline } from "../chart-data/chart-sources";
import { toChinaShareChartData } from "../chart-data/china-share-chart-data";
import { toMeasuresTimelineChartData } from "../chart-data/measures-timeline-chart-data";
import { toRegimeComparisonChartData } from "../chart-data/regime-comparison-chart-data";
import { type ChinaShareSeries, toChinaShareSeries } from "../charts/china-share-series";
import { type MeasuresTimelineSeries, toMeasuresTimelineSeries } from "../charts/measures-timeline-series";
import { combineRegimeComparison, computePresetResults, type PresetResults, type RegimeComparisonSeries } from "../charts/regime-comparison-series";
import { scenarioSlug } from "../scenario/scenario-query";
import type { ElementSymbol } from "../schemas/constants";
import type { Dataset } from "../schemas/dataset";
import type { ChartFrameView } from "./chart-frame-view";
import type { DashboardModel } from "./dashboard-view";
import { type DashboardUrl, readProductTableQuery } from "./dashboard-url";
import { memoizeLast } from "./memoize-last";
import { type ProductsTableView, toProductsTableView } from "./products-table-view";

// The part of the page below the heatmap: first drawn when a reader scrolls near it, so its code and its work (every
// preset's exposure, the timeline) load then, not with the page (issue 13: the page's script ≤ 1.3× a bare page's).

/** What the lower part of the page computes once per dataset and day: every preset's exposure, the timeline. */
export type DashboardStatics = {
  presets: PresetResults;
  timeline: MeasuresTimelineSeries;
  sectorNames: ReadonlyMap<string, string>;
  sectorIds: ReadonlySet<string>;
  sourceIds: { comparison: string[]; timeline: string[]; chinaShare: string[] };
  /** China's shares with the what-if: the same object while the what-if is unchanged, so its chart is not redrawn. */
  chinaShareFor: (overrides: Partial<Record<ElementSymbol, number>>) => ChinaShareSeries;
};

export function computeDashboardStatics(dataset: Dataset, today: string): DashboardStatics {
  return {
    presets: computePresetResults(dataset, today),
    timeline: toMeasuresTimelineSeries(dataset, today),
    sectorNames: new Map(dataset.products.sectors.map((s) => [s.id, s.name])),
    sectorIds: new Set(dataset.products.sectors.map((s) => s.id)),
    sourceIds: { comparison: sourcesOfComparison(dataset), timeline: sourcesOfTimeline(dataset), chinaShare: sourcesOfChinaShares(dataset) },
    chinaShareFor: memoizeLast((overrides) => toChinaShareSeries(dataset, overrides), (overrides) => JSON.stringify(overrides)),
  };
}

/** The charts below the heatmap, each with its frame: they may follow a toggle a frame or two later. */
export type DashboardChartsView = {
  comparison: { frame: ChartFrameView; series: RegimeComparisonSeries };
  timeline: { frame: ChartFrameView; series: MeasuresTimelineSeries };
  chinaShare: { frame: ChartFrameView; series: ChinaShareSeries };
};

export function toDashboardChartsView(model: DashboardModel, statics: DashboardStatics): DashboardChartsView {
  const { result, resolved } = model;
  const slug = scenarioSlug(resolved.scenario);
  const comparison = combineRegimeComparison(statics.presets, result);
  const chinaShare = statics.chinaShareFor(resolved.scenario.chinaShareOverrides);
  const { timeline } = statics;
  return {
    comparison: {
      frame: {
        title: "Every sector under every regime",
        takeaway: comparison.takeaway,
        note: comparison.source,
        fileBase: `regime-comparison_${slug}`,
        data: toRegimeComparisonChartData(comparison),
        sourceIds: statics.sourceIds.comparison,
        scenarioDependent: true,
      },
      series: comparison,
    },
    timeline: {
      frame: {
        title: "The measures over time",
        takeaway: timeline.takeaway,
        note: timeline.source,
        fileBase: `measures-timeline_${slug}`,
        data: toMeasuresTimelineChartData(timeline),
        sourceIds: statics.sourceIds.timeline,
        scenarioDependent: false,
      },
      series: timeline,
    },
    chinaShare: {
      frame: {
        title: "China's share of mining, separation and magnets",
        takeaway: chinaShare.takeaway,
        note: chinaShare.source,
        fileBase: `china-share_${slug}`,
        data: toChinaShareChartData(chinaShare),
        sourceIds: statics.sourceIds.chinaShare,
        scenarioDependent: true,
      },
      series: chinaShare,
    },
  };
}

/** The products table for the model's scenario and the table's keys in the URL. */
export function toDashboardProductsView(model: DashboardModel, statics: DashboardStatics, url: DashboardUrl): ProductsTableView {
  const query = readProductTableQuery(url, statics.sectorIds);
  return toProductsTableView(model.dataset, model.result.products, query, url.product ?? null, statics.sectorNames);
}
