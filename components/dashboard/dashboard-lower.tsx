"use client";

import dynamic from "next/dynamic";
import { useMemo } from "react";
import { type ChartContext, ChartFrame, type SourceLookup } from "@/components/ui/chart-frame";
import { LazyMount } from "@/components/ui/lazy-mount";
import type { ProductTableQuery } from "@/lib/tables/product-rows";
import { testIds } from "@/lib/test-ids";
import { computeDashboardStatics, toDashboardChartsView, toDashboardProductsView } from "@/lib/view-models/dashboard-details-view";
import type { DashboardUrl } from "@/lib/view-models/dashboard-url";
import type { DashboardModel } from "@/lib/view-models/dashboard-view";
import { chartPlaceholder } from "./chart-placeholder";
import { ProductsTable } from "./products-table";

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

/** Sections below the fold: skipped by layout and paint until they come near the viewport (app/globals.css). */
const OFFSCREEN = "offscreen-skip";

type Props = {
  /** The deferred model: this part follows a change a frame after the answer and the sector chart. */
  model: DashboardModel;
  /** The table's keys in the URL (sector, status, sort, dir, product). */
  tableUrl: Pick<DashboardUrl, "sector" | "status" | "sort" | "dir" | "product">;
  context: ChartContext;
  sources: SourceLookup;
  onTableQuery: (q: Partial<ProductTableQuery>) => void;
  onOpenProduct: (id: string | null) => void;
};

/**
 * The page below the heatmap: every regime compared, the products table, the timeline and China's shares. Its own
 * chunk, loaded when a reader scrolls near it (components/dashboard/dashboard.tsx); computes through view models only.
 */
export function DashboardLower({ model, tableUrl, context, sources, onTableQuery, onOpenProduct }: Props) {
  const { dataset, today } = model;
  const statics = useMemo(() => computeDashboardStatics(dataset, today), [dataset, today]);
  const charts = useMemo(() => toDashboardChartsView(model, statics), [model, statics]);
  const { sector, status, sort, dir, product } = tableUrl;
  const products = useMemo(
    () => toDashboardProductsView(model, statics, { sector, status, sort, dir, product }),
    [model, statics, sector, status, sort, dir, product],
  );
  return (
    <div className="space-y-6">
      <ChartFrame {...charts.comparison.frame} context={context} className={OFFSCREEN} testId={testIds.regimeComparisonChart} tableTestId={testIds.regimeComparisonTable}>
        <LazyMount minHeight={880}>
          <RegimeComparisonChart series={charts.comparison.series} />
        </LazyMount>
      </ChartFrame>
      <ProductsTable table={products} sources={sources} onQuery={onTableQuery} onOpen={onOpenProduct} className={OFFSCREEN} />
      <ChartFrame {...charts.timeline.frame} context={context} className={OFFSCREEN} testId={testIds.measuresTimelineChart} tableTestId={testIds.measuresTimelineTable}>
        <LazyMount minHeight={480}>
          <MeasuresTimelineChart series={charts.timeline.series} />
        </LazyMount>
      </ChartFrame>
      <ChartFrame {...charts.chinaShare.frame} context={context} className={OFFSCREEN} testId={testIds.chinaShareChart} tableTestId={testIds.chinaShareTable}>
        <LazyMount minHeight={330}>
          <ChinaShareChart series={charts.chinaShare.series} />
        </LazyMount>
      </ChartFrame>
    </div>
  );
}
