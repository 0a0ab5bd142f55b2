import { describe, expect, it } from "vitest";
import { getControlCodes, getTypicalComposition } from "../data/load-parts-data";
import { classifyLine } from "./classify-line";
import { type ContentEstimate, estimateContent } from "./estimate-content";

const tables = getTypicalComposition();
const items = getControlCodes().items;

function estimate(description: string, unitValueUsd: number | null, netMassG: number | null = null): ContentEstimate {
  return estimateContent({ classification: classifyLine({ description }, items), unitValueUsd, netMassG }, tables);
}
function element(e: ContentEstimate, el: string) {
  if (!e.ok) throw new Error(e.insufficient.join("; "));
  return e.elements.find((x) => x.element === el);
}

describe("estimateContent: magnets from their value", () => {
  it("N42SH at €5.00 (US$5.653 at 1.1306): 70.7–141.3 g of magnet, 1.06–5.65 g Dy", () => {
    // Mass: 5.653 ÷ 80 US$/kg = 70.6625 g; 5.653 ÷ 40 US$/kg = 141.325 g.
    const e = estimate("Magnet N42SH 20x10x5", 5.653);
    expect(e.ok && e.mass).toMatchObject({ lowG: expect.closeTo(70.6625, 9), highG: expect.closeTo(141.325, 9) });
    // SH: Dy 1.5–4 % → 70.6625 × 1.5 % = 1.0599375 g; 141.325 × 4 % = 5.653 g. No central: the mass is a range.
    expect(element(e, "Dy")).toEqual({ element: "Dy", lowG: expect.closeTo(1.0599375, 9), highG: expect.closeTo(5.653, 9), centralG: null, estimated: true });
    // Tb 0–0.5 % → 0 to 0.706625 g.
    expect(element(e, "Tb")).toMatchObject({ lowG: 0, highG: expect.closeTo(0.706625, 9) });
    // Nd 18.38–23.25 % (the SH row) → 12.9878 to 32.8581 g.
    expect(element(e, "Nd")).toMatchObject({ lowG: expect.closeTo(70.6625 * 0.1838, 9), highG: expect.closeTo(141.325 * 0.2325, 9) });
    expect(e.ok && e.estimated).toBe(true);
    expect(e.ok && e.basis.join(" ")).toMatch(/unit value US\$5\.65 ÷ US\$80\/kg = 70\.66 g to ÷ US\$40\/kg = 141 g/);
    expect(e.ok && e.compositionKey).toBe("ndfeb:SH");
  });

  it("N52 at US$4: 50–100 g of magnet, Dy 0–1 g", () => {
    const e = estimate("Magnet N52", 4);
    expect(element(e, "Dy")).toMatchObject({ lowG: 0, highG: 1 }); // 100 g × 1 %
  });

  it("grain-boundary diffused SH at US$8: Dy ⅓ of the low and ½ of the high", () => {
    // Mass 100–200 g; Dy 100 × 1.5 % × ⅓ = 0.5 g (factor stored as 0.3333) to 200 × 4 % × ½ = 4 g.
    const e = estimate("NdFeB 45SH GBD", 8);
    expect(element(e, "Dy")).toMatchObject({ lowG: expect.closeTo(0.49995, 9), highG: expect.closeTo(4, 9) });
  });

  it("UH grade: Dy and Tb each 0–10 %, their sum 1.5–10 %", () => {
    // Mass at US$6: 75–150 g. Heavy rare earths 75 × 1.5 % = 1.125 g to 150 × 10 % = 15 g.
    const e = estimate("NdFeB N38UH", 6);
    expect(e.ok && e.heavyRareEarths).toEqual({ lowG: expect.closeTo(1.125, 9), highG: expect.closeTo(15, 9) });
    expect(element(e, "Dy")).toMatchObject({ lowG: 0, highG: expect.closeTo(15, 9), centralG: null });
  });

  it("a part that declares itself Dy-free carries no Dy", () => {
    const e = estimate("NdFeB N42SH Dy-frei", 5);
    expect(element(e, "Dy")).toEqual({ element: "Dy", lowG: 0, highG: 0, centralG: 0, estimated: false });
    expect(element(e, "Tb")?.highG).toBeCloseTo(125 * 0.005, 9); // 5 ÷ 40 = 125 g × 0.5 %
  });

  it("a net weight replaces the value estimate and gives central values", () => {
    // 20 g of H grade: Dy 1.5 % → 0.3 g central, 0.5–3 % → 0.1–0.6 g.
    const e = estimate("NdFeB N35H", 2, 20);
    expect(element(e, "Dy")).toEqual({ element: "Dy", lowG: expect.closeTo(0.1, 9), highG: expect.closeTo(0.6, 9), centralG: expect.closeTo(0.3, 9), estimated: true });
  });
});

describe("estimateContent: assemblies from typical magnet masses", () => {
  it("an EPS rotor: up to 200 g of magnet (R72), grade unknown → Dy 0–20 g", () => {
    const e = estimate("Rotorbaugruppe EPS", 40);
    expect(e.ok && e.mass).toMatchObject({ lowG: 0, highG: 200 });
    expect(element(e, "Dy")).toMatchObject({ lowG: 0, highG: 20 }); // 200 × 10 %
    expect(e.ok && e.sourceIds).toEqual(expect.arrayContaining(["R72", "R70"]));
  });

  it("an EV traction motor: 1–2 kg (S160) of the EV grade → Dy 10–120 g, Tb 0–20 g", () => {
    const e = estimate("Traktionsmotor 150 kW", 900);
    expect(element(e, "Dy")).toMatchObject({ lowG: 10, highG: 120 }); // 1000 × 1 %, 2000 × 6 %
    expect(element(e, "Tb")).toMatchObject({ lowG: 0, highG: 20 }); // 2000 × 1 %
  });

  it("a seat motor: 3.3–5.0 g (100 g per car ÷ 20–30 motors, EST) → Dy 0–0.5 g", () => {
    const e = estimate("Sitzverstellmotor", 25);
    expect(element(e, "Dy")).toMatchObject({ lowG: 0, highG: expect.closeTo(0.5, 9) });
  });

  it("a motor with no application on record is insufficient data", () => {
    expect(estimate("Lüftermotor", 30)).toEqual({
      ok: false,
      insufficient: ["grams of each element, or the application: sources give a typical magnet mass only for EV traction motors, EPS motors and small car motors"],
    });
  });
});

describe("estimateContent: materials", () => {
  it.each([
    // [description, net mass g, element, grams]
    ["Dy2O3 powder", 1000, "Dy", 871.3], // 87.13 % Dy by stoichiometry
    ["Y2O3 powder", 500, "Y", 393.7], // 78.74 %
    ["Beschichtung YSZ", 200, "Y", 11.02], // 7 % Y2O3 × 78.74 % = 5.51 % Y
    ["Terfenol-D rod", 100, "Tb", 17.75],
    ["Dysprosium metal 99.5%", 10, "Dy", 10],
    ["Sputtering target Gd", 2500, "Gd", 2500],
  ] as const)("%s, %d g → %s %d g", (description, mass, el, grams) => {
    const e = estimate(description, null, mass);
    expect(element(e, el)?.highG).toBeCloseTo(grams, 6);
  });

  it("SmCo 2:17 of 50 g: Sm 11.545–12.5 g, central 12.5 g", () => {
    const e = estimate("SmCo Magnet Sm2Co17", null, 50);
    expect(element(e, "Sm")).toEqual({ element: "Sm", lowG: expect.closeTo(11.545, 9), highG: 12.5, centralG: 12.5, estimated: true });
  });

  it("SmCo without a mass: no sourced SmCo price exists to estimate it from the value", () => {
    const e = estimate("SmCo Magnet Sm2Co17", 12);
    expect(e.ok).toBe(false);
    expect(!e.ok && e.insufficient.join(" ")).toMatch(/no sourced SmCo magnet price/);
  });
});

describe("estimateContent: what cannot be estimated", () => {
  it.each([
    ["Hall sensor", /no source gives a typical magnet mass for a sensor/],
    ["Magnet 20x10x5", /the magnet's material/],
    ["Kunststoffgebundener Magnet", /bonded magnets is not on record/],
    ["LED Leuchtstoff", /phosphor is on record/],
    ["Widget 42", /what the part is/],
    ["Lautsprecher", /finished electronics is not modelled/],
    ["Y2O3 powder", /net mass/], // no weight: an oxide's mass is not estimated from its value
  ])("%s", (description, message) => {
    const e = estimate(description, 10);
    expect(e.ok).toBe(false);
    expect(!e.ok && e.insufficient.join(" ")).toMatch(message);
  });

  it("a part with no rare earth has no content, and says so", () => {
    expect(estimate("Schraube M6", 0.1)).toMatchObject({ ok: true, elements: [], estimated: false });
  });

  it("grams the line gives are used as they are", () => {
    const e = estimateContent(
      { classification: classifyLine({ description: "Magnet N42SH" }, items), unitValueUsd: 5, netMassG: null, gramsByElement: { Dy: 1.2, Nd: 30 } },
      tables,
    );
    expect(e).toMatchObject({ ok: true, estimated: false, elements: [{ element: "Dy", lowG: 1.2, highG: 1.2, estimated: false }, { element: "Nd", lowG: 30 }] });
  });
});
