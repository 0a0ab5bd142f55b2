import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { createPartsContext } from "./parts-context";
import { TEST_PARTS_TABLES } from "./parts-report-fixture";
import { lookupTablesOf } from "./parts-tables";
import { readCsvRows } from "./read-csv-rows";
import { readPartLineSet, readPartLines } from "./read-part-lines";
import { triageLine } from "./triage-line";
import { copyCheckedPart, expandCheckedParts, summariseParts, summarisePartSet, triagePartLineSet, triageParts } from "./triage-parts";
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

describe("triagePartLineSet", () => {
  // The set's copies take the checked line of the line they repeat: the same lines, field for field, as deciding every
  // line of the expanded list.
  it.each(SCENARIOS)("gives the lines triageParts gives (%o)", (input) => {
    const dataset = getDataset();
    const scenario = resolveScenario(dataset, input, "2026-11-25");
    for (const csv of [variedPartsCsv(600, 25), variedPartsCsv(600, 300), GROUPED]) {
      const sheet = readCsvRows(csv);
      if (!sheet.ok) throw new Error(sheet.message);
      const fresh = () => createPartsContext(dataset, scenario, lookupTablesOf(dataset, TEST_PARTS_TABLES));
      const set = readPartLineSet(sheet.value, options);
      const progress: number[] = [];
      const checked = triagePartLineSet(set, fresh(), (done) => progress.push(done));
      const parts = triageParts(readPartLines(sheet.value, options).lines, fresh());
      expect(expandCheckedParts(checked)).toStrictEqual(parts);
      // The summary adds the same values in the same order: equal to the last bit.
      expect(summarisePartSet(checked)).toStrictEqual(summariseParts(parts));
      // At most 600 lines read in full: no progress call (one per 5,000); the grouped list has 7 lines.
      expect(progress).toEqual([]);
    }
  });

  it("reports progress every 5,000 lines read in full (copies cost nothing to decide)", () => {
    const dataset = getDataset();
    const ctx = createPartsContext(dataset, resolveScenario(dataset, SCENARIOS[0] as ScenarioInput, "2026-11-25"), lookupTablesOf(dataset, TEST_PARTS_TABLES));
    // 12,000 rows of distinct descriptions, each read in full, then the first 10 again (copies: "Bolt M0" to "Bolt M9"
    // differ in their last character, so none is turned away by a full bucket of the row memo): 12,010 lines, of
    // which 12,000 decided, after the 5,000th and 10,000th.
    const distinct = Array.from({ length: 12_000 }, (_, i) => `Bolt M${i}`);
    const csv = ["Part number,Description", ...distinct.map((d, i) => `A-${i},${d}`), ...distinct.slice(0, 10).map((d, i) => `B-${i},${d}`)].join("\n");
    const sheet = readCsvRows(csv);
    if (!sheet.ok) throw new Error(sheet.message);
    const set = readPartLineSet(sheet.value, options);
    expect([set.read.length, set.order.length]).toEqual([12_000, 12_010]);
    const progress: number[] = [];
    triagePartLineSet(set, ctx, (done) => progress.push(done));
    expect(progress).toEqual([5000, 10_000]);
  });
});

describe("copyCheckedPart", () => {
  const dataset = getDataset();
  const ctx = createPartsContext(dataset, resolveScenario(dataset, SCENARIOS[0] as ScenarioInput, "2026-11-25"), lookupTablesOf(dataset, TEST_PARTS_TABLES));
  const [first] = triageParts(linesOf("PN;Bezeichnung;Einzelpreis (EUR)\nA;Magnet NdFeB N42SH;2,50\n"), ctx);
  if (!first) throw new Error("no line");

  it.each([
    { row: 9, partId: "Z-9" },
    { row: 100_000, partId: "90-0100000" },
  ])("takes the line's own row, rows and part number, and everything else of the line it repeats (row $row)", ({ row, partId }) => {
    const copy = copyCheckedPart(first, row, partId);
    expect(copy).toStrictEqual({ ...first, row, rows: [row], partId });
    // The shared values are the same objects (the worker's packing keys its tables on them).
    expect(copy.unitValue).toBe(first.unitValue);
    expect(copy.drivers).toBe(first.drivers);
    expect(copy.rows).not.toBe(first.rows);
  });
});
