import { ChinaShareChart, ChinaShareTable } from "@/components/charts/china-share-chart";
import { ElementHeatmapChart, ElementHeatmapTable } from "@/components/charts/element-heatmap-chart";
import { MeasuresTimelineChart, MeasuresTimelineTable } from "@/components/charts/measures-timeline-chart";
import { RegimeComparisonChart, RegimeComparisonTable } from "@/components/charts/regime-comparison-chart";
import { ChartFrame } from "@/components/ui/chart-frame";
import { toChinaShareSeries } from "@/lib/charts/china-share-series";
import { toElementHeatmapSeries } from "@/lib/charts/element-heatmap-series";
import { toMeasuresTimelineSeries } from "@/lib/charts/measures-timeline-series";
import { toRegimeComparisonSeries } from "@/lib/charts/regime-comparison-series";
import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { resolveScenario } from "@/lib/engine/resolve-scenario";
import { testIds } from "@/lib/test-ids";

const TODAY = "2026-11-25";

export default function ChartPreview() {
  const dataset = getDataset();
  const result = computeExposure(dataset, resolveScenario(dataset, { regime: "breakdown", chinaShare: { Dy: 0.5 } }, TODAY));
  const comparison = toRegimeComparisonSeries(dataset, result, TODAY);
  const heatmap = toElementHeatmapSeries(result);
  const timeline = toMeasuresTimelineSeries(dataset, TODAY);
  const shares = toChinaShareSeries(dataset, result.scenario.chinaShareOverrides);
  return (
    <main className="mx-auto max-w-[1100px] space-y-6 p-4 sm:p-6">
      <ChartFrame testId={testIds.regimeComparisonChart} title="Exposure by preset" takeaway={comparison.takeaway} source={comparison.source} table={<RegimeComparisonTable series={comparison} />}>
        <RegimeComparisonChart series={comparison} />
      </ChartFrame>
      <ChartFrame testId={testIds.elementHeatmap + "-frame"} title="Through which elements" takeaway={heatmap.takeaway} source={heatmap.source} table={<ElementHeatmapTable series={heatmap} />}>
        <ElementHeatmapChart series={heatmap} />
      </ChartFrame>
      <ChartFrame testId={testIds.measuresTimelineChart} title="Measures over time" takeaway={timeline.takeaway} source={timeline.source} table={<MeasuresTimelineTable series={timeline} />}>
        <MeasuresTimelineChart series={timeline} />
      </ChartFrame>
      <ChartFrame testId={testIds.chinaShareChart} title="China's share by element" takeaway={shares.takeaway} source={shares.source} table={<ChinaShareTable series={shares} />}>
        <ChinaShareChart series={shares} />
      </ChartFrame>
    </main>
  );
}
