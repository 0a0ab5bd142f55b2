import type { ColumnMapping } from "@/lib/bom/bom-columns";
import type { BomFileError } from "@/lib/bom/bom-types";
import type { BomReport } from "@/lib/bom/build-bom-report";
import type { Scenario } from "@/lib/engine/scenario";
import type { Dataset } from "@/lib/schemas/dataset";

export type BomWorkerRequest = {
  id: number;
  bytes: ArrayBuffer;
  fileName: string;
  mapping: ColumnMapping | null;
  dataset: Dataset;
  scenario: Scenario;
  generatedAt: string;
};

export type BomWorkerResponse =
  | { id: number; type: "progress"; pct: number; stage: string }
  | {
      id: number;
      type: "done";
      report: BomReport;
      fileError: BomFileError | null;
      headers: string[];
      missingColumns: string[];
      csv: string;
      ms: number;
    }
  | { id: number; type: "error"; message: string };
