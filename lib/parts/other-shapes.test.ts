// Parts lists as officers have them, other than the motor maker's: German headers with decimal commas, one row per part
// (US ERP, no elements), customs codes and descriptions only, a workbook with a title row and merged cells. Each
// line's action under April 2025 (EU buyer, border lens) is worked out by hand in the comments.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeTestPartsReport } from "./parts-report-fixture";

const dir = path.join(__dirname, "..", "..", "fixtures", "parts-lists");
const check = (file: string, options: Parameters<typeof makeTestPartsReport>[2] = {}) =>
  makeTestPartsReport(new Uint8Array(fs.readFileSync(path.join(dir, file))), { regime: "apr-2025", destination: "other" }, options);
const actions = (r: Awaited<ReturnType<typeof check>>) => Object.fromEntries(r.parts.map((p) => [p.partId, p.action]));

describe("german-decimal-commas.csv: Sachnummer, Benennung, Stückpreis 1.234,50, Stückzahl 1.200, Nettogewicht (g)", () => {
  it("reads decimal commas and thousands dots, a currency column, country names, German end uses", async () => {
    const r = await check("german-decimal-commas.csv");
    expect(r.errors).toEqual([]);
    expect(r.decimal).toEqual({ separator: ",", from: "cells" });
    const p = (id: string) => r.parts.find((x) => x.partId === id);
    expect(p("A-101")?.unitValue).toMatchObject({ amount: 1234.5, currency: "EUR" });
    expect(p("A-100")?.quantity).toBe(1200);
    expect(p("A-104")?.unitValue).toMatchObject({ amount: 640, currency: "USD", usd: 640 });
    expect(r.ratesUsed.map((x) => x.currency).sort()).toEqual(["EUR", "USD"]);
  });

  it("decides every line", async () => {
    expect(actions(await check("german-decimal-commas.csv"))).toEqual({
      // N45SH, 62,5 g net: SH Dy 1.5–4 % → Dy 0.9375–2.5 g, from China → licence.
      "A-100": "apply",
      // Dy2O3, 1.000 g net: Dy 87.13 % → 871.3 g, from China → licence.
      "A-101": "apply",
      // Gd target made in Japan; no 0.1 % rule in April 2025 → clear (its chip-fab end use matters only when caught).
      "A-102": "clear",
      // A rotor shaft holds no rare earth.
      "A-103": "clear",
      // Terfenol-D (Tb 17.75 %, Dy 42.34 % of 200 g) from "VR China", military, EU buyer: a licence (no denial for the EU).
      "A-104": "apply",
    });
  });
});

describe("one-row-per-part.csv: a US ERP export, one row per part, no elements", () => {
  it("reads quoted descriptions with commas, vendor and origin countries, annual quantities", async () => {
    const r = await check("one-row-per-part.csv");
    expect(r.errors).toEqual([]);
    expect(r.layout).toBe("part-per-row");
    expect(r.parts[0]).toMatchObject({ partId: "100-001", description: "MAGNET, NDFEB, N42SH, 20X10X5, NI COATED", quantity: 24000, originCountry: "CN" });
  });

  it("decides every line", async () => {
    expect(actions(await check("one-row-per-part.csv"))).toEqual({
      // N42SH from China at US$2.95: SH Dy ≥ 1.5 % of 2.95 ÷ 80 kg = 0.553 g → licence.
      "100-001": "apply",
      // Made in the US: no 0.1 % rule in April 2025.
      "100-002": "clear",
      "100-003": "clear",
      // A Ce,Tb phosphor from China: FAQ V, and the phosphor rule names Tm only.
      "100-004": "clear",
      "100-005": "clear",
      // Er-doped fibre from China: Er is not controlled in April 2025 (Ann. 57 came in October).
      "100-006": "clear",
      // A sensor from Hong Kong, origin not given, no typical magnet mass for a sensor.
      "100-007": "insufficient-data",
    });
  });

  it("under October 2025 as announced, the Er-doped fibre from China needs a licence (Ann. 57 lists Er fibre)", async () => {
    const r = await makeTestPartsReport(new Uint8Array(fs.readFileSync(path.join(dir, "one-row-per-part.csv"))), { regime: "oct-2025", destination: "other" });
    expect(r.parts.find((p) => p.partId === "100-006")).toMatchObject({ action: "apply", reason: expect.stringMatching(/^Er in the part \(doped optical fibre\) bought from China/) });
  });
});

describe("hs-codes-only.csv: customs codes and descriptions, nothing else", () => {
  it("names each line after its row, and never clears what it cannot decide", async () => {
    const r = await check("hs-codes-only.csv");
    expect(r.parts.map((p) => [p.partId, p.action])).toEqual([
      ["row 2", "insufficient-data"], // an NdFeB magnet: content and origin unknown
      ["row 3", "insufficient-data"], // Dy oxide: bought from China or not?
      ["row 4", "insufficient-data"], // 2805301910: Sm, Gd or Lu metal, origin unknown
      ["row 5", "insufficient-data"], // a motor of no known application, origin unknown
      ["row 6", "clear"], // a hex bolt
      ["row 7", "insufficient-data"], // "optical fibre": doped or not is not said
    ]);
    expect(r.parts[1]?.missing).toEqual(["the country of origin or the supplier's country"]);
    expect(r.parts[2]?.codeCandidates.map((c) => c.controlCode)).toEqual(["1C902.a", "1C903.a", "1C906.a"]);
  });

  it("with 'every row: CN' on the mapping step, the Dy oxide needs a licence", async () => {
    const r = await check("hs-codes-only.csv", { mapping: { origin_country: { constant: "CN" } } });
    expect(r.parts[1]).toMatchObject({ action: "apply", reason: expect.stringMatching(/^Dy in the part \(oxide or compound\) bought from China/) });
    expect(r.columns.origin_country).toBe("every row: CN");
  });
});

describe("titled-merged.xlsx: a title merged over the table, the header on row 4, suppliers merged down", () => {
  it("finds the header, fills the merged supplier and country, and decides every line", async () => {
    const r = await check("titled-merged.xlsx");
    expect(r.file.headerRow).toBe(4);
    expect(r.parts.map((p) => [p.partId, p.row, p.supplier, p.originCountry, p.action])).toEqual([
      // N42SH from China (merged CN): Dy ≥ 0.604 g → licence.
      ["EPS-M-01", 5, "Ningbo Ruida Magnetics", "CN", "apply"],
      // N52: Dy 0–1 %: composition decides.
      ["EPS-M-02", 6, "Ningbo Ruida Magnetics", "CN", "review"],
      // SmCo from China: Sm, a licence whatever its grams.
      ["EPS-M-03", 7, "Ningbo Ruida Magnetics", "CN", "apply"],
      ["EPS-S-01", 8, "Schraubenhandel Ulm", "DE", "clear"],
    ]);
  });
});
