"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useDeferredValue, useMemo } from "react";
import dynamic from "next/dynamic";
import { SectorExposureChart } from "@/components/charts/sector-exposure-chart";
import { ElementHeatmapChart } from "@/components/charts/element-heatmap-chart";
import { type ChartContext, ChartFrame } from "@/components/ui/chart-frame";
import { LazyMount } from "@/components/ui/lazy-mount";
import { toChinaShareSeries } from "@/lib/charts/china-share-series";
import { toElementHeatmapSeries } from "@/lib/charts/element-heatmap-series";
import { toMeasuresTimelineSeries } from "@/lib/charts/measures-timeline-series";
import { combineRegimeComparison, computePresetResults } from "@/lib/charts/regime-comparison-series";
import { toSectorSeries } from "@/lib/charts/sector-series";
import { sourcesOfChinaShares, sourcesOfComparison, sourcesOfResult, sourcesOfTimeline } from "@/lib/chart-data/chart-sources";
import { toChinaShareChartData } from "@/lib/chart-data/china-share-chart-data";
import { toHeatmapChartData } from "@/lib/chart-data/heatmap-chart-data";
import { toMeasuresTimelineChartData } from "@/lib/chart-data/measures-timeline-chart-data";
import { toRegimeComparisonChartData } from "@/lib/chart-data/regime-comparison-chart-data";
import { toSectorChartData } from "@/lib/chart-data/sector-chart-data";
import { describeScenario } from "@/lib/cite/describe-scenario";
import { listCompareOptions } from "@/lib/compare/compare-options";
import { describeValueAtRisk, summariseResult } from "@/lib/charts/summarise-result";
import { splitControlled } from "@/lib/report/scenario-lines";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { listRegimes } from "@/lib/engine/list-regimes";
import { STATUSES, type Status } from "@/lib/engine/status";
import { datasetQueryOptions } from "@/lib/queries";
import type { ElementSymbol } from "@/lib/schemas/constants";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { scenarioSlug, scenarioToQuery } from "@/lib/scenario/scenario-query";
import {
  type RuleChange,
  resetElementsInQuery,
  selectRegimeInQuery,
  setAsOfInQuery,
  setRuleInQuery,
  toggleElementInQuery,
} from "@/lib/scenario/scenario-url-actions";
import { resolveUrlScenario } from "@/lib/scenario/resolve-url-scenario";
import { PRODUCT_SORT_KEYS, type ProductTableQuery, selectProductRows } from "@/lib/tables/product-rows";
import { testIds } from "@/lib/test-ids";
import { DashboardSkeleton } from "./dashboard-skeleton";
import { CompareMenu } from "./compare-menu";
import { DownloadMenu } from "./download-menu";
import { ShareBar } from "./share-bar";
import { ElementStrip } from "./element-strip";
import { ProductsTable } from "./products-table";
import { RegimePicker } from "./regime-picker";
import { RuleControls, ViewControls } from "./rule-controls";
import { ScenarioNotices } from "./scenario-notices";
import { useDashboardState } from "./use-dashboard-state";

// Recharts is the largest part of the page's script: the charts that use it sit below the fold and load in their own
// chunk when reached. Each placeholder holds its chart's height, so nothing shifts when it arrives.
const chartPlaceholder = (height: number) =>
  function ChartPlaceholder() {
    return <div className="animate-pulse rounded bg-border/40" style={{ height }} />;
  };
const RegimeComparisonChart = dynamic(() => import("@/components/charts/regime-comparison-chart").then((m) => m.RegimeComparisonChart), {
  ssr: false,
  loading: chartPlaceholder(880),
});
const MeasuresTimelineChart = dynamic(() => import("@/components/charts/measures-timeline-chart").then((m) => m.MeasuresTimelineChart), {
  ssr: false,
  loading: chartPlaceholder(480),
});
const ChinaShareChart = dynamic(() => import("@/components/charts/china-share-chart").then((m) => m.ChinaShareChart), {
  ssr: false,
  loading: chartPlaceholder(330),
});

const oneOf = <T extends string>(v: string | null, allowed: readonly T[], fallback: T): T =>
  v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;

export function Dashboard() {
  const { data: dataset, error, refetch, isFetching } = useQuery(datasetQueryOptions);
  const [url, setUrl] = useDashboardState();
  const today = todayIso();

  const regimes = useMemo(() => (dataset ? listRegimes(dataset, today) : []), [dataset, today]);
  const resolved = useMemo(() => (dataset ? resolveUrlScenario(dataset, url, today) : null), [dataset, url, today]);
  const result = useMemo(() => (dataset && resolved ? computeExposure(dataset, resolved.scenario) : null), [dataset, resolved]);
  // Presets and the timeline do not depend on the toggles: computed once per dataset.
  const presets = useMemo(() => (dataset ? computePresetResults(dataset, today) : null), [dataset, today]);
  const timeline = useMemo(() => (dataset ? toMeasuresTimelineSeries(dataset, today) : null), [dataset, today]);
  // The sector chart and summary follow a toggle at once; the secondary charts may lag a frame behind.
  const deferred = useDeferredValue(result);
  const series = useMemo(() => (result ? toSectorSeries(result) : []), [result]);
  const comparison = useMemo(() => (presets && deferred ? combineRegimeComparison(presets, deferred) : null), [presets, deferred]);
  const heatmap = useMemo(() => (deferred ? toElementHeatmapSeries(deferred) : null), [deferred]);
  const overrides = resolved?.scenario.chinaShareOverrides;
  const chinaShare = useMemo(() => (dataset && overrides ? toChinaShareSeries(dataset, overrides) : null), [dataset, overrides]);
  const sectorNames = useMemo(() => new Map((dataset?.products.sectors ?? []).map((s) => [s.id, s.name])), [dataset]);
  const tableQuery: ProductTableQuery = useMemo(
    () => ({
      sector: url.sector && dataset?.products.sectors.some((s) => s.id === url.sector) ? url.sector : null,
      status: url.status && (STATUSES as readonly string[]).includes(url.status) ? (url.status as Status) : null,
      sort: oneOf(url.sort, PRODUCT_SORT_KEYS, "status"),
      dir: oneOf(url.dir, ["asc", "desc"] as const, "desc"),
    }),
    [dataset, url.sector, url.status, url.sort, url.dir],
  );
  const rows = useMemo(() => (result ? selectProductRows(result.products, sectorNames, tableQuery) : []), [result, sectorNames, tableQuery]);
  // Each chart's figures as a plain table (its Table tab and CSV) and the sources behind them.
  const sectorData = useMemo(() => (result ? toSectorChartData(result) : null), [result]);
  const heatmapData = useMemo(() => (heatmap ? toHeatmapChartData(heatmap) : null), [heatmap]);
  const comparisonData = useMemo(() => (comparison ? toRegimeComparisonChartData(comparison) : null), [comparison]);
  const timelineData = useMemo(() => (timeline ? toMeasuresTimelineChartData(timeline) : null), [timeline]);
  const chinaShareData = useMemo(() => (chinaShare ? toChinaShareChartData(chinaShare) : null), [chinaShare]);
  const sourceMap = useMemo(() => new Map((dataset?.sources.sources ?? []).map((s) => [s.id, s])), [dataset]);
  const scenarioSources = useMemo(() => (dataset && resolved ? sourcesOfResult(dataset, resolved) : []), [dataset, resolved]);
  const staticSources = useMemo(
    () => (dataset ? { comparison: sourcesOfComparison(dataset), timeline: sourcesOfTimeline(dataset), chinaShare: sourcesOfChinaShares(dataset) } : null),
    [dataset],
  );
  const chartContext: ChartContext | null = useMemo(
    () => (dataset && resolved ? { dataset: { name: dataset.meta.name, version: dataset.meta.version }, scenario: describeScenario(resolved.scenario), sources: sourceMap, today } : null),
    [dataset, resolved, sourceMap, today],
  );
  // Worked out when the menu opens, not on every toggle: each option resolves a scenario.
  const getCompareOptions = useCallback(() => (dataset && resolved ? listCompareOptions(dataset, resolved.scenario, today) : []), [dataset, resolved, today]);
  const onTableQuery = useCallback((q: Partial<ProductTableQuery>) => void setUrl(q), [setUrl]);
  const onOpenProduct = useCallback((id: string | null) => void setUrl({ product: id }), [setUrl]);

  if (error) {
    return (
      <div role="alert" data-testid={testIds.dashboardError} className="rounded-lg border border-status-denied p-4">
        <p className="font-semibold">The data could not be loaded.</p>
        <p className="mt-1 text-sm text-muted">{error.message}</p>
        <button type="button" data-testid={testIds.retryButton} onClick={() => refetch()} disabled={isFetching} className="mt-3 rounded border border-border px-3 py-1">
          {isFetching ? "Retrying…" : "Retry"}
        </button>
      </div>
    );
  }
  if (!dataset || !resolved || !result || !presets || !timeline || !comparison || !heatmap || !chinaShare) return <DashboardSkeleton />;
  if (!sectorData || !heatmapData || !comparisonData || !timelineData || !chinaShareData || !staticSources || !chartContext) return <DashboardSkeleton />;

  const { scenario, notices, warnings } = resolved;
  const summary = summariseResult(result);

  const controlledSplit = splitControlled(scenario);
  const toggleElement = (symbol: ElementSymbol) => void setUrl(toggleElementInQuery(scenario, symbol));
  const changeRule = (c: RuleChange) => void setUrl(setRuleInQuery(c, resolved.chinaShareEntries));


  const slug = scenarioSlug(scenario);
  // The answer first, on every screen; the controls and charts follow.
  return (
    <div className="space-y-6">
      <ScenarioNotices notices={notices} warnings={warnings} />
      <section className="rounded-lg border border-border bg-card p-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <p className="text-sm text-muted">
            {scenario.regimeName} · as of {scenario.asOf} · {scenario.lens} lens · buyer {scenario.destination === "us" ? "in the US" : scenario.destination === "jp" ? "in Japan" : "elsewhere"}
            {scenario.overrides.length > 0 && ` · changed: ${scenario.overrides.join(", ")}`}
          </p>
          <div className="flex flex-wrap items-start gap-2">
            <ShareBar context={chartContext} sourceIds={scenarioSources} />
            <DownloadMenu query={scenarioToQuery(scenario)} />
            <CompareMenu getOptions={getCompareOptions} />
          </div>
        </div>
        <div data-testid={testIds.summary} aria-live="polite">
        <p className="mt-1 text-lg font-semibold">{summary.headline}</p>
        <p className="mt-1 text-sm">
          {describeValueAtRisk(result) ?? "Border lens: what each item needs when bought from China; value at risk is a dependency-lens figure."}
        </p>
        {summary.rangeNote && <p className="mt-1 text-sm font-medium">{summary.rangeNote}</p>}
        {scenario.caveats.map((c) => (
          <p key={c} className="mt-2 text-sm text-status-case">{c}</p>
        ))}
        </div>
      </section>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[340px_minmax(0,1fr)]">
        <aside aria-label="Scenario controls" className="space-y-5 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2">
          <RegimePicker
            regimes={regimes}
            selected={scenario.regime}
            asOf={scenario.asOf}
            onSelect={(id) => void setUrl(selectRegimeInQuery(id))}
            onAsOf={(date) => void setUrl(setAsOfInQuery(date))}
          />
          <ViewControls scenario={scenario} onChange={changeRule} />
          <ElementStrip
            elements={dataset.elements.elements}
            controlled={controlledSplit.always as ElementSymbol[]}
            openControlled={controlledSplit.open as ElementSymbol[]}
            regimeControlled={controlledSplit.regime as ElementSymbol[]}
            shares={scenario.chinaShareOverrides}
            onToggle={toggleElement}
            onReset={() => void setUrl(resetElementsInQuery())}
          />
          <RuleControls
            scenario={scenario}
            thresholdPct={resolved.input.thresholdPct ?? null}
            chinaShare={resolved.chinaShareEntries}
            onChange={changeRule}
          />
        </aside>

        <div className="min-w-0 space-y-6">

          <ChartFrame
            testId={testIds.sectorChart}
            title="Sector exposure"
            fileBase={`sector-exposure_${slug}`}
            takeaway={summary.headline}
            note={
              scenario.lens === "border"
                ? `Border lens: share of each sector's traded items (final goods and inputs) that need a licence or worse at China's border, by count. Data: dataset ${dataset.meta.version}; see Methodology.`
                : `Share of each sector's output made outside China (outside-China units × unit value) that depends on a controlled input through its supply routes; hatched: the range the record leaves open. Sectors with no known volumes are weighed by product count and shown apart. Data: dataset ${dataset.meta.version}; see Methodology.`
            }
            data={sectorData}
            sourceIds={scenarioSources}
            context={chartContext}
            tableTestId={testIds.sectorTable}
            rowTestId={testIds.sectorRow}
          >
            <SectorExposureChart rows={series} />
          </ChartFrame>

          <ChartFrame
            testId={testIds.elementHeatmapFrame}
            title="Which element drives which sector"
            takeaway={heatmap.takeaway}
            note={heatmap.source}
            fileBase={`element-sector-heatmap_${slug}`}
            data={heatmapData}
            sourceIds={scenarioSources}
            context={chartContext}
            tableTestId={testIds.elementHeatmapTable}
          >
            <LazyMount minHeight={320}>
              <ElementHeatmapChart series={heatmap} />
            </LazyMount>
          </ChartFrame>

          <ChartFrame
            testId={testIds.regimeComparisonChart}
            title="Every sector under every regime"
            takeaway={comparison.takeaway}
            note={comparison.source}
            fileBase={`regime-comparison_${slug}`}
            data={comparisonData}
            sourceIds={staticSources.comparison}
            context={chartContext}
            tableTestId={testIds.regimeComparisonTable}
          >
            <LazyMount minHeight={880}>
              <RegimeComparisonChart series={comparison} />
            </LazyMount>
          </ChartFrame>

          <ProductsTable
            rows={rows}
            total={result.products.length}
            dataset={dataset}
            query={tableQuery}
            openProduct={url.product}
            onQuery={onTableQuery}
            onOpen={onOpenProduct}
          />

          <ChartFrame
            testId={testIds.measuresTimelineChart}
            title="The measures over time"
            takeaway={timeline.takeaway}
            note={timeline.source}
            fileBase={`measures-timeline_${slug}`}
            data={timelineData}
            sourceIds={staticSources.timeline}
            context={chartContext}
            scenarioDependent={false}
            tableTestId={testIds.measuresTimelineTable}
          >
            <LazyMount minHeight={480}>
              <MeasuresTimelineChart series={timeline} />
            </LazyMount>
          </ChartFrame>

          <ChartFrame
            testId={testIds.chinaShareChart}
            title="China's share of mining, separation and magnets"
            takeaway={chinaShare.takeaway}
            note={chinaShare.source}
            fileBase={`china-share_${slug}`}
            data={chinaShareData}
            sourceIds={staticSources.chinaShare}
            context={chartContext}
            tableTestId={testIds.chinaShareTable}
          >
            <LazyMount minHeight={330}>
              <ChinaShareChart series={chinaShare} />
            </LazyMount>
          </ChartFrame>
        </div>
      </div>
    </div>
  );
}
