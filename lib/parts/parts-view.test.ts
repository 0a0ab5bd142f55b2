import { describe, expect, it } from "vitest";
import { getFxRates } from "../data/load-parts-data";
import type { PartsReport } from "./build-parts-report";
import { makeTestPartsReport } from "./parts-report-fixture";
import {
  chartTakeaway,
  choiceOf,
  FILE_CURRENCIES,
  filterParts,
  PARTS_PAGE_SIZE,
  pdfRequestUrl,
  setColumnChoice,
  toMappingRows,
  toPartRowView,
  toSummaryView,
} from "./parts-view";
import type { SheetPreview } from "./preview-sheet";

const summaryOf = (byAction: Partial<Record<string, number>>, rowsWithErrors = 0) =>
  ({
    summary: {
      lines: Object.values(byAction).reduce((a: number, b) => a + (b ?? 0), 0),
      byAction: Object.fromEntries(["hold", "apply", "review", "insufficient-data", "clear"].map((a) => [a, { lines: byAction[a] ?? 0, unitValueUsd: 0, annualValueUsd: 0 }])),
      drivers: [{ symbol: "Dy", lines: 3 }, { symbol: "Tb", lines: 1 }],
    },
    file: { rowsWithErrors },
  }) as unknown as Pick<PartsReport, "summary" | "file">;

describe("chartTakeaway: an empty, failed or undecided check never reads as all clear", () => {
  it.each([
    [{}, 0, "No line was checked: this is not an all-clear."],
    [{}, 4, "No line could be checked (4 rows with errors): this is not an all-clear."],
    [{ clear: 5, "insufficient-data": 2 }, 0, "No checked line needs a licence or a review, but 2 lines lack the data to decide: this is not an all-clear."],
    [{ clear: 5 }, 1, "No checked line needs a licence or a review, but 1 row has errors: this is not an all-clear."],
    [{ clear: 5 }, 0, "All 5 lines are clear under this scenario, within what the check models (see Coverage)."],
    [{ apply: 2, review: 1, clear: 3, "insufficient-data": 1 }, 0, "3 lines of 7 need action (hold, licence or review), mostly through Dy, Tb; 1 line lacks the data to decide."],
  ] as const)("%j, %i rows with errors", (byAction, errors, text) => {
    expect(chartTakeaway(summaryOf(byAction, errors))).toBe(text);
  });
});

describe("the mapping step's view model", () => {
  const preview = { headers: ["PN", "Bezeichnung", ""], suggested: { part_id: "PN", description: "Bezeichnung" } } as unknown as SheetPreview;

  it("offers, for each column, automatic, every header, a constant, unknown and none", () => {
    const rows = toMappingRows(preview, { end_use: { constant: "military" }, origin_country: { unknown: true }, hs_code: "" });
    const row = (c: string) => rows.find((r) => r.column === c);
    expect(row("part_id")?.options.map((o) => o.value)).toEqual(["auto", "h:PN", "h:Bezeichnung", "constant", "unknown", "none"]);
    expect(row("part_id")?.options[0]?.label).toBe('Automatic: "PN"');
    expect(row("quantity")?.options[0]?.label).toBe("Automatic: not found");
    expect([row("end_use")?.selectValue, row("end_use")?.constantChoices]).toEqual(["constant", ["civil", "dual", "military", "advanced_semiconductor"]]);
    expect(row("origin_country")?.selectValue).toBe("unknown");
    expect(row("hs_code")?.selectValue).toBe("none");
  });

  it("records each choice as POST /api/bom reads it", () => {
    let m = setColumnChoice({}, "part_id", "h:PN");
    m = setColumnChoice(m, "end_use", "constant");
    m = setColumnChoice(m, "supplier_country", "constant", "CN");
    m = setColumnChoice(m, "origin_country", "unknown");
    m = setColumnChoice(m, "hs_code", "none");
    expect(m).toEqual({ part_id: "PN", end_use: { constant: "civil" }, supplier_country: { constant: "CN" }, origin_country: { unknown: true }, hs_code: "" });
    expect(choiceOf(setColumnChoice(m, "part_id", "auto"), "part_id")).toEqual({ kind: "auto" });
  });

  it("builds the PDF request from the page's scenario, the columns and the currency", () => {
    expect(pdfRequestUrl("regime=apr-2025&asOf=2025-06-01", { end_use: { constant: "civil" } }, "EUR")).toBe(
      "/api/bom?regime=apr-2025&asOf=2025-06-01&format=pdf&mapping=%7B%22end_use%22%3A%7B%22constant%22%3A%22civil%22%7D%7D&currency=EUR",
    );
    expect(pdfRequestUrl("regime=apr-2025", {}, null)).toBe("/api/bom?regime=apr-2025&format=pdf");
  });

  it("offers the currencies data/fx-rates.json has a rate for", () => {
    expect([...FILE_CURRENCIES].sort()).toEqual(getFxRates().rates.map((r) => r.currency).sort());
  });
});

describe("the lines table's view model", () => {
  it("filters by action and searches part number, description and code, a page at a time", async () => {
    const rows = Array.from({ length: PARTS_PAGE_SIZE + 5 }, (_, i) => `P${i},Schraube M${i},7318158290,DE`).join("\n");
    const r = await makeTestPartsReport(`PN,Description,HS code,Supplier country\nMAG,Magnet NdFeB N42SH,8505111000,CN\n${rows}\n`, { regime: "apr-2025" });
    const all = filterParts(r.parts, { action: "", query: "", page: 0 });
    expect([all.matching, all.pages, all.rows.length]).toEqual([PARTS_PAGE_SIZE + 6, 2, PARTS_PAGE_SIZE]);
    expect(filterParts(r.parts, { action: "", query: "", page: 9 }).page).toBe(1);
    expect(filterParts(r.parts, { action: "clear", query: "", page: 0 }).matching).toBe(PARTS_PAGE_SIZE + 5);
    expect(filterParts(r.parts, { action: "", query: "ndfeb", page: 0 }).rows.map((x) => x.partId)).toEqual(["MAG"]);
    expect(filterParts(r.parts, { action: "", query: "8505", page: 0 }).rows.map((x) => x.partId)).toEqual(["MAG"]);
  });

  it("shows a line's action, reason, estimated inputs and what is missing", async () => {
    const r = await makeTestPartsReport("PN,Description,Country of origin,Price (EUR)\nM1,Magnet NdFeB N42SH,CN,2.85\nX1,Sonderteil,DE,3\n", { regime: "apr-2025" });
    const [m, x] = r.parts.map(toPartRowView);
    expect(m).toMatchObject({ partId: "M1", rowText: "row 2", action: "apply", actionLabel: "Apply for a licence", estimatedText: "Estimated or assumed: content, magnet or material mass, end use", missingText: null, typeText: "NdFeB magnet N42SH" });
    expect(x).toMatchObject({ action: "insufficient-data", missingText: expect.stringMatching(/^Missing: what the part is/) });
  });

  it("summarises the check for the page: headline, file, rates, the takeaway", async () => {
    const r = await makeTestPartsReport("PN,Description,Country of origin,Price (EUR)\nM1,Magnet NdFeB N42SH,CN,2.85\n", { regime: "apr-2025" });
    const v = toSummaryView(r, 1234.4);
    expect(v.headline).toBe("1 line: 0 hold, 1 apply, 0 review, 0 insufficient data, 0 clear.");
    expect(v.fileLine).toMatch(/^parts\.csv · CSV \(utf-8, ","\) · 1 data row · SHA-256 [0-9a-f]{12}… · April 2025 .* as of 2025-06-01 · border lens · checked in 1,234 ms$/);
    expect(v.rates).toEqual(["1 EUR = 1.1306 USD (2025 annual average)"]);
  });
});
