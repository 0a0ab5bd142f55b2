import type { ExposureReport } from "./build-report";

/** Pretty-printed, key order fixed by the builder: byte-identical across runs but for generatedAt. */
export function formatJsonReport(r: ExposureReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
