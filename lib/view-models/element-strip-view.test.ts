import { describe, expect, it } from "vitest";
import { getDataset } from "../data/load-dataset";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { toElementStripView } from "./element-strip-view";

const dataset = getDataset();
const strip = (input: ScenarioInput) => toElementStripView(dataset.elements.elements, resolveScenario(dataset, input, "2026-12-02"));

describe("toElementStripView", () => {
  it("keeps the tiles free of the patches: a tile's view does not change when another element is toggled", () => {
    const before = strip({ regime: "apr-2025" });
    const after = strip({ regime: "apr-2025", controlled: ["Sc", "Y", "Sm", "Gd", "Tb", "Lu"] });
    // every tile but Dy's reads the same; the patches (which depend on the others) are apart, in toggles
    expect(after.tiles.filter((t, i) => JSON.stringify(t) !== JSON.stringify(before.tiles[i])).map((t) => t.symbol)).toEqual(["Dy"]);
    expect(after.toggles.Tb).toEqual({ controlled: "Sc,Y,Sm,Gd,Lu" });
  });

  it("orders the 17 tiles by atomic number and marks the April 2025 elements", () => {
    const v = strip({ regime: "apr-2025" });
    // Sc 21, Y 39, then La 57 … Lu 71
    expect(v.tiles.map((t) => t.symbol)).toEqual(["Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu"]);
    expect(v.tiles.filter((t) => t.state === "on").map((t) => t.symbol)).toEqual(["Sc", "Y", "Sm", "Gd", "Tb", "Dy", "Lu"]);
    expect(v.count).toBe("7 of 17 controlled");
    expect(v.openNote).toBeNull();
    expect(v.changed).toBe(false);
    expect(v.reset).toEqual({ controlled: null });
  });

  it.each([
    // switching Dy off leaves the other six, written in the grammar's order
    ["Dy", { controlled: "Sc,Y,Sm,Gd,Tb,Lu" }],
    // switching Nd on adds it in atomic-number order
    ["Nd", { controlled: "Sc,Y,Nd,Sm,Gd,Tb,Dy,Lu" }],
  ] as const)("gives each tile the URL patch of its toggle: %s", (symbol, patch) => {
    expect(strip({ regime: "apr-2025" }).toggles[symbol]).toEqual(patch);
  });

  it("says when the elements differ from the regime's", () => {
    const v = strip({ regime: "apr-2025", controlled: ["Dy", "Tb"] });
    expect(v.count).toBe("2 of 17 controlled");
    expect(v.changed).toBe(true);
    // back to the regime's seven: no parameter, the link follows the preset
    expect(v.toggles.Sc).toEqual({ controlled: "Sc,Tb,Dy" });
  });

  it("marks elements controlled only if a suspension lapsed", () => {
    // as of today the October 2025 elements (Ho, Er, Tm, Eu, Yb) hang on the suspension's end: 7 sure, 12 if it lapsed
    const v = strip({ regime: "as-of-today" });
    expect(v.tiles.filter((t) => t.state === "maybe").map((t) => t.symbol)).toEqual(["Eu", "Ho", "Er", "Tm", "Yb"]);
    expect(v.count).toBe("7 of 17 controlled");
    expect(v.openNote).toBe("12 if the suspension lapsed (not on record)");
    expect(v.tiles.find((t) => t.symbol === "Ho")?.tip).toMatch(/Controlled only if the October 2025 measures came back: not on record\.$/);
  });

  it.each([
    // Dy: mining 0.69, separation 0.99, magnets 0.94 → 69 %, 99 %, 94 %
    [{ regime: "apr-2025" }, "Dy", "Dysprosium (66). China: mining 69 %, separation 99 %, magnets 94 %. Uses: "],
    // Sc has no magnet figure: no "magnets" in its tip
    [{ regime: "apr-2025" }, "Sc", "Scandium (21). China: mining 75 %, separation 75 %. Uses: "],
    // a what-if of 50 % for Dy stands in for every stage
    [{ regime: "apr-2025", chinaShare: { Dy: 0.5 } }, "Dy", "Dysprosium (66). China: mining 50 %, separation 50 %, magnets 50 %. Uses: "],
  ] as const)("words the tooltip: %j %s", (input, symbol, start) => {
    expect(strip(input).tiles.find((t) => t.symbol === symbol)?.tip?.startsWith(start)).toBe(true);
  });
});
