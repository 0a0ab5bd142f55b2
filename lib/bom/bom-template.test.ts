import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { getControlCodes, getFxRates, getTypicalComposition } from "../data/load-parts-data";
import { resolveScenario } from "../engine/resolve-scenario";
import { checkPartsFile } from "../parts/check-parts-file";
import { BOM_TEMPLATE_COLUMNS, bomTemplateCsv } from "./bom-template";

const dataset = getDataset();
const tables = { controlCodes: getControlCodes(), fxRates: getFxRates(), composition: getTypicalComposition() };

async function check(regime: string) {
  const scenario = { ...resolveScenario(dataset, { regime }, "2026-12-02"), lens: "border" as const };
  const r = await checkPartsFile(new TextEncoder().encode(bomTemplateCsv()), dataset, tables, scenario, { generatedAt: "2026-12-02T00:00:00Z" });
  if (!r.ok) throw new Error(r.message);
  return r.report;
}
const actions = async (regime: string) => Object.fromEntries((await check(regime)).parts.map((p) => [p.partId, p.action]));

describe("bomTemplateCsv", () => {
  it("is a UTF-8 CSV with a byte-order mark, the template's header and CRLF line ends", () => {
    const t = bomTemplateCsv();
    expect(t.startsWith(`\uFEFF${BOM_TEMPLATE_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(t.replaceAll("\r\n", "")).not.toMatch(/\n/);
  });

  it("reads without an error into the five example parts, one row per part and element, in US dollars", async () => {
    const r = await check("apr-2025");
    expect(r.errors).toEqual([]);
    expect(r.layout).toBe("element-per-row");
    expect(r.fileCurrency).toEqual({ code: "USD", from: "header" });
    expect(r.parts.map((p) => [p.partId, p.inputs.find((i) => i.name === "content")?.value])).toEqual([
      ["MAG-EV-001", "Nd 326 g, Pr 109 g, Dy 45 g, Tb 4.5 g"],
      ["SMCO-JP-014", "Sm 25 g"],
      ["CMP-CE-200", "Ce 326 g"],
      ["TGT-GD-300", "Gd 216 g"],
      ["ROD-TBDY-07", "Tb 35.5 g, Dy 84.7 g"],
    ]);
  });

  it("shows each kind of outcome across the presets", async () => {
    // April 2025, US buyer: Dy/Tb magnet from China → licence; the Terfenol rod for a US military user → denied (Ann. 46);
    // parts made abroad: no 0.1 % rule in force → clear.
    expect(await actions("apr-2025")).toEqual({
      "MAG-EV-001": "apply", "SMCO-JP-014": "clear", "CMP-CE-200": "clear", "TGT-GD-300": "clear", "ROD-TBDY-07": "hold",
    });
    // Breakdown adds the 0.1 % rule: the Gd target (0.86 % of its value) is caught and its advanced-node end use is
    // case-by-case (review); the SmCo magnet (0.086 %, given in grams, not estimated) is not.
    expect(await actions("breakdown")).toEqual({
      "MAG-EV-001": "apply", "SMCO-JP-014": "clear", "CMP-CE-200": "clear", "TGT-GD-300": "review", "ROD-TBDY-07": "hold",
    });
  });
});
