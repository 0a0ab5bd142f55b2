"use client";

import dynamic from "next/dynamic";
import { useCallback, useDeferredValue, useMemo } from "react";
import { ElementHeatmapChart } from "@/components/charts/element-heatmap-chart";
import { SectorExposureChart } from "@/components/charts/sector-exposure-chart";
import { type ChartContext, ChartFrame } from "@/components/ui/chart-frame";
import { LazyMount } from "@/components/ui/lazy-mount";
import { LoadError } from "@/components/ui/load-error";
import { type ScenarioQueryPatch, selectRegimeInQuery, setAsOfInQuery } from "@/lib/scenario/scenario-url-actions";
import type { ProductTableQuery } from "@/lib/tables/product-rows";
import { testIds } from "@/lib/test-ids";
import { computeDashboardStatics, toDashboardChartsView, toDashboardProductsView } from "@/lib/view-models/dashboard-details-view";
import { scenarioUrlKey } from "@/lib/view-models/dashboard-url";
import { computeDashboardModel, type DashboardView, listDashboardCompareOptions, toDashboardView } from "@/lib/view-models/dashboard-view";
import { ElementStrip } from "./element-strip";
import { ProductsTable } from "./products-table";
import { RegimePicker } from "./regime-picker";
import { RuleControls, ViewControls } from "./rule-controls";
import { ScenarioNotices } from "./scenario-notices";
import { SummaryPanel } from "./summary-panel";
import { useDashboardUrl } from "./use-dashboard-url";
import { useDataset } from "./use-dataset";

// Recharts is the largest part of the page's script: the charts that use it sit below the fold and load in their own
// chunk when reached. Each placeholder holds its chart's height, so nothing shifts when it arrives.
const placeholder = (height: number) =>
  function ChartPlaceholder() {
    return <div className="animate-pulse rounded bg-border/40" style={{ height }} />;
  };
const RegimeComparisonChart = dynamic(() => import("@/components/charts/regime-comparison-chart").then((m) => m.RegimeComparisonChart), {
  ssr: false,
  loading: placeholder(880),
});
const MeasuresTimelineChart = dynamic(() => import("@/components/charts/measures-timeline-chart").then((m) => m.MeasuresTimelineChart), {
  ssr: false,
  loading: placeholder(480),
});
const ChinaShareChart = dynamic(() => import("@/components/charts/china-share-chart").then((m) => m.ChinaShareChart), {
  ssr: false,
  loading: placeholder(330),
});
/** Sections below the fold: skipped by layout and paint until they come near the viewport (app/globals.css). */
const OFFSCREEN = "offscreen-skip";
/** Where the charts below the sector chart and the products table go until the dataset is in the browser. */
const DetailsPlaceholder = placeholder(1600);

/**
 * The dashboard: a shell over view models (lib/view-models). The server renders `initial` (the answer, the controls,
 * the element strip, the sector chart); the browser then loads the dataset, after which it computes every view itself
 * and the controls come alive. A change redraws the answer, the strip and the sector chart at once; the charts below
 * and the products table follow a frame later (useDeferredValue).
 */
export function Dashboard({ initial, search }: { initial: DashboardView; search: string }) {
  const { state: load, retry } = useDataset();
  const dataset = load.status === "ready" ? load.data : null;
  const [url, setUrl] = useDashboardUrl(search);
  const { today } = initial;

  const scenarioKey = scenarioUrlKey(url);
  // Keyed on the scenario's part of the URL: sorting the table or opening a product does not run the engine again.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- scenarioKey stands for the scenario keys of url
  const model = useMemo(() => (dataset ? computeDashboardModel(dataset, url, today) : null), [dataset, scenarioKey, today]);
  const view = useMemo(() => (model ? toDashboardView(model) : initial), [model, initial]);
  const statics = useMemo(() => (dataset ? computeDashboardStatics(dataset, today) : null), [dataset, today]);
  const deferred = useDeferredValue(model);
  const charts = useMemo(() => (deferred && statics ? toDashboardChartsView(deferred, statics) : null), [deferred, statics]);
  const { sector: tableSector, status, sort, dir, product } = url;
  const products = useMemo(
    () => (deferred && statics ? toDashboardProductsView(deferred, statics, { sector: tableSector, status, sort, dir, product }) : null),
    [deferred, statics, tableSector, status, sort, dir, product],
  );
  const sources = useMemo(() => statics?.sourceLines ?? new Map(Object.entries(initial.sourceLines)), [statics, initial]);
  const context: ChartContext = useMemo(
    () => ({ dataset: view.dataset, scenario: view.scenarioText, sources, today }),
    [view.dataset, view.scenarioText, sources, today],
  );
  // The charts below follow the deferred model, their frames (exports, citations) the deferred scenario.
  const deferredContext = useDeferredValue(context);

  const onPatch = useCallback((patch: ScenarioQueryPatch) => setUrl(patch), [setUrl]);
  const onSelect = useCallback((id: string) => setUrl(selectRegimeInQuery(id)), [setUrl]);
  const onAsOf = useCallback((date: string) => setUrl(setAsOfInQuery(date)), [setUrl]);
  const onTableQuery = useCallback((q: Partial<ProductTableQuery>) => setUrl(q), [setUrl]);
  const onOpenProduct = useCallback((id: string | null) => setUrl({ product: id }), [setUrl]);
  // Worked out when the menu opens, not on every toggle: each option resolves a scenario. Empty until the dataset is in.
  const getCompareOptions = useCallback(() => (model ? listDashboardCompareOptions(model) : []), [model]);

  const ready = model !== null;
  return (
    <div className="space-y-6" data-testid={testIds.dashboard} data-ready={ready}>
      <ScenarioNotices notices={view.notices} warnings={view.warnings} />
      {load.status === "error" && <LoadError testId={testIds.dashboardError} retryTestId={testIds.retryButton} message={load.message} onRetry={retry} retrying={false} />}
      <SummaryPanel summary={view.summary} query={view.query} context={context} sourceIds={view.scenarioSourceIds} getCompareOptions={getCompareOptions} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[340px_minmax(0,1fr)]">
        <aside aria-label="Scenario controls" className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2">
          {/* Disabled until the dataset is in the browser: the page computes what a change does there. */}
          <fieldset disabled={!ready} aria-busy={!ready} className="min-w-0 space-y-5">
            <RegimePicker picker={view.picker} onSelect={onSelect} onAsOf={onAsOf} />
            <ViewControls controls={view.controls} onPatch={onPatch} />
            <ElementStrip strip={view.strip} onPatch={onPatch} />
            <RuleControls controls={view.controls} onPatch={onPatch} />
          </fieldset>
        </aside>

        <div className="min-w-0 space-y-6">
          <ChartFrame {...view.sector.frame} context={context} testId={testIds.sectorChart} tableTestId={testIds.sectorTable} rowTestId={testIds.sectorRow} keepTable>
            <SectorExposureChart rows={view.sector.rows} />
          </ChartFrame>

          {charts && products ? (
            <>
              <ChartFrame {...charts.heatmap.frame} context={deferredContext} className={OFFSCREEN} testId={testIds.elementHeatmapFrame} tableTestId={testIds.elementHeatmapTable}>
                <LazyMount minHeight={320}>
                  <ElementHeatmapChart series={charts.heatmap.series} />
                </LazyMount>
              </ChartFrame>
              <ChartFrame {...charts.comparison.frame} context={deferredContext} className={OFFSCREEN} testId={testIds.regimeComparisonChart} tableTestId={testIds.regimeComparisonTable}>
                <LazyMount minHeight={880}>
                  <RegimeComparisonChart series={charts.comparison.series} />
                </LazyMount>
              </ChartFrame>
              <ProductsTable table={products} sources={sources} onQuery={onTableQuery} onOpen={onOpenProduct} className={OFFSCREEN} />
              <ChartFrame {...charts.timeline.frame} context={deferredContext} className={OFFSCREEN} testId={testIds.measuresTimelineChart} tableTestId={testIds.measuresTimelineTable}>
                <LazyMount minHeight={480}>
                  <MeasuresTimelineChart series={charts.timeline.series} />
                </LazyMount>
              </ChartFrame>
              <ChartFrame {...charts.chinaShare.frame} context={deferredContext} className={OFFSCREEN} testId={testIds.chinaShareChart} tableTestId={testIds.chinaShareTable}>
                <LazyMount minHeight={330}>
                  <ChinaShareChart series={charts.chinaShare.series} />
                </LazyMount>
              </ChartFrame>
            </>
          ) : (
            <DetailsPlaceholder />
          )}
        </div>
      </div>
    </div>
  );
}
