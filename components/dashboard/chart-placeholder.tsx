/** A grey block of a chart's height while its code loads: nothing shifts when the chart arrives. */
export function chartPlaceholder(height: number) {
  return function ChartPlaceholder() {
    // data-lazy="loading": the specs and the bench wait for these to be replaced (e2e/helpers.ts mountAllCharts).
    return <div className="animate-pulse rounded bg-border/40" style={{ height }} data-lazy="loading" />;
  };
}
