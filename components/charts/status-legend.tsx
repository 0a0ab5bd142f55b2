import { STATUS_SEGMENTS } from "@/lib/format/status-vocabulary";

/** The legend under every stacked status bar chart: one swatch per restricted status, and the hatch where a range shows. */
export function StatusLegend({ showRange, className }: { showRange: boolean; className: string }) {
  return (
    <ul className={className} aria-label="Legend">
      {STATUS_SEGMENTS.map((s) => (
        <li key={s.key} className="flex items-center gap-1">
          <span aria-hidden className="inline-block h-3 w-3" style={{ background: s.color }} />
          {s.label}
        </li>
      ))}
      {showRange && (
        <li className="flex items-center gap-1">
          <span aria-hidden className="range-hatch inline-block h-3 w-3 border border-muted" />
          Not on record: up to, if the suspension lapsed
        </li>
      )}
    </ul>
  );
}
