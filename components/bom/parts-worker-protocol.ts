import type { Scenario } from "@/lib/engine/scenario";
import type { LookupAnswer } from "@/lib/lookup/lookup-code";
import type { PartsReport } from "@/lib/parts/build-parts-report";
import type { CheckTimings } from "@/lib/parts/check-parts-file";
import type { PackedParts } from "@/lib/parts/pack-checked-parts";
import type { PartMappingInput } from "@/lib/parts/part-columns";
import type { SheetPreview } from "@/lib/parts/preview-sheet";
import type { Dataset } from "@/lib/schemas/dataset";

export type CheckRequest = {
  type: "check";
  id: number;
  bytes: ArrayBuffer;
  fileName: string;
  mapping: PartMappingInput;
  fileCurrency: string | null;
  dataset: Dataset;
  scenario: Scenario;
  generatedAt: string;
};

/** After a check: a report file of the last result, made in the worker; or a code looked up in the control-code table. */
export type FileRequest = { type: "file"; id: number; format: "csv" | "xlsx" };
export type LookupRequest = { type: "lookup"; id: number; code: string; asOf: string };

export type PartsWorkerRequest = CheckRequest | FileRequest | LookupRequest;

export type PartsWorkerResponse =
  | { id: number; type: "progress"; pct: number; stage: string }
  /** The report's lines packed (lib/parts/pack-checked-parts.ts), beside the rest of the report (its `parts` empty). */
  | { id: number; type: "done"; report: PartsReport; parts: PackedParts; preview: SheetPreview; ms: number; timings: CheckTimings }
  | { id: number; type: "failed"; message: string; preview: SheetPreview | null }
  | { id: number; type: "file"; bytes: ArrayBuffer; name: string; mime: string }
  | { id: number; type: "lookup"; answer: LookupAnswer | null; message: string | null }
  | { id: number; type: "error"; message: string };
