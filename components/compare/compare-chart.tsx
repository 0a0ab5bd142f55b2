import type { BarView, CompareView } from "@/lib/compare/compare-view";
import { testIds } from "@/lib/test-ids";

const SEGMENTS = [
  { key: "license", label: "Licence required", color: "var(--status-license)" },
  { key: "caseByCase", label: "Case-by-case", color: "var(--status-case)" },
  { key: "denied", label: "Denied", color: "var(--status-denied)" },
] as const;

const GRID = { backgroundImage: "linear-gradient(to right, var(--border) 1px, transparent 1px)", backgroundSize: "25% 100%" };

/** One bar on the 0–100 % track: stacked by status to the low end, hatched on to the high end (as the dashboard's). */
function Bar({ bar }: { bar: BarView }) {
  return (
    <div aria-hidden className="relative h-3.5 min-w-0 flex-1 border-l border-muted" style={GRID}>
      <div className="absolute inset-y-0 left-0 flex" style={{ width: `${bar.low}%` }}>
        {SEGMENTS.map((s) =>
          bar[s.key] > 0 ? <div key={s.key} className="h-full" style={{ width: `${bar.low > 0 ? (bar[s.key] / bar.low) * 100 : 0}%`, minWidth: 2, background: s.color }} /> : null,
        )}
      </div>
      {bar.high > bar.low && <div className="range-hatch absolute inset-y-0 border border-muted" style={{ left: `${bar.low}%`, width: `${bar.high - bar.low}%`, minWidth: 2 }} />}
    </div>
  );
}

/**
 * Both scenarios' bars for every sector on one 0–100 % scale, A above B, with each value and the change in points.
 * Plain elements, rendered on the server: the values are text, the bars decoration.
 */
export function CompareChart({ chart }: { chart: CompareView["chart"] }) {
  return (
    <div data-testid={testIds.compareChart} className="text-xs">
      <div aria-hidden className="hidden grid-cols-[14rem_minmax(0,1fr)_6rem] gap-x-3 text-muted sm:grid">
        <span />
        <div className="relative ml-5 mr-[4.5rem] h-4">
          {[0, 25, 50, 75, 100].map((t) => (
            <span key={t} className={`absolute whitespace-nowrap tabular-nums ${t === 100 ? "-translate-x-full" : t === 0 ? "" : "-translate-x-1/2"}`} style={{ left: `${t}%` }}>
              {t} %
            </span>
          ))}
        </div>
        <span className="text-right">Change</span>
      </div>
      <ul>
        {chart.rows.map((r) => (
          <li key={r.id} data-testid={testIds.compareChartRow(r.id)} data-direction={r.direction} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 border-b border-border py-1.5 sm:grid-cols-[14rem_minmax(0,1fr)_6rem]">
            <span className="col-span-2 text-sm sm:col-span-1">
              {r.name}
              {r.mark}
            </span>
            <div className="space-y-0.5">
              {(["a", "b"] as const).map((k) => (
                <div key={k} className="flex items-center gap-1.5">
                  <span className="w-3.5 font-semibold text-muted">
                    <span className="sr-only">Scenario </span>
                    {k.toUpperCase()}
                  </span>
                  <Bar bar={r[k]} />
                  <span className="w-16 text-right tabular-nums">{r[k].display}</span>
                </div>
              ))}
            </div>
            <span className="text-right text-sm font-semibold whitespace-nowrap tabular-nums">
              <span className="sr-only">Change: </span>
              {r.change}
            </span>
          </li>
        ))}
      </ul>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1" aria-label="Legend">
        {SEGMENTS.map((s) => (
          <li key={s.key} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-3 w-3" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
        {chart.anyRange && (
          <li className="flex items-center gap-1">
            <span aria-hidden className="range-hatch inline-block h-3 w-3 border border-muted" />
            Not on record: up to, if the suspension lapsed
          </li>
        )}
      </ul>
    </div>
  );
}
