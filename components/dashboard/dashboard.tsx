"use client";

import dynamic from "next/dynamic";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { SectorExposureChart } from "@/components/charts/sector-exposure-chart";
import { type ChartContext, ChartFrame } from "@/components/ui/chart-frame";
import { LazyMount } from "@/components/ui/lazy-mount";
import { LoadError } from "@/components/ui/load-error";
import { useIdleJobs } from "@/components/ui/use-idle-jobs";
import { type ScenarioQueryPatch, selectRegimeInQuery, setAsOfInQuery } from "@/lib/scenario/scenario-url-actions";
import type { ProductTableQuery } from "@/lib/tables/product-rows";
import { testIds } from "@/lib/test-ids";
import { opensProductsTable, scenarioUrlKey } from "@/lib/view-models/dashboard-url";
import type { DashboardView } from "@/lib/view-models/dashboard-view";
import { createStructureSharer } from "@/lib/view-models/share-structure";
import { chartPlaceholder } from "./chart-placeholder";
import { ElementStrip } from "./element-strip";
import { RegimePicker } from "./regime-picker";
import { RuleControls, ViewControls } from "./rule-controls";
import { ScenarioNotices } from "./scenario-notices";
import { SummaryPanel } from "./summary-panel";
import { useDashboardUrl } from "./use-dashboard-url";
import { useDataset } from "./use-dataset";

/** About the height of the part below the heatmap at 1440 px: the comparison, the table, the timeline, the shares. */
const LOWER_HEIGHT = 3900;
// The page below the heatmap (every regime compared, the products table, the timeline, China's shares) is its own
// chunk with its own work, loaded when a reader scrolls near it: the first load carries only what the first screen
// shows and what a toggle redraws. The placeholder holds the part's height, so nothing shifts when it arrives.
const DashboardLower = dynamic(() => import("./dashboard-lower").then((m) => m.DashboardLower), {
  ssr: false,
  loading: chartPlaceholder(LOWER_HEIGHT),
});
// The heatmap's frame (takeaway, table, exports) comes with the page; its drawing loads when scrolled near.
const ElementHeatmapChart = dynamic(() => import("@/components/charts/element-heatmap-chart").then((m) => m.ElementHeatmapChart), {
  ssr: false,
  loading: chartPlaceholder(320),
});
/** Sections below the fold: skipped by layout and paint until they come near the viewport (app/globals.css). */
const OFFSCREEN = "offscreen-skip";
/** Where the heatmap and the part below go until the dataset is in the browser. */
const DetailsPlaceholder = chartPlaceholder(1600);

/**
 * The dashboard: a shell over view models (lib/view-models). The server renders `initial` (the answer, the controls,
 * the element strip, the sector chart); the browser then loads the dataset, after which it computes every view itself
 * and the controls come alive. A change redraws the answer, the strip and the sector chart at once; the charts below
 * and the products table follow a frame later (useDeferredValue).
 */
export function Dashboard({ initial, search }: { initial: DashboardView; search: string }) {
  const { state: load, retry } = useDataset();
  // The engine and the view models arrive with the dataset: until then the page shows the server's view.
  const { dataset, compute } = load.status === "ready" ? load.data : { dataset: null, compute: null };
  const [url, setUrl, currentSearch] = useDashboardUrl(search);
  const { today } = initial;

  // The last answers are kept (lib/view-models/dashboard-answers.ts): toggling back, or to a scenario worked out
  // ahead, runs no engine in the click's frame.
  const answers = useMemo(() => (dataset && compute ? compute.createDashboardAnswers(dataset, today) : null), [dataset, compute, today]);
  const scenarioKey = scenarioUrlKey(url);
  // Keyed on the scenario's part of the URL: sorting the table or opening a product does not run the engine again.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- scenarioKey stands for the scenario keys of url
  const answer = useMemo(() => answers?.answerFor(url) ?? null, [answers, scenarioKey]);
  const model = answer?.model ?? null;
  // What a toggle leaves unchanged keeps its identity, so the memoised controls and tiles are not drawn again.
  const [shareView] = useState(createStructureSharer<DashboardView>);
  const view = useMemo(() => shareView(answer?.view ?? initial), [answer, initial, shareView]);
  // While the page is idle, the scenarios one toggle away are worked out: the next toggle draws a kept answer.
  const toggles = view.strip.toggles;
  const planWarmUp = useMemo(
    () => (answers && compute ? () => answers.missing(compute.listPatchedUrls(currentSearch, Object.values(toggles))).map((u) => () => void answers.answerFor(u)) : null),
    [answers, compute, currentSearch, toggles],
  );
  useIdleJobs(planWarmUp);
  const deferred = useDeferredValue(model);
  const heatmap = useMemo(() => (deferred && compute ? compute.toDashboardHeatmapView(deferred) : null), [deferred, compute]);
  const { sector: tableSector, status, sort, dir, product } = url;
  const opensInTable = opensProductsTable(url);
  const tableUrl = useMemo(() => ({ sector: tableSector, status, sort, dir, product }), [tableSector, status, sort, dir, product]);
  const sources = useMemo(() => (dataset && compute ? compute.computeSourceLines(dataset) : new Map(Object.entries(initial.sourceLines))), [dataset, compute, initial]);
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
  const getCompareOptions = useCallback(() => (model && compute ? compute.listDashboardCompareOptions(model) : []), [model, compute]);

  // Built apart from the answer above: a toggle's first frame re-renders the answer, the strip and the sector chart,
  // and React skips this unchanged element until the deferred model arrives a frame later.
  const details = useMemo(
    () =>
      heatmap && deferred ? (
        <>
          <ChartFrame {...heatmap.frame} context={deferredContext} className={OFFSCREEN} testId={testIds.elementHeatmapFrame} tableTestId={testIds.elementHeatmapTable}>
            <LazyMount minHeight={320}>
              <ElementHeatmapChart series={heatmap.series} />
            </LazyMount>
          </ChartFrame>
          <LazyMount minHeight={LOWER_HEIGHT} eager={opensInTable} testId={testIds.dashboardLower}>
            <DashboardLower model={deferred} tableUrl={tableUrl} context={deferredContext} sources={sources} onTableQuery={onTableQuery} onOpenProduct={onOpenProduct} />
          </LazyMount>
        </>
      ) : (
        <DetailsPlaceholder />
      ),
    [heatmap, deferred, deferredContext, tableUrl, opensInTable, sources, onTableQuery, onOpenProduct],
  );

  const ready = model !== null;
  return (
    <div className="space-y-6" data-testid={testIds.dashboard} data-ready={ready}>
      <ScenarioNotices notices={view.notices} warnings={view.warnings} />
      {load.status === "error" && <LoadError testId={testIds.dashboardError} retryTestId={testIds.retryButton} message={load.message} onRetry={retry} retrying={false} />}
      <SummaryPanel summary={view.summary} query={view.query} context={context} sourceIds={view.scenarioSourceIds} getCompareOptions={getCompareOptions} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[340px_minmax(0,1fr)]">
        <aside aria-label="Scenario controls" className="redraw-block lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2">
          {/* Disabled until the dataset is in the browser: the page computes what a change does there. */}
          <fieldset disabled={!ready} aria-busy={!ready} className="min-w-0 space-y-5">
            <RegimePicker picker={view.picker} onSelect={onSelect} onAsOf={onAsOf} />
            <ViewControls controls={view.controls} onPatch={onPatch} />
            <ElementStrip strip={view.strip} onPatch={onPatch} />
            <RuleControls controls={view.controls} onPatch={onPatch} />
          </fieldset>
        </aside>

        <div className="min-w-0 space-y-6">
          <ChartFrame {...view.sector.frame} context={context} testId={testIds.sectorChart} tableTestId={testIds.sectorTable} rowTestId={testIds.sectorRow}>
            <SectorExposureChart rows={view.sector.rows} />
          </ChartFrame>

          {details}
        </div>
      </div>
    </div>
  );
}
