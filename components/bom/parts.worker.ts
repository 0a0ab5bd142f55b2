// Runs the parts-list pipeline off the main thread, so a 100,000-line file never freezes the page, and keeps the last
// result to make its CSV and XLSX reports on request.
import { lookupCode } from "@/lib/lookup/lookup-code";
import { parseLookupQuery } from "@/lib/lookup/parse-lookup-query";
import { BUNDLED_PARTS_TABLES } from "@/lib/parts/bundled-parts-tables";
import type { PartsReport } from "@/lib/parts/build-parts-report";
import { partsReportFileName } from "@/lib/parts/build-parts-report";
import { checkPartsFileSet } from "@/lib/parts/check-parts-file";
import { formatPartsCsvReport } from "@/lib/parts/format-parts-csv-report";
import { formatPartsXlsxReport } from "@/lib/parts/format-parts-xlsx-report";
import { packCheckedPartSet } from "@/lib/parts/pack-checked-parts";
import { lookupTablesOf } from "@/lib/parts/parts-tables";
import { previewSheet } from "@/lib/parts/preview-sheet";
import { type CheckedPartSet, expandCheckedParts } from "@/lib/parts/triage-parts";
import type { Dataset } from "@/lib/schemas/dataset";
import type { PartsWorkerRequest, PartsWorkerResponse } from "./parts-worker-protocol";

const post = (m: PartsWorkerResponse, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(m: PartsWorkerResponse, t: Transferable[]): void }).postMessage(m, transfer);

/** The last check: its report (its `parts` empty) and its lines as a set, made whole only for a report file. */
let last: { report: PartsReport; checked: CheckedPartSet; dataset: Dataset } | null = null;

self.onmessage = async (e: MessageEvent<PartsWorkerRequest>) => {
  const req = e.data;
  try {
    if (req.type === "check") {
      // The last report is superseded by this check (the page offers its downloads only once a check is done): let go
      // of it now, so that its 100,000 lines are not held, and marked by the garbage collector, while the next check runs.
      last = null;
      const started = performance.now();
      const bytes = new Uint8Array(req.bytes);
      const result = await checkPartsFileSet(bytes, req.dataset, BUNDLED_PARTS_TABLES, req.scenario, {
        mapping: req.mapping,
        fileCurrency: req.fileCurrency,
        generatedAt: req.generatedAt,
        fileName: req.fileName,
        onProgress: (pct, stage) => post({ id: req.id, type: "progress", pct, stage }),
      });
      if (!result.ok) {
        last = null;
        return post({ id: req.id, type: "failed", message: result.message, preview: null });
      }
      last = { report: result.report, checked: result.checked, dataset: req.dataset };
      // The lines packed: a structured clone of 100,000 line objects took most of a second on the page's thread.
      const { packed, transfer } = packCheckedPartSet(result.checked);
      const report = result.report;
      post({ id: req.id, type: "done", report, parts: packed, preview: previewSheet(result.sheet, 5, req.mapping), ms: performance.now() - started, timings: result.timings }, transfer);
      return;
    }
    if (req.type === "file") {
      if (!last) return post({ id: req.id, type: "error", message: "No checked file to report on: check a file first." });
      const whole: PartsReport = { ...last.report, parts: expandCheckedParts(last.checked) };
      const bytes = req.format === "csv" ? new TextEncoder().encode(formatPartsCsvReport(whole)) : await formatPartsXlsxReport(whole);
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      const mime = req.format === "csv" ? "text/csv;charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      return post({ id: req.id, type: "file", bytes: buffer, name: partsReportFileName(last.report, req.format), mime }, [buffer]);
    }
    if (req.type === "lookup") {
      if (!last) return post({ id: req.id, type: "lookup", answer: null, message: "No reference data loaded yet." });
      const q = parseLookupQuery(req.code);
      if (!q.ok) return post({ id: req.id, type: "lookup", answer: null, message: `The code ${q.message}` });
      return post({ id: req.id, type: "lookup", answer: lookupCode(q.query, req.asOf, lookupTablesOf(last.dataset, BUNDLED_PARTS_TABLES)), message: null });
    }
  } catch (err) {
    post({ id: req.id, type: "error", message: err instanceof Error ? err.message : String(err) });
  }
};

