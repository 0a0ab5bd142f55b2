import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import { checkPartsFileSet } from "./check-parts-file";
import { packCheckedParts, packCheckedPartSet, unpackCheckedParts } from "./pack-checked-parts";
import { makeTestPartsReport, TEST_PARTS_TABLES } from "./parts-report-fixture";
import { type CheckedPart, expandCheckedParts } from "./triage-parts";
import { variedPartsCsv } from "./varied-parts-csv";

const GROUPED = "part_id,description,element,grams_per_unit,made_in\nG1,NdFeB magnet,Nd,3,china\nG1,NdFeB magnet,Dy,0.2,china\nG1,Steel plate,Tb,x,china\nG2,Steel bolt,,1,china\n";

describe("packCheckedParts", () => {
  it.each([
    ["the template", undefined],
    ["the motor maker's list", readFileSync("fixtures/parts-lists/motor-maker-eu.csv")],
    ["600 varied lines with errors", variedPartsCsv(600, 40)],
    ["a part over several element rows, one unreadable", GROUPED],
  ])("unpacks %s to lines equal to those packed, field for field and in order", async (_, file) => {
    const parts = (await makeTestPartsReport(file === undefined ? undefined : typeof file === "string" ? file : new Uint8Array(file), { regime: "apr-2025" })).parts;
    const { packed, transfer } = packCheckedParts(parts);
    // What the page receives is a structured clone of the packed lines (the buffers transferred).
    const back = unpackCheckedParts(structuredClone(packed, { transfer }));
    expect(back).toStrictEqual(parts);
    expect(JSON.stringify(back)).toBe(JSON.stringify(parts));
    expect(back.map((p) => Object.keys(p))).toEqual(parts.map((p) => Object.keys(p)));
  });

  it("sends each distinct reason once", async () => {
    const parts = (await makeTestPartsReport(variedPartsCsv(600, 40), { regime: "apr-2025" })).parts;
    const { packed } = packCheckedParts(parts);
    expect(packed.tables.reason).toHaveLength(new Set(parts.map((p) => p.reason)).size);
    expect(packed.tables.reason.length).toBeLessThan(parts.length / 5);
  });

  it("keeps -0 apart from 0 and null, and lines of several rows", () => {
    const part: CheckedPart = {
      ...{ action: "clear", status: "free", reason: "r", missing: [], inputs: [], estimated: [], drivers: [], contentPct: null, thresholdPct: -0, codeCandidates: [] },
      ...{ row: 2, rows: [2, 3], partId: "A", description: "d", hsCode: null, supplier: null, supplierCountry: null, originCountry: null },
      ...{ type: "unknown", typeLabel: "not determined", grade: null, unitValue: null, quantity: null, errorRows: [3] },
    };
    const [back] = unpackCheckedParts(packCheckedParts([part, { ...part, thresholdPct: 0, quantity: 0 }]).packed);
    expect(Object.is(back?.thresholdPct, -0)).toBe(true);
    expect(back?.quantity).toBeNull();
    expect(back?.rows).toEqual([2, 3]);
    expect(back?.errorRows).toEqual([3]);
  });
});

describe("packCheckedPartSet", () => {
  it.each([
    ["the motor maker's list", readFileSync("fixtures/parts-lists/motor-maker-eu.csv")],
    ["the motor maker's 30 lines 10 times, new part numbers", motorMakerRepeated(10)],
    ["600 varied lines of 40 kinds, with errors", new TextEncoder().encode(variedPartsCsv(600, 40))],
    ["a part over several element rows, one unreadable", new TextEncoder().encode(GROUPED)],
  ])("packs %s as packCheckedParts packs the lines made whole", async (_, bytes) => {
    const dataset = getDataset();
    const scenario = resolveScenario(dataset, { regime: "apr-2025", lens: "border" }, "2026-11-25");
    const r = await checkPartsFileSet(new Uint8Array(bytes), dataset, TEST_PARTS_TABLES, scenario, { generatedAt: "2026-11-25T10:00:00.000Z" });
    if (!r.ok) throw new Error(r.message);
    const fromSet = packCheckedPartSet(r.checked);
    const whole = packCheckedParts(expandCheckedParts(r.checked));
    expect(fromSet.packed).toStrictEqual(whole.packed);
    expect(fromSet.transfer.map((b) => b.byteLength)).toEqual(whole.transfer.map((b) => b.byteLength));
  });
});

/** The fixture's data rows repeated `times` times with part numbers of their own (as the benchmark's files are made). */
function motorMakerRepeated(times: number): Uint8Array {
  const text = new TextDecoder("windows-1252").decode(readFileSync("fixtures/parts-lists/motor-maker-eu.csv")).trim().split(/\r?\n/);
  const [header, ...rows] = text;
  const out = [header];
  for (let t = 0; t < times; t += 1) for (const [i, r] of rows.entries()) out.push(r.replace(/^[^;]*/, `R-${t}-${i}`));
  return new Uint8Array(Buffer.from(`${out.join("\r\n")}\r\n`, "latin1"));
}
