import Link from "next/link";
import { SectorExposureChart } from "@/components/charts/sector-exposure-chart";
import { ChartFrame } from "@/components/ui/chart-frame";
import { toSectorSeries } from "@/lib/charts/sector-series";
import { getDataset } from "@/lib/data/load-dataset";
import { computeExposure } from "@/lib/engine/compute-exposure";
import { formatShare, formatUsdCompact } from "@/lib/format/format-number";
import { scenarioFromParams, todayIso } from "@/lib/scenario/scenario-from-params";
import { testIds } from "@/lib/test-ids";

export const dynamic = "force-dynamic";

const DEFAULT_REGIME = "apr-2025";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: PageProps) {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const x of [v].flat()) if (x !== undefined) params.append(k, x);
  if (!params.has("regime") && !params.has("asOf")) params.set("regime", DEFAULT_REGIME);

  const dataset = getDataset();
  const today = todayIso();
  let parsed = scenarioFromParams(dataset, params, today);
  const notice = parsed.ok ? null : parsed.error;
  if (!parsed.ok) parsed = scenarioFromParams(dataset, new URLSearchParams({ regime: DEFAULT_REGIME }), today);
  if (!parsed.ok) throw new Error("default scenario must resolve");
  const scenario = parsed.value;
  const result = computeExposure(dataset, scenario);
  const rows = toSectorSeries(result);
  const top = rows[0];

  return (
    <main className="mx-auto max-w-5xl p-4 sm:p-8">
      <h1 className="text-2xl font-bold">Rare-earth export controls: which industries are exposed</h1>
      <p className="mt-2 text-muted">
        Under a chosen Chinese export-control regime, the share of each sector&apos;s annual value whose rare-earth
        inputs need a licence, face case-by-case review or are denied.
      </p>
      {notice && (
        <p role="alert" data-testid={testIds.scenarioNotice} className="mt-4 rounded border border-status-denied p-3 text-sm">
          The link&apos;s parameter &quot;{notice.param}&quot; was not valid ({notice.message}); showing the default regime instead.
        </p>
      )}
      <nav aria-label="Regime" className="mt-6 flex flex-wrap gap-2" data-testid={testIds.regimePicker}>
        {dataset.regimes.regimes.map((r) => (
          <Link
            key={r.id}
            href={`/?regime=${r.id}`}
            aria-current={scenario.regime === r.id ? "page" : undefined}
            className="rounded-full border border-border px-3 py-1 text-sm aria-[current=page]:border-accent aria-[current=page]:font-semibold"
          >
            {r.name}
          </Link>
        ))}
      </nav>
      <p className="mt-4 text-sm" data-testid={testIds.controlledCount}>
        {scenario.controlledElements.length} of 17 controlled
        {scenario.controlledElements.length > 0 && `: ${scenario.controlledElements.join(", ")}`}
      </p>
      {scenario.caveats.map((c) => (
        <p key={c} className="mt-2 text-sm text-muted">
          {c}
        </p>
      ))}
      <div className="mt-6">
        <ChartFrame
          testId={testIds.sectorChart}
          title={`Sector exposure: ${scenario.regimeName}`}
          takeaway={
            top && top.total > 0
              ? `${top.name} is the most exposed: ${top.total.toFixed(1)} % of its value at risk, driven by ${top.drivers.join(", ") || "—"}.`
              : "No sector is exposed under this regime."
          }
          source={`Data: rare-earth exposure dataset ${dataset.meta.version}; measures from MOFCOM/GAC announcements; see /api/dataset for every source.`}
          table={
            <table className="w-full text-left" data-testid={testIds.sectorTable}>
              <thead>
                <tr>
                  <th scope="col">Sector</th>
                  <th scope="col">Exposure</th>
                  <th scope="col">Value at risk</th>
                  <th scope="col">Drivers</th>
                </tr>
              </thead>
              <tbody>
                {result.sectors.map((s) => (
                  <tr key={s.id} data-testid={testIds.sectorRow(s.id)}>
                    <th scope="row" className="font-normal">{s.name}</th>
                    <td data-value={s.exposure}>{formatShare(s.exposure)}{s.exposureBasis === "product-count" ? " (by product count)" : ""}</td>
                    <td>{formatUsdCompact(s.valueAtRiskUsd)}</td>
                    <td>{s.drivers.join(", ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <SectorExposureChart rows={rows} />
        </ChartFrame>
      </div>
    </main>
  );
}
