// The 30-line parts list of a European motor maker (fixtures/parts-lists/motor-maker-eu.csv and .xlsx): semicolons,
// Windows-1252, EUR with decimal commas, supplier countries as ISO codes, HS codes, German and English descriptions,
// quantities, no grams. The expected reading of every line is worked out by hand below (and in the README beside
// the fixture), and the action each line gets under April 2025 (at the end).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getControlCodes, getFxRates, getTypicalComposition } from "../data/load-parts-data";
import type { LineType } from "./line-types";
import { type PartLinesResult, readPartLines } from "./read-part-lines";
import { makeTestPartsReport } from "./parts-report-fixture";
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

// ---- The action per line, worked out by hand ------------------------------------------------------------------------
//
// Scenario: April 2025 (regime apr-2025), a European buyer (destination other), border lens. In force: Ann. 18 (Sm, Gd,
// Tb, Dy, Lu, Sc, Y controlled in every listed form: metals, alloys, targets, oxides, NdFeB and SmCo magnets), the
// NdFeB content-check practice (customs held every NdFeB magnet, and assemblies holding one, while Dy/Tb NdFeB was
// licensed), the MOFCOM FAQ exclusions (motors, rotor/stator assemblies, injection-moulded sensor assemblies,
// finished electronics). Not in force: Ann. 57, Ann. 61's 0.1 % rule. No end use given: read as civil, so no line
// is held (denied). The file gives supplier countries only, no country of origin: a supplier outside China leaves
// "made in China and sold on" possible.
//
// Mapping a case to an action: denied → hold; licence → apply; case-by-case, or held for content checks only → review;
// cases that differ → review (an estimate or an origin decides) or insufficient data (nothing to decide with).
type Case = { action: string; why: RegExp };
const ACTIONS_APR_2025: Record<string, Case> = {
  // SH: Dy 1.5–4 % of 40.28–80.56 g (€2.85 × 1.1306 = $3.22221; ÷ $80 to ÷ $40 per kg) = Dy 0.604–3.222 g > 0 even at
  // the low end: Dy in an NdFeB magnet from China (CN) → licence.
  "10-4711-001": { action: "apply", why: /^Dy, Tb in the part \(ndfeb magnet\) bought from China: export licence required/ },
  // UH: Dy + Tb 1.5–10 % of 57.94–115.89 g = 0.869–11.59 g: one of them is surely there, both controlled → licence.
  "10-4711-002": { action: "apply", why: /export licence required.*Dy \+ Tb 0\.87–11\.59 g/ },
  // N: Dy 0–1 % of 4.95–9.89 g = 0–0.0989 g. Dy-free → held for content checks (review); with Dy → licence: differ.
  "10-4711-003": { action: "review", why: /^Review: Composition decides: the estimate .*Dy 0–0\.099 g/ },
  // Supplier JP, origin not given. Made in China: Dy 0.2756–2.2047 g (GBD: ⅓–½ of SH) → licence; made in Japan: no
  // 0.1 % rule in force → not caught. The origin decides.
  "10-4711-004": { action: "review", why: /supplier is in Japan, but the country of origin is not given/ },
  // SmCo always holds Sm (1C902.a): made in China → licence; made in Switzerland → not caught. (Its grams cannot be
  // estimated, no SmCo price being on record, but Sm alone decides.)
  "10-4711-005": { action: "review", why: /supplier is in Switzerland.*If it holds Sm: export licence required/ },
  // Bonded NdFeB from CN: Nd/Pr only → held (review level); with Dy/Tb → licence. The bonded magnets' Dy/Tb is NF.
  "10-4711-006": { action: "insufficient-data", why: /Dy\/Tb content of bonded magnets is not on record/ },
  // N35 declared Dy-free, supplier DE: made in China → Nd/Pr NdFeB held for content checks; made in Germany → not caught.
  "10-4711-007": { action: "review", why: /supplier is in Germany.*NdFeB held at China's customs for content checks/ },
  // EPS rotor assembly, supplier DE: from China → FAQ V excludes it, but NdFeB inside is held; made in DE → not caught.
  "10-4711-008": { action: "review", why: /supplier is in Germany/ },
  // Motors and rotors from CN: FAQ IV/V exclude them, the NdFeB inside is held for content checks in every case.
  "10-4711-009": { action: "review", why: /^Review: NdFeB held at China's customs for content checks/ },
  "10-4711-010": { action: "review", why: /^Review: NdFeB held at China's customs for content checks/ },
  "10-4711-011": { action: "review", why: /^Review: NdFeB held at China's customs for content checks/ },
  "10-4711-012": { action: "review", why: /^Review: NdFeB held at China's customs for content checks/ },
  // Wiper motor from Hong Kong, a separate customs territory: mainland-made → held; made elsewhere → not caught.
  "10-4711-013": { action: "review", why: /Hong Kong is a separate customs territory/ },
  // Sensors and the stator: no typical magnet mass, and the origin is not given: with NdFeB inside from China → held,
  // with none → not caught.
  "10-4711-014": { action: "insufficient-data", why: /no source gives a typical magnet mass for a sensor/ },
  "10-4711-015": { action: "insufficient-data", why: /no source gives a typical magnet mass for a sensor/ },
  "10-4711-016": { action: "insufficient-data", why: /no source gives a typical magnet mass for a sensor/ },
  "10-4711-017": { action: "insufficient-data", why: /or the application/ },
  // Parts of kinds that hold no rare earth.
  "10-4711-018": { action: "clear", why: /^Clear: not caught: a part of a kind that holds no rare earth\.$/ },
  "10-4711-019": { action: "clear", why: /^Clear: not caught/ },
  "10-4711-020": { action: "clear", why: /^Clear: not caught/ },
  "10-4711-021": { action: "clear", why: /^Clear: not caught/ },
  "10-4711-022": { action: "clear", why: /^Clear: not caught/ },
  // ECU, supplier DE: from China it is finished electronics (FAQ IV); made in Germany, no 0.1 % rule: clear either way.
  "10-4711-023": { action: "clear", why: /^Clear: bought from China as finished electronics, not a listed item \(MOFCOM FAQ IV.*made outside China: the 0\.1 % rule is not in force/ },
  // Speaker from CN: finished electronics (FAQ IV).
  "10-4711-024": { action: "clear", why: /^Clear: bought from China as finished electronics, not a listed item/ },
  // "Magnet Quader" under HS 8501: its material is not stated (NdFeB, SmCo or ferrite decide differently).
  "10-4711-025": { action: "insufficient-data", why: /the magnet's material/ },
  "10-4711-026": { action: "clear", why: /^Clear: not caught/ },
  // Fan motor from Taiwan: no typical magnet mass for a fan motor, origin not given.
  "10-4711-027": { action: "insufficient-data", why: /or the application/ },
  // H: Dy 0.5–3 % of 31.09–62.18 g = 0.1555–1.8655 g: made in China → licence; in Korea → not caught.
  "10-4711-028": { action: "review", why: /supplier is in Republic of Korea/ },
  "10-4711-029": { action: "insufficient-data", why: /does not say what the part is/ },
  "10-4711-030": { action: "insufficient-data", why: /does not say what the part is/ },
};

describe.each(["motor-maker-eu.csv", "motor-maker-eu.xlsx"])("the motor maker's actions under April 2025, EU buyer (%s)", (file) => {
  const report = async () => makeTestPartsReport(new Uint8Array(fs.readFileSync(path.join(dir, file))), { regime: "apr-2025", destination: "other" });

  it.each(Object.entries(ACTIONS_APR_2025))("%s", async (partId, want) => {
    const line = (await report()).parts.find((p) => p.partId === partId);
    expect(line?.action).toBe(want.action);
    expect(line?.reason).toMatch(want.why);
  });

  it("counts 0 hold, 2 apply, 11 review, 9 insufficient data, 8 clear: never clear where the file does not say", async () => {
    const r = await report();
    // apply: 001, 002; review: 003, 004, 005, 007–013, 028; insufficient: 006, 014–017, 025, 027, 029, 030; clear: 018–024, 026.
    expect(Object.fromEntries(Object.entries(r.summary.byAction).map(([a, b]) => [a, b.lines]))).toEqual({ hold: 0, apply: 2, review: 11, "insufficient-data": 9, clear: 8 });
    expect(r.parts.filter((p) => p.action === "insufficient-data").every((p) => p.missing.length > 0)).toBe(true);
  });

  it("names what each estimated line rests on", async () => {
    const r = await report();
    expect(r.parts.find((p) => p.partId === "10-4711-001")?.estimated).toEqual(["content", "magnet or material mass", "end use"]);
    // A screw's action rests on nothing estimated.
    expect(r.parts.find((p) => p.partId === "10-4711-019")?.estimated).toEqual([]);
    expect(r.parts.find((p) => p.partId === "10-4711-004")?.estimated).toContain("origin");
  });
});
