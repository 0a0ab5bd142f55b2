/** Holds the dashboard's place while the dataset loads, at the same size, so nothing shifts. */
export function DashboardSkeleton() {
  return (
    <div role="status" className="grid grid-cols-1 gap-6 lg:grid-cols-[340px_minmax(0,1fr)]" aria-busy="true" aria-label="Loading the dataset">
      <div className="space-y-4">
        {[56, 180, 320].map((h) => (
          <div key={h} className="animate-pulse rounded-lg bg-border/60" style={{ height: h }} />
        ))}
      </div>
      <div className="space-y-6">
        <div className="h-28 animate-pulse rounded-lg bg-border/60" />
        <div className="h-[480px] animate-pulse rounded-lg bg-border/60" />
      </div>
    </div>
  );
}
