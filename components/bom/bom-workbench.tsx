"use client";

import { describeScenarioBrief } from "@/lib/report/scenario-lines";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { BomStatusChart } from "@/components/charts/bom-status-chart";
import { RegimePicker } from "@/components/dashboard/regime-picker";
import { StatusBadge, statusLabel } from "@/components/dashboard/status-badge";
import { useDashboardState } from "@/components/dashboard/use-dashboard-state";
import { saveBlob } from "@/components/ui/chart-export";
import { ChartFrame } from "@/components/ui/chart-frame";
import { toBomStatusChartData } from "@/lib/chart-data/bom-status-chart-data";
import { sourcesOfRules } from "@/lib/chart-data/chart-sources";
import { describeScenario } from "@/lib/cite/describe-scenario";
import { BOM_MAX_BYTES, BOM_REQUIRED_COLUMNS, type ColumnMapping, suggestColumnMapping } from "@/lib/bom/bom-columns";
import { bomReportFileName } from "@/lib/bom/build-bom-report";
import { listRegimes } from "@/lib/engine/list-regimes";
import { STATUSES, type Status } from "@/lib/engine/status";
import { formatPct, formatUsdCompact } from "@/lib/format/format-number";
import { datasetQueryOptions } from "@/lib/queries";
import { resolveUrlScenario } from "@/lib/scenario/resolve-url-scenario";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { scenarioSlug } from "@/lib/scenario/scenario-query";
import { selectRegimeInQuery, setAsOfInQuery } from "@/lib/scenario/scenario-url-actions";
import { testIds } from "@/lib/test-ids";
import { clearStoredBom, loadStoredBom, saveStoredBom, type StoredBom } from "./bom-store";
import { useBomWorker } from "./use-bom-worker";

const PAGE = 100;
const MB = 1_000_000;

export function BomWorkbench() {
  const { data: dataset, error: datasetError, refetch } = useQuery(datasetQueryOptions);
  const [url, setUrl] = useDashboardState();
  const today = todayIso();
  const resolved = useMemo(() => (dataset ? resolveUrlScenario(dataset, url, today) : null), [dataset, url, today]);
  const regimes = useMemo(() => (dataset ? listRegimes(dataset, today) : []), [dataset, today]);
  const { state, run } = useBomWorker();
  const [stored, setStored] = useState<StoredBom | null | undefined>(undefined);
  const [pasted, setPasted] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [draftMapping, setDraftMapping] = useState<ColumnMapping>({});
  const [statusFilter, setStatusFilter] = useState<Status | "">("");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(0);
  const [pdfBusy, setPdfBusy] = useState(false);

  // What was uploaded before a reload comes back from IndexedDB.
  useEffect(() => {
    loadStoredBom()
      .then((b) => setStored(b ?? null))
      .catch(() => setStored(null));
  }, []);

  // Every change of file, mapping or scenario reruns the pipeline in the worker.
  useEffect(() => {
    if (!dataset || !resolved || !stored) return;
    run({
      bytes: stored.bytes.slice(0),
      fileName: stored.fileName,
      mapping: stored.mapping,
      dataset,
      scenario: resolved.scenario,
      generatedAt: new Date().toISOString(),
    });
  }, [dataset, resolved, stored, run]);

  const accept = async (fileName: string, bytes: ArrayBuffer) => {
    setInputError(null);
    if (bytes.byteLength === 0) return setInputError("The file is empty.");
    if (bytes.byteLength > BOM_MAX_BYTES) {
      return setInputError(`The file is ${(bytes.byteLength / MB).toFixed(1)} MB; the limit is ${BOM_MAX_BYTES / MB} MB.`);
    }
    const next: StoredBom = { fileName, bytes, size: bytes.byteLength, mapping: null, savedAt: new Date().toISOString() };
    await saveStoredBom(next);
    setStored(next);
    setPage(0);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > BOM_MAX_BYTES) {
      return setInputError(`"${file.name}" is ${(file.size / MB).toFixed(1)} MB; the limit is ${BOM_MAX_BYTES / MB} MB.`);
    }
    await accept(file.name, await file.arrayBuffer());
  };

  if (datasetError) {
    return (
      <div role="alert" className="rounded border border-status-denied p-4">
        The reference data could not be loaded. <button type="button" className="underline" onClick={() => refetch()}>Retry</button>
      </div>
    );
  }
  if (!dataset || !resolved) return <div role="status" className="h-96 animate-pulse rounded-lg bg-border/60" aria-busy="true" aria-label="Loading" />;

  const { scenario } = resolved;
  const done = state.phase === "done" ? state.result : null;
  const report = done?.report;
  const parts = report?.parts ?? [];
  const q = search.trim().toLowerCase();
  const filtered = parts.filter(
    (p) => (statusFilter === "" || p.status === statusFilter) && (q === "" || p.partId.toLowerCase().includes(q) || p.description.toLowerCase().includes(q)),
  );
  const shown = filtered.slice(page * PAGE, page * PAGE + PAGE);
  const needsMapping = done?.fileError?.code === "missing-columns";
  const suggested = done ? suggestColumnMapping(done.headers) : {};

  const downloadPdf = async () => {
    if (!stored) return;
    setPdfBusy(true);
    try {
      // The columns the user matched by hand travel with the file, so the server reads it as the page did.
      const mapping = stored.mapping ? `&mapping=${encodeURIComponent(JSON.stringify(stored.mapping))}` : "";
      const res = await fetch(`/api/bom?${report?.scenarioQuery ?? ""}&format=pdf${mapping}`, {
        method: "POST",
        headers: { "Content-Type": "text/csv; charset=utf-8" },
        body: stored.bytes,
      });
      if (!res.ok) throw new Error(((await res.json()) as { error?: { message?: string } }).error?.message ?? `HTTP ${res.status}`);
      const name = /filename="([^"]+)"/.exec(res.headers.get("Content-Disposition") ?? "")?.[1] ?? "bom-report.pdf";
      saveBlob(await res.blob(), name);
    } catch (e) {
      setInputError(`The PDF could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setPdfBusy(false);
    }
  };

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[340px_minmax(0,1fr)]">
      <aside className="space-y-5" aria-label="Your file and the scenario">
        <RegimePicker
          regimes={regimes}
          selected={scenario.regime}
          asOf={scenario.asOf}
          onSelect={(id) => void setUrl(selectRegimeInQuery(id))}
          onAsOf={(date) => void setUrl(setAsOfInQuery(date))}
        />
        <p className="text-xs text-muted">
          {describeScenarioBrief(scenario)}.{" "}
          <Link className="text-accent underline" href={`/?${report?.scenarioQuery ?? ""}`}>Change on the dashboard</Link>
        </p>

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Your bill of materials (CSV, up to {BOM_MAX_BYTES / MB} MB)</legend>
          <p className="text-xs text-muted">
            One row per part and element:{" "}
            <code>part_id, description, unit_value_usd, element, grams_per_unit, form, china_origin_share, end_use, made_in</code>.{" "}
            <a className="text-accent underline" href="/api/bom/template" download>Download the template</a>.
          </p>
          <label
            className="flex cursor-pointer flex-col items-center justify-center rounded border-2 border-dashed border-border p-4 text-sm"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              void onFile(e.dataTransfer.files[0]);
            }}
          >
            <span>Drop a CSV here or choose a file</span>
            <input
              type="file"
              accept=".csv,text/csv,text/plain"
              className="mt-2 max-w-full text-xs"
              data-testid={testIds.bomFileInput}
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
          </label>
          <details>
            <summary className="cursor-pointer text-sm text-accent">…or paste CSV text</summary>
            <textarea
              aria-label="CSV text"
              data-testid={testIds.bomPaste}
              className="mt-2 h-32 w-full rounded border border-border bg-card p-2 font-mono text-xs"
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
            <button
              type="button"
              data-testid={testIds.bomPasteSubmit}
              className="mt-1 rounded border border-border px-3 py-1 text-sm"
              onClick={() => void accept("pasted.csv", new TextEncoder().encode(pasted).buffer as ArrayBuffer)}
            >
              Check these parts
            </button>
          </details>
          {inputError && (
            <p role="alert" data-testid={testIds.bomFileError} className="text-sm text-status-denied">{inputError}</p>
          )}
          <p className="text-xs text-muted">
            Your file stays in this browser (kept in IndexedDB so a reload loses nothing). It is sent to the server only if
            you ask for the PDF report.
          </p>
          {stored && (
            <p className="text-xs" data-testid={testIds.bomStoredNotice}>
              Kept: <strong>{stored.fileName}</strong> ({(stored.size / 1000).toFixed(1)} kB, {new Date(stored.savedAt).toLocaleString("en-GB")}).{" "}
              <button
                type="button"
                data-testid={testIds.bomClear}
                className="text-accent underline"
                onClick={() => {
                  void clearStoredBom();
                  setStored(null);
                }}
              >
                Forget it
              </button>
            </p>
          )}
        </fieldset>
      </aside>

      <div className="min-w-0 space-y-6">
        {state.phase === "running" && (
          <div data-testid={testIds.bomProgress} className="rounded border border-border p-3 text-sm">
            <p>{state.stage}…</p>
            <progress className="mt-2 w-full" max={100} value={state.pct} aria-label="Progress" />
          </div>
        )}
        {state.phase === "failed" && (
          <p role="alert" className="rounded border border-status-denied p-3 text-sm">The check failed: {state.message}</p>
        )}
        {stored === null && state.phase === "idle" && (
          <p className="rounded border border-border p-4 text-sm text-muted">
            Upload or paste a bill of materials to see which of your parts need a licence, face case-by-case review or are
            denied under the scenario on the left.
          </p>
        )}

        {done?.fileError && !needsMapping && (
          <p role="alert" data-testid={testIds.bomFileError} className="rounded border border-status-denied p-3 text-sm">
            {done.fileError.message}
          </p>
        )}

        {needsMapping && done && stored && (
          <section data-testid={testIds.bomMapping} className="rounded-lg border border-status-case p-4">
            <h2 className="font-semibold">Match your columns</h2>
            <p className="mt-1 text-sm">{done.fileError?.message} Choose which of your file&apos;s columns holds each field.</p>
            <div className="mt-3 grid gap-2 sm:grid-cols-2">
              {BOM_REQUIRED_COLUMNS.map((col) => (
                <label key={col} className="flex items-center justify-between gap-2 text-sm">
                  <code>{col}</code>
                  <select
                    data-testid={testIds.bomMappingSelect(col)}
                    className="max-w-[12rem] rounded border border-border bg-card p-1"
                    value={draftMapping[col] ?? suggested[col] ?? ""}
                    onChange={(e) => setDraftMapping({ ...draftMapping, [col]: e.target.value || undefined })}
                  >
                    <option value="">—</option>
                    {done.headers.map((h) => (
                      <option key={h} value={h}>{h}</option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            <button
              type="button"
              data-testid={testIds.bomMappingApply}
              className="mt-3 rounded border border-accent px-3 py-1 text-sm text-accent"
              onClick={() => {
                const mapping = { ...suggested, ...draftMapping };
                const next = { ...stored, mapping };
                void saveStoredBom(next);
                setStored(next);
              }}
            >
              Use these columns
            </button>
          </section>
        )}

        {report && !done?.fileError && (
          <>
            <section data-testid={testIds.bomSummary} className="rounded-lg border border-border bg-card p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="text-sm text-muted">
                  {report.file.name} · {report.file.rows} rows · SHA-256 {report.file.sha256.slice(0, 12)}… · {scenario.regimeName} as of {scenario.asOf}
                  {done && ` · checked in ${Math.round(done.ms)} ms`}
                </p>
                <div className="flex gap-2 text-sm">
                  <button
                    type="button"
                    data-testid={testIds.bomDownloadCsv}
                    className="rounded border border-accent px-3 py-1 text-accent"
                    onClick={() => done && saveBlob(new Blob([done.csv], { type: "text/csv;charset=utf-8" }), bomReportFileName(report, "csv"))}
                  >
                    CSV report
                  </button>
                  <button
                    type="button"
                    data-testid={testIds.bomDownloadPdf}
                    disabled={pdfBusy}
                    title="The PDF is made on the server: your file is sent to it for that."
                    className="rounded border border-accent px-3 py-1 text-accent disabled:opacity-50"
                    onClick={() => void downloadPdf()}
                  >
                    {pdfBusy ? "Making PDF…" : "PDF report (sends the file)"}
                  </button>
                </div>
              </div>
              <p className="mt-2 text-lg font-semibold">
                {report.summary.parts} parts: {STATUSES.map((s) => `${report.summary.byStatus[s].parts} ${statusLabel(s).toLowerCase()}`).join(", ")}
                {report.errorCount > 0 && `; ${report.errorCount} rows with errors`}.
              </p>
              <p className="text-sm">
                Unit value of restricted parts:{" "}
                {formatUsdCompact(report.summary.byStatus.license.unitValueUsd + report.summary.byStatus["case-by-case"].unitValueUsd + report.summary.byStatus.denied.unitValueUsd)} of{" "}
                {formatUsdCompact(report.summary.totalUnitValueUsd)}.
              </p>
            </section>

            <ChartFrame
              title="Your parts by status"
              takeaway={
                report.summary.drivers.length > 0
                  ? `Restricted parts are caught mostly through ${report.summary.drivers.slice(0, 3).map((d) => d.symbol).join(", ")}.`
                  : "None of your parts is restricted under this scenario."
              }
              note="Your file, checked in this browser by the same engine and rules as the dashboard; the sources are those of the rules and prices it applies."
              fileBase={`bom-status_${scenarioSlug(scenario)}`}
              data={toBomStatusChartData(report.summary.series)}
              sourceIds={sourcesOfRules(dataset, resolved)}
              context={{
                dataset: { name: dataset.meta.name, version: dataset.meta.version },
                scenario: describeScenario(scenario),
                sources: new Map(dataset.sources.sources.map((s) => [s.id, s])),
                today,
              }}
            >
              <BomStatusChart series={report.summary.series} />
            </ChartFrame>

            <section className="rounded-lg border border-border bg-card p-4" aria-labelledby="bom-parts-heading">
              <h2 id="bom-parts-heading" className="text-lg font-semibold">Parts</h2>
              <div className="mt-2 flex flex-wrap gap-3 text-sm">
                <label className="flex items-center gap-1">
                  Status
                  <select
                    data-testid={testIds.bomStatusFilter}
                    className="rounded border border-border bg-card p-1"
                    value={statusFilter}
                    onChange={(e) => {
                      setStatusFilter(e.target.value as Status | "");
                      setPage(0);
                    }}
                  >
                    <option value="">All</option>
                    {STATUSES.map((s) => (
                      <option key={s} value={s}>{statusLabel(s)}</option>
                    ))}
                  </select>
                </label>
                <label className="flex items-center gap-1">
                  Search
                  <input
                    type="search"
                    data-testid={testIds.bomSearch}
                    className="rounded border border-border bg-card p-1"
                    value={search}
                    onChange={(e) => {
                      setSearch(e.target.value);
                      setPage(0);
                    }}
                  />
                </label>
                <span className="self-center text-muted" aria-live="polite">{filtered.length} of {parts.length} parts</span>
              </div>
              <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Parts table">
                <table className="w-full text-left text-sm" data-testid={testIds.bomPartsTable}>
                  <thead className="border-b border-border">
                    <tr>
                      <th scope="col" className="py-2 pr-3">Part</th>
                      <th scope="col" className="py-2 pr-3">Status</th>
                      <th scope="col" className="py-2 pr-3">Controlled content</th>
                      <th scope="col" className="py-2 pr-3">Drivers</th>
                      <th scope="col" className="py-2 pr-3">Why</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((p) => (
                      <tr key={p.partId} data-testid={testIds.bomPartRow(p.partId)} data-status={p.status} className="border-b border-border align-top">
                        <td className="py-2 pr-3">
                          <span className="font-medium">{p.partId}</span>
                          <span className="block text-xs text-muted">{p.description}</span>
                        </td>
                        <td className="py-2 pr-3"><StatusBadge status={p.status} /></td>
                        <td className="py-2 pr-3 tabular-nums">
                          {formatPct(p.controlledContentPct)}
                          {p.thresholdPct !== null && <span className="block text-xs text-muted">threshold {p.thresholdPct} %</span>}
                        </td>
                        <td className="py-2 pr-3">{p.drivers.join(", ") || "—"}</td>
                        <td className="py-2 pr-3 text-xs">{p.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {filtered.length > PAGE && (
                <div className="mt-2 flex items-center gap-2 text-sm">
                  <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)} className="rounded border border-border px-2 disabled:opacity-40">Previous</button>
                  <span>Page {page + 1} of {Math.ceil(filtered.length / PAGE)}</span>
                  <button type="button" disabled={(page + 1) * PAGE >= filtered.length} onClick={() => setPage(page + 1)} className="rounded border border-border px-2 disabled:opacity-40">Next</button>
                </div>
              )}
            </section>
          </>
        )}

        {report && report.errorCount > 0 && (
          <section data-testid={testIds.bomErrors} className="rounded-lg border border-status-case bg-card p-4">
            <h2 className="text-lg font-semibold">Rows with errors ({report.errorCount})</h2>
            <p className="mt-1 text-sm text-muted">
              Row numbers count the header as row 1, as a spreadsheet does. Valid rows were still checked.
              {report.errorsOmitted > 0 && ` The first ${report.errors.length} are listed; the CSV report counts the rest.`}
            </p>
            <div className="mt-2 max-h-96 overflow-auto" tabIndex={0} role="region" aria-label="Row errors">
              <table className="w-full text-left text-sm">
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Column</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.map((e, i) => (
                    <tr key={`${e.row}-${e.column}-${i}`} data-testid={testIds.bomErrorRow(e.row)} className="border-t border-border align-top">
                      <td className="pr-3 tabular-nums">{e.row}</td>
                      <td className="pr-3"><code>{e.column ?? "—"}</code></td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
      </div>
    </div>
  );
}
