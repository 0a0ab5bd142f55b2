import { describe, expect, it } from "vitest";
import raw from "../../data/control-codes.json";
import { getDataset } from "./load-dataset";
import { getControlCodes, parseControlCodes } from "./load-parts-data";

const dataset = getDataset();
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("control-codes.json", () => {
  it("validates and resolves every measure, exclusion, item and source", () => {
    const file = getControlCodes();
    // 1C902–1C908 (Ann. 18, 7 elements), 1C909–1C913 (Ann. 57, 5 elements), the Ann. 61 annex and 1C914 (Ann. 56).
    const codes = new Set(file.items.map((i) => i.controlCode?.slice(0, 5)));
    expect([...codes].filter(Boolean).sort()).toEqual(["1C902", "1C903", "1C904", "1C905", "1C906", "1C907", "1C908", "1C909", "1C910", "1C911", "1C912", "1C913", "1C914"]);
    expect(file.items.filter((i) => i.controlCode === null).map((i) => i.id)).toEqual(["ann61-annex1-part1", "ann61-annex1-part2"]);
  });

  it("keeps the items without a code, each saying why", () => {
    const noCode = getControlCodes().items.filter((i) => i.codes.length === 0);
    // PM materials (SmCo, Tb, Dy, Ho), the Ann. 57 oxides and compounds, and the Ann. 61 annex are among them.
    for (const id of ["1c902.a-pm", "1c904.a-pm", "1c905.a-pm", "1c909.a-pm", "1c912.b-oxides", "1c910.c-compounds", "ann61-annex1-part1"]) {
      const item = noCode.find((i) => i.id === id);
      expect(item?.noCode, id).toMatch(/governs|composition|codes/);
    }
  });

  it("flags the codes the reference sheet leaves unconfirmed", () => {
    const items = getControlCodes().items;
    const code = (id: string, c: string) => items.find((i) => i.id === id)?.codes.find((x) => x.code === c);
    expect(code("1c906.b-oxides", "2846901800")?.confirmed).toBe(false);
    expect(code("1c902.c-compounds", "2846904810")?.confirmed).toBe(false);
    expect(code("1c913.a-metal", "28053019")?.confirmed).toBe(false);
    expect(code("1c905.a-metal", "2805301200")?.confirmed).toBe(true);
  });

  it.each([
    ["an unknown measure", (f: typeof raw) => { f.items[0]!.measureId = "cn-nothing"; }, /unknown measure cn-nothing/],
    ["an unknown source", (f: typeof raw) => { f.items[0]!.sourceIds = ["R9999"]; }, /unknown source R9999/],
    ["an unknown exclusion", (f: typeof raw) => { f.hsHints[0]!.exclusionIds = ["faq-nothing"]; }, /unknown exclusion faq-nothing/],
    ["a duplicate id", (f: typeof raw) => { f.items[1]!.id = f.items[0]!.id; }, /duplicate item id/],
  ])("rejects %s", (_, edit, message) => {
    const file = clone(raw);
    edit(file);
    expect(() => parseControlCodes(file, dataset)).toThrow(message);
  });

  it("rejects an item with neither codes nor a reason", () => {
    const file = clone(raw);
    const item = file.items.find((i) => i.id === "1c902.a-pm")!;
    item.noCode = null as unknown as string;
    expect(() => parseControlCodes(file, dataset)).toThrow(/noCode/);
  });

  it("rejects a reference code that is not 8 or 10 digits", () => {
    const file = clone(raw);
    file.items[0]!.codes[0]!.code = "280530191";
    expect(() => parseControlCodes(file, dataset)).toThrow(/8 or 10 digits/);
  });
});

describe("fx-rates.json", () => {
  it("holds the six 2025 rates of record-and-routes.md §6 with their series", async () => {
    const { getFxRates } = await import("./load-parts-data");
    const file = getFxRates();
    expect(file.meta.series).toBe("fed");
    expect(file.rates.map((r) => [r.currency, r.usdPerUnit ?? r.unitsPerUsd])).toEqual([
      ["USD", 1], ["EUR", 1.1306], ["JPY", 149.57], ["CNY", 7.1875], ["KRW", 1421.4], ["GBP", 1.3185],
    ]);
  });
  it.each([
    ["a rate quoted both ways", (f: { rates: Record<string, unknown>[] }) => { f.rates[1]!.unitsPerUsd = 0.88; }, /not both/],
    ["a rate without a source", (f: { rates: Record<string, unknown>[] }) => { f.rates[1]!.sourceIds = []; }, /needs a source/],
    ["an unknown source", (f: { rates: Record<string, unknown>[] }) => { f.rates[1]!.sourceIds = ["FX-XYZ"]; }, /unknown source FX-XYZ/],
  ])("rejects %s", async (_, edit, message) => {
    const { parseFxRates } = await import("./load-parts-data");
    const raw = (await import("../../data/fx-rates.json")).default;
    const file = clone(raw) as unknown as { rates: Record<string, unknown>[] };
    edit(file);
    expect(() => parseFxRates(file, dataset)).toThrow(message);
  });
});

describe("typical-composition.json", () => {
  it("validates, and every NdFeB grade family has a row", async () => {
    const { getTypicalComposition } = await import("./load-parts-data");
    const file = getTypicalComposition();
    const grades = file.compositions.filter((c) => c.lineType === "ndfeb_magnet" && c.grade).map((c) => c.grade);
    expect(grades).toEqual(["N", "M", "H", "SH", "UH", "EH", "AH"]);
    // No central value where the record has none: UH/EH/AH, M.
    for (const g of ["M", "UH", "EH", "AH"]) {
      expect(file.compositions.find((c) => c.grade === g)?.elements.Dy?.centralPct, g).toBeNull();
    }
  });

  it.each([
    ["a range upside down", (f: { compositions: { elements: Record<string, { lowPct: number }> }[] }) => { f.compositions[0]!.elements.Dy!.lowPct = 5; }, /low ≤ central ≤ high/],
    ["an unsourced figure not marked EST", (f: { compositions: { confidence: string; sourceIds: string[] }[] }) => { const c = f.compositions.find((x) => x.sourceIds.length === 0)!; c.confidence = "M"; }, /marked EST/],
    ["a mass row pointing nowhere", (f: { magnetMasses: { compositionKey: string }[] }) => { f.magnetMasses[0]!.compositionKey = "ndfeb:nothing"; }, /unknown composition ndfeb:nothing/],
  ])("rejects %s", async (_, edit, message) => {
    const { parseTypicalComposition } = await import("./load-parts-data");
    const raw = (await import("../../data/typical-composition.json")).default;
    const file = clone(raw) as never;
    (edit as (f: never) => void)(file);
    expect(() => parseTypicalComposition(file, dataset)).toThrow(message);
  });
});
