"use client";
// The page's plumbing, in one place: the worker that checks the file, the report files it makes, the lookups it
// answers, and the one request to the server (the PDF report). Components call these; they build no URL themselves.
import { useCallback, useEffect, useRef, useState } from "react";
import { saveBlob } from "@/components/ui/chart-export";
import type { LookupAnswer } from "@/lib/lookup/lookup-code";
import { XLSX_CONTENT_TYPE } from "@/lib/parts/file-limits";
import { unpackCheckedParts } from "@/lib/parts/pack-checked-parts";
import type { CheckRequest, PartsWorkerRequest, PartsWorkerResponse } from "./parts-worker-protocol";
import { postPartsReport } from "@/lib/queries";

/** A check's answer with its lines unpacked: the report whole. */
type Done = Omit<Extract<PartsWorkerResponse, { type: "done" }>, "parts">;
type Failed = Extract<PartsWorkerResponse, { type: "failed" }>;

export type PartsRunState =
  | { phase: "idle" }
  | { phase: "running"; pct: number; stage: string }
  | { phase: "done"; result: Done }
  | { phase: "failed"; result: Failed }
  | { phase: "error"; message: string };

/** One worker per page; a newer check supersedes one still in flight. */
export function usePartsWorker() {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const nextId = useRef(1_000_000);
  const pending = useRef(new Map<number, (m: PartsWorkerResponse) => void>());
  const [state, setState] = useState<PartsRunState>({ phase: "idle" });

  useEffect(() => {
    const w = new Worker(new URL("./parts.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<PartsWorkerResponse>) => {
      const m = e.data;
      const waiting = pending.current.get(m.id);
      if (waiting) {
        pending.current.delete(m.id);
        waiting(m);
        return;
      }
      if (m.id !== latest.current) return;
      if (m.type === "progress") setState({ phase: "running", pct: m.pct, stage: m.stage });
      else if (m.type === "done") {
        const { parts, ...rest } = m;
        setState({ phase: "done", result: { ...rest, report: { ...m.report, parts: unpackCheckedParts(parts) } } });
      }
      else if (m.type === "failed") setState({ phase: "failed", result: m });
      else if (m.type === "error") setState({ phase: "error", message: m.message });
    };
    w.onerror = (e) => setState({ phase: "error", message: e.message || "the worker stopped" });
    worker.current = w;
    return () => w.terminate();
  }, []);

  const check = useCallback((req: Omit<CheckRequest, "id" | "type">) => {
    const id = ++latest.current;
    setState({ phase: "running", pct: 1, stage: "Starting" });
    // The bytes are copied, not transferred: the page keeps them for the next scenario or mapping.
    worker.current?.postMessage({ ...req, type: "check", id } satisfies PartsWorkerRequest);
  }, []);

  const ask = useCallback(<T extends PartsWorkerResponse["type"]>(req: PartsWorkerRequest) => {
    return new Promise<Extract<PartsWorkerResponse, { type: T }> | Extract<PartsWorkerResponse, { type: "error" }>>((resolve) => {
      pending.current.set(req.id, resolve as (m: PartsWorkerResponse) => void);
      worker.current?.postMessage(req);
    });
  }, []);

  /** The CSV or XLSX report of the last check, made in the worker and saved. */
  const downloadReport = useCallback(
    async (format: "csv" | "xlsx") => {
      const m = await ask<"file">({ type: "file", id: ++nextId.current, format });
      if (m.type === "error") throw new Error(m.message);
      saveBlob(new Blob([m.bytes], { type: m.mime }), m.name);
    },
    [ask],
  );

  /** A customs or control code looked up in the control-code table, as of the scenario's date (lib/lookup). */
  const lookup = useCallback(
    async (code: string, asOf: string): Promise<{ answer: LookupAnswer | null; message: string | null }> => {
      const m = await ask<"lookup">({ type: "lookup", id: ++nextId.current, code, asOf });
      return m.type === "error" ? { answer: null, message: m.message } : { answer: m.answer, message: m.message };
    },
    [ask],
  );

  return { state, check, downloadReport, lookup };
}

/** The media type a file is sent with, from its first bytes: an .xlsx is a ZIP archive. */
export function uploadContentType(bytes: ArrayBuffer): string {
  const b = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04 ? XLSX_CONTENT_TYPE : "text/csv";
}

/** POSTs the file to the server for the PDF report (the only time it leaves the browser) and saves the answer. */
export async function downloadPdfReport(url: string, bytes: ArrayBuffer): Promise<void> {
  const { blob, fileName } = await postPartsReport(url, bytes, uploadContentType(bytes));
  saveBlob(blob, fileName ?? "parts-report.pdf");
}
