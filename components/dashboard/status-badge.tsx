import { Badge } from "@/components/ui/badge";
import type { Status } from "@/lib/engine/status";
import { STATUS_LABEL } from "@/lib/format/status-vocabulary";

// Literal class names, so that Tailwind finds them; the colours themselves are the tokens lib/format/status-vocabulary names.
const STYLE: Record<Status, string> = {
  free: "border-border text-muted",
  license: "border-status-license bg-status-license/20",
  "case-by-case": "border-status-case bg-status-case/20",
  denied: "border-status-denied bg-status-denied/20",
};

export function StatusBadge({ status }: { status: Status }) {
  return (
    <Badge tone={STYLE[status]} data={{ "data-status": status }}>
      {STATUS_LABEL[status]}
    </Badge>
  );
}

/** A status the record may leave open: one badge, or "low → high" with the high end marked as not on record. */
export function StatusRangeBadge({ status }: { status: { low: Status; high: Status } }) {
  if (status.low === status.high) return <StatusBadge status={status.high} />;
  return (
    <span className="inline-flex flex-wrap items-center gap-1" title="Low: suspension extended; high: lapsed (not on record)">
      <StatusBadge status={status.low} />
      <span aria-hidden>→</span>
      <span className="sr-only">to</span>
      <StatusBadge status={status.high} />
    </span>
  );
}
