import { Badge } from "@/components/ui/badge";
import { ACTION_LABELS, type Action } from "@/lib/parts/actions";

const STYLE: Record<Action, string> = {
  hold: "border-status-denied bg-status-denied/20",
  apply: "border-status-license bg-status-license/20",
  review: "border-status-case bg-status-case/20",
  "insufficient-data": "border-muted border-dashed",
  clear: "border-border text-muted",
};

export function ActionBadge({ action }: { action: Action }) {
  return (
    <Badge tone={STYLE[action]} data={{ "data-action": action }}>
      {ACTION_LABELS[action]}
    </Badge>
  );
}
