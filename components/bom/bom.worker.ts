// Runs the whole bill-of-materials pipeline off the main thread, so a 100,000-row file never freezes the page.
import { buildBomReport, sha256HexBytes } from "@/lib/bom/build-bom-report";
import { decodeBomBytes } from "@/lib/bom/decode-bom-bytes";
import { formatBomCsvReport } from "@/lib/bom/format-bom-csv-report";
import { parseBom } from "@/lib/bom/parse-bom";
import type { BomWorkerRequest, BomWorkerResponse } from "./bom-worker-protocol";

const post = (m: BomWorkerResponse) => (self as unknown as { postMessage(m: BomWorkerResponse): void }).postMessage(m);

self.onmessage = async (e: MessageEvent<BomWorkerRequest>) => {
  const { id, bytes, fileName, mapping, dataset, scenario, generatedAt } = e.data;
  const started = performance.now();
  try {
    post({ id, type: "progress", pct: 5, stage: "Reading the file" });
    const data = new Uint8Array(bytes);
    const decoded = decodeBomBytes(data);
    const sha256 = await sha256HexBytes(data);
    post({ id, type: "progress", pct: 20, stage: "Checking every row" });
    const parsed = decoded.ok
      ? parseBom(decoded.text, mapping ?? undefined)
      : { ...parseBom(""), fileError: decoded.error };
    post({ id, type: "progress", pct: 70, stage: "Applying the scenario to each part" });
    const report = buildBomReport(dataset, scenario, parsed, { generatedAt, file: { sha256, bytes: data.byteLength, name: fileName } });
    post({ id, type: "progress", pct: 90, stage: "Preparing the report" });
    const csv = formatBomCsvReport(report);
    post({
      id,
      type: "done",
      report,
      fileError: parsed.fileError,
      headers: parsed.headers,
      missingColumns: parsed.missingColumns,
      csv,
      ms: performance.now() - started,
    });
  } catch (err) {
    post({ id, type: "error", message: err instanceof Error ? err.message : String(err) });
  }
};
