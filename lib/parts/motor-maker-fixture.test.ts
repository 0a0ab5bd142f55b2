// The 30-line parts list of a European motor maker (fixtures/parts-lists/motor-maker-eu.csv and .xlsx): semicolons,
// Windows-1252, EUR with decimal commas, supplier countries as ISO codes, HS codes, German and English descriptions,
// quantities, no grams. The expected reading of every line is worked out by hand below (and in the README beside
// the fixture); the actions per line come when the triage is wired into the rules kernel.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getControlCodes, getFxRates, getTypicalComposition } from "../data/load-parts-data";
import type { LineType } from "./line-types";
import { type PartLinesResult, readPartLines } from "./read-part-lines";
import { readPartsFile } from "./read-parts-file";

const dir = path.join(__dirname, "..", "..", "fixtures", "parts-lists");
const options = { controlItems: getControlCodes().items, fxRates: getFxRates(), composition: getTypicalComposition() };

async function load(file: string): Promise<PartLinesResult> {
  const sheet = await readPartsFile(new Uint8Array(fs.readFileSync(path.join(dir, file))));
  if (!sheet.ok) throw new Error(sheet.message);
  return readPartLines(sheet.value, options);
}

type Expected = {
  type: LineType;
  grade?: string;
  tradedAs: string;
  confidence: string;
  /** Hand-worked grams per unit [low, high] of Dy (and Tb), or what is missing. */
  dy?: [number, number];
  tb?: [number, number];
  insufficient?: RegExp;
  noContent?: true;
};

// EUR → USD at the Fed's 2025 annual average, 1.1306 (FX-FED). Magnets: mass = USD value ÷ 80 to ÷ 40 US$/kg.
const EXPECTED: Record<string, Expected> = {
  // €2.85 = US$3.22221 → 40.2776–80.5553 g; SH Dy 1.5–4 % → 0.604164–3.22221 g; Tb 0–0.5 % → 0–0.402776 g.
  "10-4711-001": { type: "ndfeb_magnet", grade: "SH", tradedAs: "listed", confidence: "high", dy: [0.604164, 3.22221], tb: [0, 0.402776] },
  // €4.10 = US$4.63546 → 57.9433–115.887 g; UH Dy 0–10 % → 0–11.5887 g (Dy + Tb 1.5–10 %).
  "10-4711-002": { type: "ndfeb_magnet", grade: "UH", tradedAs: "listed", confidence: "high", dy: [0, 11.58865], tb: [0, 11.58865] },
  // €0.35 = US$0.39571 → 4.94638–9.89275 g; N Dy 0–1 % → 0–0.0989275 g.
  "10-4711-003": { type: "ndfeb_magnet", grade: "N", tradedAs: "listed", confidence: "high", dy: [0, 0.0989275] },
  // €3.90 = US$4.40934 → 55.1168–110.234 g; SH with GBD: Dy 55.1168 × 1.5 % × 0.3333 = 0.275556 to 110.234 × 4 % × ½ = 2.20467.
  "10-4711-004": { type: "ndfeb_magnet", grade: "SH", tradedAs: "listed", confidence: "high", dy: [0.2755563, 2.20467], tb: [0, 0.2755838] },
  // SmCo: no sourced SmCo magnet price, so no mass from the value.
  "10-4711-005": { type: "smco_magnet", tradedAs: "listed", confidence: "high", insufficient: /no sourced SmCo magnet price/ },
  "10-4711-006": { type: "bonded_magnet", tradedAs: "listed", confidence: "high", insufficient: /bonded magnets is not on record/ },
  // €1.95 = US$2.20467 → 27.5584–55.1168 g; declared Dy-free: Dy 0.
  "10-4711-007": { type: "ndfeb_magnet", grade: "N", tradedAs: "listed", confidence: "high", dy: [0, 0] },
  // EPS: up to 200 g of magnet (R72), grade unknown (Dy, Tb 0–10 %) → 0–20 g each.
  "10-4711-008": { type: "motor_or_rotor_assembly", tradedAs: "rotor_stator_assembly", confidence: "high", dy: [0, 20], tb: [0, 20] },
  "10-4711-009": { type: "motor_or_rotor_assembly", tradedAs: "motor", confidence: "high", dy: [0, 20], tb: [0, 20] },
  // EV traction: 1–2 kg (S160) of the EV grade (Dy 1–6 %, Tb 0–1 %) → Dy 10–120 g, Tb 0–20 g.
  "10-4711-010": { type: "motor_or_rotor_assembly", tradedAs: "motor", confidence: "high", dy: [10, 120], tb: [0, 20] },
  // e-axle rotor with N38EH: 1–2 kg of EH grade (Dy, Tb 0–10 %) → 0–200 g each.
  "10-4711-011": { type: "motor_or_rotor_assembly", grade: "EH", tradedAs: "rotor_stator_assembly", confidence: "high", dy: [0, 200], tb: [0, 200] },
  // Small car motors: 3.3–5.0 g (100 g ÷ 20–30 motors, EST) → Dy 0–0.5 g.
  "10-4711-012": { type: "motor_or_rotor_assembly", tradedAs: "motor", confidence: "high", dy: [0, 0.5], tb: [0, 0.5] },
  "10-4711-013": { type: "motor_or_rotor_assembly", tradedAs: "motor", confidence: "high", dy: [0, 0.5], tb: [0, 0.5] },
  "10-4711-014": { type: "sensor", tradedAs: "injection_moulded_sensor_assembly", confidence: "medium", insufficient: /typical magnet mass for a sensor/ },
  "10-4711-015": { type: "sensor", tradedAs: "unknown", confidence: "medium", insufficient: /typical magnet mass for a sensor/ },
  "10-4711-016": { type: "sensor", tradedAs: "unknown", confidence: "medium", insufficient: /typical magnet mass for a sensor/ },
  "10-4711-017": { type: "motor_or_rotor_assembly", tradedAs: "rotor_stator_assembly", confidence: "high", insufficient: /or the application/ },
  "10-4711-018": { type: "no_rare_earth", tradedAs: "not_applicable", confidence: "medium", noContent: true },
  "10-4711-019": { type: "no_rare_earth", tradedAs: "not_applicable", confidence: "high", noContent: true },
  "10-4711-020": { type: "no_rare_earth", tradedAs: "not_applicable", confidence: "high", noContent: true },
  "10-4711-021": { type: "no_rare_earth", tradedAs: "not_applicable", confidence: "high", noContent: true },
  "10-4711-022": { type: "no_rare_earth", tradedAs: "not_applicable", confidence: "high", noContent: true },
  "10-4711-023": { type: "finished_electronics", tradedAs: "finished_electronics", confidence: "medium", insufficient: /finished electronics is not modelled/ },
  "10-4711-024": { type: "finished_electronics", tradedAs: "finished_electronics", confidence: "high", insufficient: /finished electronics is not modelled/ },
  // "Magnet" under HS 8501 (motors): a conflict, reported; the material is not stated.
  "10-4711-025": { type: "magnet_unspecified", tradedAs: "listed", confidence: "low", insufficient: /the magnet's material/ },
  "10-4711-026": { type: "no_rare_earth", tradedAs: "not_applicable", confidence: "medium", noContent: true },
  "10-4711-027": { type: "motor_or_rotor_assembly", tradedAs: "motor", confidence: "high", insufficient: /or the application/ },
  // €2.20 = US$2.48732 → 31.0915–62.183 g; H Dy 0.5–3 % → 0.155458–1.86549 g.
  "10-4711-028": { type: "ndfeb_magnet", grade: "H", tradedAs: "listed", confidence: "high", dy: [0.1554575, 1.86549] },
  "10-4711-029": { type: "unknown", tradedAs: "unknown", confidence: "none", insufficient: /what the part is/ },
  "10-4711-030": { type: "unknown", tradedAs: "unknown", confidence: "none", insufficient: /what the part is/ },
};

describe.each(["motor-maker-eu.csv", "motor-maker-eu.xlsx"])("the motor maker's parts list (%s)", (file) => {
  it("reads all 30 lines, every column matched, values in EUR at the stated rate, no errors", async () => {
    const r = await load(file);
    expect(r.lines).toHaveLength(30);
    expect(r.errors).toEqual([]);
    expect(Object.keys(r.sources).sort()).toEqual(["description", "hs_code", "part_id", "quantity", "supplier", "supplier_country", "unit_value"]);
    expect(r.ratesUsed).toEqual([{ currency: "EUR", text: "1 EUR = 1.1306 USD (2025 annual average)", series: expect.stringMatching(/AEXUSEU/), confidence: "H", sourceIds: ["FX-FED"] }]);
    const first = r.lines[0];
    expect(first?.unitValue).toEqual({ amount: 2.85, currency: "EUR", usd: expect.closeTo(3.22221, 9), rate: "1 EUR = 1.1306 USD (2025 annual average)" });
    expect(first?.quantity).toBe(24000); // "24.000" with the file's decimal comma
    expect(r.lines.find((l) => l.partId === "10-4711-010")?.unitValue?.amount).toBe(1850); // "1.850,00"
  });

  it("reads the supplier countries: China, Hong Kong flagged apart, Taiwan not China", async () => {
    const r = await load(file);
    const china = (pn: string) => r.lines.find((l) => l.partId === pn)?.supplierCountry?.china;
    expect(china("10-4711-001")).toBe("mainland");
    expect(china("10-4711-013")).toBe("hong-kong");
    expect(china("10-4711-027")).toBe("no");
    // Lines 001, 002, 003, 006, 009, 010, 011, 012, 018, 021, 024, 025.
    expect(r.lines.filter((l) => l.supplierCountry?.china === "mainland")).toHaveLength(12);
  });

  it.each(Object.entries(EXPECTED))("%s", async (partId, want) => {
    const line = (await load(file)).lines.find((l) => l.partId === partId);
    const c = line?.classification;
    expect([c?.type, c?.grade?.family, c?.tradedAs, c?.confidence]).toEqual([want.type, want.grade, want.tradedAs, want.confidence]);
    const content = line?.content;
    if (want.insufficient) {
      expect(content?.ok).toBe(false);
      expect(content && !content.ok && content.insufficient.join(" ")).toMatch(want.insufficient);
    } else if (want.noContent) {
      expect(content).toMatchObject({ ok: true, elements: [], estimated: false });
    } else {
      if (!content?.ok) throw new Error(`no estimate for ${partId}`);
      expect(content.estimated).toBe(true);
      const near = ([lo, hi]: [number, number]) => [expect.closeTo(lo, 5), expect.closeTo(hi, 5)];
      const dy = content.elements.find((e) => e.element === "Dy");
      expect([dy?.lowG, dy?.highG]).toEqual(near(want.dy ?? [Number.NaN, Number.NaN]));
      if (want.tb) {
        const tb = content.elements.find((e) => e.element === "Tb");
        expect([tb?.lowG, tb?.highG]).toEqual(near(want.tb));
      }
    }
  });

  it("adds up as the README says: 12 estimates, 12 insufficient, 6 without rare earth", async () => {
    const lines = (await load(file)).lines;
    const estimated = lines.filter((l) => l.content.ok && l.content.estimated).length;
    const insufficient = lines.filter((l) => !l.content.ok).length;
    const none = lines.filter((l) => l.content.ok && !l.content.estimated).length;
    expect([estimated, insufficient, none]).toEqual([12, 12, 6]);
  });

  it("reports the description/code conflict of line 25", async () => {
    const line = (await load(file)).lines.find((l) => l.partId === "10-4711-025");
    expect(line?.classification.conflicts).toEqual(["The description reads as permanent magnet (material not stated) but HS 8501: electric motors and generators."]);
  });
});

describe("the CSV fixture as it comes", () => {
  it("is Windows-1252 with semicolons, and the reader says so", async () => {
    const sheet = await readPartsFile(new Uint8Array(fs.readFileSync(path.join(dir, "motor-maker-eu.csv"))));
    expect(sheet.ok && [sheet.value.encoding, sheet.value.delimiter]).toEqual(["windows-1252", ";"]);
    expect(sheet.ok && sheet.value.rows[4]?.cells[1]).toBe("SmCo Magnet Sm2Co17 Ring für Drehzahlsensor");
  });
});
