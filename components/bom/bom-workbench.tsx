"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { PartsActionChart } from "@/components/charts/parts-action-chart";
import { RegimePicker } from "@/components/dashboard/regime-picker";
import { useDashboardState } from "@/components/dashboard/use-dashboard-state";
import { ChartFrame } from "@/components/ui/chart-frame";
import { toPartsActionChartData } from "@/lib/chart-data/parts-action-chart-data";
import { sourcesOfRules } from "@/lib/chart-data/chart-sources";
import { describeScenario } from "@/lib/cite/describe-scenario";
import { listRegimes } from "@/lib/engine/list-regimes";
import { ACTION_MEANINGS } from "@/lib/parts/actions";
import { PARTS_MAX_BYTES } from "@/lib/parts/file-limits";
import type { PartMappingInput } from "@/lib/parts/part-columns";
import { withPartsLens } from "@/lib/parts/parts-scenario";
import { actionRows, FILE_CURRENCIES, pdfRequestUrl, toSummaryView } from "@/lib/parts/parts-view";
import { datasetQueryOptions } from "@/lib/queries";
import { describeScenarioBrief } from "@/lib/report/scenario-lines";
import { resolveUrlScenario } from "@/lib/scenario/resolve-url-scenario";
import { todayIso } from "@/lib/scenario/scenario-from-params";
import { dashboardHref, scenarioSlug } from "@/lib/scenario/scenario-query";
import { selectRegimeInQuery, setAsOfInQuery } from "@/lib/scenario/scenario-url-actions";
import { testIds } from "@/lib/test-ids";
import { clearStoredBom, loadStoredBom, saveStoredBom, type StoredBom } from "./bom-store";
import { downloadPdfReport, usePartsWorker } from "./parts-client";
import { PartsMapping } from "./parts-mapping";
import { PartsTable } from "./parts-table";
import { formatCount, formatDecimal, formatInteger } from "@/lib/format/format-number";

const MB = 1_000_000;

/** The /bom page: a thin shell over the worker (parts-client) and the view models (lib/parts/parts-view). */
export function BomWorkbench() {
  const { data: dataset, error: datasetError, refetch } = useQuery(datasetQueryOptions);
  const [url, setUrl] = useDashboardState();
  const today = todayIso();
  const resolved = useMemo(() => (dataset ? resolveUrlScenario(dataset, url, today) : null), [dataset, url, today]);
  const scenario = useMemo(() => (resolved ? withPartsLens(resolved.scenario, resolved.input.lens !== undefined) : null), [resolved]);
  const regimes = useMemo(() => (dataset ? listRegimes(dataset, today) : []), [dataset, today]);
  const formLabels = useMemo(() => new Map((dataset?.controlRules.rules ?? []).map((r) => [r.form as string, r.label])), [dataset]);
  const { state, check, downloadReport, lookup } = usePartsWorker();
  const [stored, setStored] = useState<StoredBom | null | undefined>(undefined);
  const [pasted, setPasted] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  // What was uploaded before a reload comes back from IndexedDB.
  useEffect(() => {
    loadStoredBom()
      .then((b) => setStored(b ?? null))
      .catch(() => setStored(null));
  }, []);

  // Every change of file, mapping, currency or scenario reruns the pipeline in the worker.
  useEffect(() => {
    if (!dataset || !scenario || !stored) return;
    check({
      bytes: stored.bytes.slice(0),
      fileName: stored.fileName,
      mapping: stored.mapping,
      fileCurrency: stored.fileCurrency,
      dataset,
      scenario,
      generatedAt: new Date().toISOString(),
    });
  }, [dataset, scenario, stored, check]);

  const accept = async (fileName: string, bytes: ArrayBuffer) => {
    setInputError(null);
    if (bytes.byteLength === 0) return setInputError("The file is empty.");
    if (bytes.byteLength > PARTS_MAX_BYTES) return setInputError(`The file is ${formatDecimal(bytes.byteLength / MB, { maximumFractionDigits: 1 })} MB; the limit is ${PARTS_MAX_BYTES / MB} MB.`);
    const next: StoredBom = { fileName, bytes, size: bytes.byteLength, mapping: {}, fileCurrency: null, savedAt: new Date().toISOString() };
    await saveStoredBom(next);
    setStored(next);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > PARTS_MAX_BYTES) return setInputError(`"${file.name}" is ${formatDecimal(file.size / MB, { maximumFractionDigits: 1 })} MB; the limit is ${PARTS_MAX_BYTES / MB} MB.`);
    await accept(file.name, await file.arrayBuffer());
  };

  const run = async (label: string, job: () => Promise<void>) => {
    setBusy(label);
    try {
      await job();
    } catch (e) {
      setInputError(`The ${label} could not be made: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  if (datasetError) {
    return (
      <div role="alert" className="rounded border border-status-denied p-4">
        The reference data could not be loaded. <button type="button" className="underline" onClick={() => refetch()}>Retry</button>
      </div>
    );
  }
  if (!dataset || !resolved || !scenario) return <div role="status" className="h-96 animate-pulse rounded-lg bg-border/60" aria-busy="true" aria-label="Loading" />;

  const done = state.phase === "done" ? state.result : null;
  const report = done?.report ?? null;
  const preview = done?.preview ?? null;
  const summary = report ? toSummaryView(report, done?.ms ?? null) : null;
  const applyMapping = (mapping: PartMappingInput, fileCurrency: string | null) => {
    if (!stored) return;
    const next = { ...stored, mapping, fileCurrency };
    void saveStoredBom(next);
    setStored(next);
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
          {describeScenarioBrief(scenario)}; {scenario.lens} lens.{" "}
          <Link className="text-accent underline" href={dashboardHref(report?.scenarioQuery ?? "")}>Change on the dashboard</Link>
        </p>

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Your parts list (CSV or XLSX, up to {PARTS_MAX_BYTES / MB} MB)</legend>
          <p className="text-xs text-muted">
            Any columns: part number, description, customs code, supplier and its country, country of origin, unit value
            and currency, quantity; element and grams if you have them (one row per part and element). Headers in
            English, German, French, Spanish or Italian are recognised. <a className="text-accent underline" href="/api/bom/template" download>Template</a>.
          </p>
          <label
            className="flex cursor-pointer flex-col items-center justify-center rounded border-2 border-dashed border-border p-4 text-sm"
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              void onFile(e.dataTransfer.files[0]);
            }}
          >
            <span>Drop a CSV or XLSX file here or choose one</span>
            <input
              type="file"
              accept=".csv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
              Kept: <strong>{stored.fileName}</strong> ({formatDecimal(stored.size / 1000, { maximumFractionDigits: 1 })} kB, {new Date(stored.savedAt).toLocaleString("en-GB")}).{" "}
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
        {state.phase === "error" && (
          <p role="alert" className="rounded border border-status-denied p-3 text-sm">The check failed: {state.message}</p>
        )}
        {state.phase === "failed" && (
          <p role="alert" data-testid={testIds.bomFileError} className="rounded border border-status-denied p-3 text-sm">{state.result.message}</p>
        )}
        {stored === null && state.phase === "idle" && (
          <p className="rounded border border-border p-4 text-sm text-muted">
            Upload a parts list to see, line by line, what to do under the scenario on the left: hold, apply for a licence,
            review, clear, or what is missing to decide.
          </p>
        )}

        {preview && stored && (
          <PartsMapping
            key={`${stored.savedAt}-${JSON.stringify(stored.mapping)}-${stored.fileCurrency}`}
            preview={preview}
            mapping={stored.mapping}
            fileCurrency={stored.fileCurrency}
            currencies={FILE_CURRENCIES}
            onApply={applyMapping}
          />
        )}

        {report && summary && (
          <>
            <section
              data-testid={testIds.bomSummary}
              data-check-id={done?.id}
              data-check-ms={done?.ms}
              data-timings={done ? JSON.stringify(done.timings) : undefined}
              className="rounded-lg border border-border bg-card p-4"
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="text-sm text-muted">{summary.fileLine}</p>
                <div className="flex flex-wrap gap-2 text-sm">
                  <button type="button" data-testid={testIds.bomDownloadCsv} disabled={busy !== null} className="rounded border border-accent px-3 py-1 text-accent disabled:opacity-50" onClick={() => void run("CSV report", () => downloadReport("csv"))}>
                    CSV report
                  </button>
                  <button type="button" data-testid={testIds.bomDownloadXlsx} disabled={busy !== null} className="rounded border border-accent px-3 py-1 text-accent disabled:opacity-50" onClick={() => void run("XLSX report", () => downloadReport("xlsx"))}>
                    XLSX report
                  </button>
                  <button
                    type="button"
                    data-testid={testIds.bomDownloadPdf}
                    disabled={busy !== null || !stored}
                    title="The PDF is made on the server: your file is sent to it for that."
                    className="rounded border border-accent px-3 py-1 text-accent disabled:opacity-50"
                    onClick={() => stored && void run("PDF report", () => downloadPdfReport(pdfRequestUrl(report.scenarioQuery, stored.mapping, stored.fileCurrency), stored.bytes))}
                  >
                    {busy === "PDF report" ? "Making PDF…" : "PDF report (sends the file)"}
                  </button>
                </div>
              </div>
              <p className="mt-2 text-lg font-semibold">{summary.headline}</p>
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {summary.actions.map((a) => (
                  <li key={a.action} data-testid={testIds.bomActionCount(a.action)} data-count={a.lines} title={ACTION_MEANINGS[a.action]}>
                    {a.label}: <strong>{formatInteger(a.lines)}</strong>
                  </li>
                ))}
              </ul>
              {summary.rates.length > 0 && (
                <p className="mt-2 text-xs text-muted" data-testid={testIds.bomRates}>Converted at {summary.rates.join("; ")}.</p>
              )}
            </section>

            <ChartFrame
              title="Your lines by action"
              takeaway={summary.takeaway}
              note="Your file, checked in this browser by the same rules kernel and scenario as the dashboard; the sources are those of the rules and prices it applies."
              fileBase={`parts-actions_${scenarioSlug(scenario)}`}
              data={toPartsActionChartData(actionRows(report))}
              sourceIds={sourcesOfRules(dataset, resolved)}
              context={{
                dataset: { name: dataset.meta.name, version: dataset.meta.version },
                scenario: describeScenario(scenario),
                sources: new Map(dataset.sources.sources.map((s) => [s.id, s])),
                today,
              }}
            >
              <PartsActionChart rows={actionRows(report)} />
            </ChartFrame>

            <PartsTable parts={report.parts} formLabels={formLabels} onLookup={(code) => lookup(code, scenario.asOf)} />

            {report.errorCount > 0 && (
              <section data-testid={testIds.bomErrors} className="rounded-lg border border-status-case bg-card p-4">
                <h2 className="text-lg font-semibold">Rows with errors ({formatInteger(report.file.rowsWithErrors)}; {formatCount(report.errorCount, "error")})</h2>
                <p className="mt-1 text-sm text-muted">
                  Row numbers are the file&apos;s (a spreadsheet&apos;s). A line with a bad cell is still checked with what is known; the value of that cell is treated as not known.
                  {report.errorsOmitted > 0 && ` The first ${report.errors.length} are listed; the reports count the rest.`}
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

            <section data-testid={testIds.bomCoverage} className="rounded-lg border border-border bg-card p-4 text-sm" aria-labelledby="coverage-heading">
              <h2 id="coverage-heading" className="text-lg font-semibold">Coverage: what this check models</h2>
              {(
                [
                  ["Models", report.coverage.models],
                  ["Only flags", report.coverage.flags],
                  ["Does not model", report.coverage.doesNotModel],
                ] as const
              ).map(([title, items]) => (
                <div key={title} className="mt-2">
                  <h3 className="font-semibold">{title}</h3>
                  <ul className="list-disc pl-5">
                    {items.map((t) => (
                      <li key={t}>{t}</li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          </>
        )}
      </div>
    </div>
  );
}
