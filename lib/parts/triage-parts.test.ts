import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { createPartsContext } from "./parts-context";
import { TEST_PARTS_TABLES } from "./parts-report-fixture";
import { lookupTablesOf } from "./parts-tables";
import { readCsvRows } from "./read-csv-rows";
import { readPartLines } from "./read-part-lines";
import { triageLine } from "./triage-line";
import { triageParts } from "./triage-parts";
import { variedPartsCsv } from "./varied-parts-csv";

const options = { controlItems: TEST_PARTS_TABLES.controlCodes.items, fxRates: TEST_PARTS_TABLES.fxRates, composition: TEST_PARTS_TABLES.composition };

function linesOf(csv: string) {
  const sheet = readCsvRows(csv);
  if (!sheet.ok) throw new Error(sheet.message);
  return readPartLines(sheet.value, options).lines;
}

// One row per part and element, with rows that disagree, grams without an element and unreadable end uses: the
// decisions the memo keys by a string beside its tree.
const GROUPED = [
  "part_id,description,element,grams_per_unit,made_in,end_use,unit_value_usd",
  "G1,NdFeB magnet N42SH,Nd,3,china,civil,2",
  "G1,NdFeB magnet N42SH,Dy,0.2,china,civil,2",
  "G2,NdFeB magnet N42SH,Nd,3,china,civil,2",
  "G2,NdFeB magnet N42SH,Dy,0.2,china,civil,2",
  "G3,Rotor assembly,Dy,5,china,Army,40",
  "G4,Rotor assembly,Dy,5,china,Army,40",
  "G5,Steel bolt,,4,china,,1",
  "G6,Gd target,Gd,216,abroad,advanced_semiconductor,600",
  "G6,Gd target,Xx,2,abroad,advanced_semiconductor,600",
  "G7,Gd target,Gd,216,abroad,advanced_semiconductor,600",
  "G7,Steel plate,Gd,1,abroad,advanced_semiconductor,600",
].join("\n");

const SCENARIOS: ScenarioInput[] = [
  { regime: "oct-2025", lens: "border" },
  { regime: "apr-2025", lens: "dependency" },
  { regime: "breakdown", lens: "border", reading: "broad" },
];

describe("triageParts", () => {
  // The memo shares one decision among lines that agree in every input the decision reads: each line's decision
  // must be the one triageLine gives it alone, whatever line came first with the same inputs.
  it.each(SCENARIOS)("decides each line as triageLine alone does (%o)", (input) => {
    const dataset = getDataset();
    const ctx = createPartsContext(dataset, resolveScenario(dataset, input, "2026-11-25"), lookupTablesOf(dataset, TEST_PARTS_TABLES));
    for (const csv of [variedPartsCsv(600, 40), GROUPED]) {
      const lines = linesOf(csv);
      const parts = triageParts(lines, ctx);
      expect(parts).toHaveLength(lines.length);
      lines.forEach((line, i) => {
        const alone = triageLine(line, createPartsContext(dataset, ctx.scenario, ctx.lookup));
        const p = parts[i];
        expect(p && { action: p.action, status: p.status, reason: p.reason, missing: p.missing, inputs: p.inputs, estimated: p.estimated, drivers: p.drivers, contentPct: p.contentPct, thresholdPct: p.thresholdPct, codeCandidates: p.codeCandidates }).toStrictEqual(alone);
        expect(p?.row).toBe(line.row);
        expect(p?.partId).toBe(line.partId);
      });
    }
  });

  it("gives the varied list every action, so that the comparison above covers them", () => {
    const dataset = getDataset();
    const ctx = createPartsContext(dataset, resolveScenario(dataset, { regime: "oct-2025", lens: "border" }, "2026-11-25"), lookupTablesOf(dataset, TEST_PARTS_TABLES));
    const actions = new Set(triageParts(linesOf(variedPartsCsv(600, 40)), ctx).map((p) => p.action));
    expect([...actions].sort()).toEqual(["apply", "clear", "hold", "insufficient-data", "review"]);
  });
});
