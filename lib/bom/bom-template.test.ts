import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import { BOM_COLUMNS } from "./bom-columns";
import { bomTemplateCsv } from "./bom-template";
import { determineParts } from "./determine-parts";
import { parseBom } from "./parse-bom";

const dataset = getDataset();
const statuses = (regime: string) => {
  const parsed = parseBom(bomTemplateCsv());
  const results = determineParts(dataset, resolveScenario(dataset, { regime }, "2026-12-02"), parsed.parts);
  return Object.fromEntries(results.map((r) => [r.partId, r.status]));
};

describe("bomTemplateCsv", () => {
  it("is a UTF-8 CSV with a byte-order mark, the canonical header and CRLF line ends", () => {
    const t = bomTemplateCsv();
    expect(t.startsWith(`\uFEFF${BOM_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(t.replaceAll("\r\n", "")).not.toMatch(/\n/);
  });

  it("parses without an error into the five example parts", () => {
    const r = parseBom(bomTemplateCsv());
    expect(r.fileError).toBeNull();
    expect(r.errors).toEqual([]);
    expect(r.parts.map((p) => [p.partId, p.elements.map((e) => e.symbol).join(" ")])).toEqual([
      ["MAG-EV-001", "Nd Pr Dy Tb"],
      ["SMCO-JP-014", "Sm"],
      ["CMP-CE-200", "Ce"],
      ["TGT-GD-300", "Gd"],
      ["ROD-TBDY-07", "Tb Dy"],
    ]);
  });

  it("shows each kind of outcome across the presets", () => {
    expect(statuses("apr-2025")).toEqual({
      "MAG-EV-001": "license", "SMCO-JP-014": "free", "CMP-CE-200": "free", "TGT-GD-300": "free", "ROD-TBDY-07": "denied",
    });
    // Breakdown adds the 0.1 % rule: the Gd target (0.86 %) is caught, the SmCo magnet (0.086 %) is not.
    expect(statuses("breakdown")).toEqual({
      "MAG-EV-001": "license", "SMCO-JP-014": "free", "CMP-CE-200": "free", "TGT-GD-300": "case-by-case", "ROD-TBDY-07": "denied",
    });
  });
});
