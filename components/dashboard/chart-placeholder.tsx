/** A grey block of a chart's height while its code loads: nothing shifts when the chart arrives. */
export function chartPlaceholder(height: number) {
  return function ChartPlaceholder() {
    return <div className="animate-pulse rounded bg-border/40" style={{ height }} />;
  };
}
