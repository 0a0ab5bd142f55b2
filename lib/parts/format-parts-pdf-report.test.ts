import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import type { PdfFonts } from "../pdf/pdf-document";
import { loadPdfFonts } from "../../server/pdf-fonts";
import { fileLinesText, formatPartsPdfReport, formatPartsUsd, PARTS_PDF_MAX_LINES } from "./format-parts-pdf-report";
import { partsHeadline } from "./parts-report-rows";
import { makeTestPartsReport } from "./parts-report-fixture";

const HEADER = "part_id,description,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in";

async function extract(pdf: Uint8Array): Promise<{ flat: string; pages: number }> {
  // pdf.js may take over the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: pdf.slice() });
  try {
    const r = await parser.getText();
    return { flat: r.text.replace(/\s+/g, " "), pages: r.total };
  } finally {
    await parser.destroy();
  }
}

let fonts: PdfFonts;
beforeAll(() => {
  fonts = loadPdfFonts();
});

describe("formatPartsPdfReport", () => {
  it("holds the title, file hash, scenario, summary, parts and method", async () => {
    const report = await makeTestPartsReport();
    const pdf = await formatPartsPdfReport(report, fonts);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    const { flat } = await extract(pdf);
    expect(flat).toContain(report.title);
    expect(flat).toContain(`File sha256: ${report.file.sha256}`);
    expect(flat).toContain('Breakdown (scenario preset "breakdown")');
    expect(flat).toContain(`dataset version ${report.datasetVersion}`);
    expect(flat).toContain("5 lines: 1 hold, 1 apply, 1 review, 0 insufficient data, 2 clear.");
    expect(flat).toContain("ROD-TBDY-07");
    expect(flat).toContain("military end use: denied");
    expect(flat).toContain("TGT-GD-300");
    expect(flat).toContain("0.86 % of its value");
    expect(flat).toContain("US dollars, not converted");
    expect(flat).toContain("Coverage");
    expect(flat).toContain("Does not model");
    expect(flat).not.toContain("Errors");
  }, 30_000);

  it("draws 500 parts with 512-letter ids and descriptions without spaces in seconds, wrapped within the page", async () => {
    // pdfkit used to break such words one character at a time: 10,000 letters took 15 s. Each row here holds two
    // unbroken runs of the longest a cell may have (512 characters).
    const rows = Array.from({ length: PARTS_PDF_MAX_LINES }, (_, i) => `${String(i).padStart(3, "0")}${"P".repeat(509)},${"D".repeat(512)},90,Dy,45,ndfeb_magnet,1,civil,china`);
    const report = await makeTestPartsReport([HEADER, ...rows].join("\n"));
    expect(report.parts).toHaveLength(PARTS_PDF_MAX_LINES);
    // Every line is an error (the id cell is cut at 512 characters): still listed, by row.
    const started = performance.now();
    const pdf = await formatPartsPdfReport(report, fonts);
    expect(performance.now() - started).toBeLessThan(20_000);
    const { flat } = await extract(pdf);
    // The id comes back whole once the zero-width break points are taken out.
    expect(flat.replaceAll("\u200B", "").replace(/ /g, "")).toContain(`499${"P".repeat(509)}`);
  }, 60_000);

  it("draws a 1 MB description (past the parser's limit) cut to length, without stalling", async () => {
    const report = await makeTestPartsReport();
    const first = report.parts[0]!;
    const hostile = { ...report, parts: [{ ...first, partId: "X".repeat(1_000_000), description: "D".repeat(1_000_000) }] };
    const started = performance.now();
    const { flat } = await extract(await formatPartsPdfReport(hostile, fonts));
    expect(performance.now() - started).toBeLessThan(10_000);
    // Both the id and the description are cut to the writer's length, each saying how much is left out.
    expect(flat).toMatch(/99\d,\d{3} more characters not shown/);
  }, 60_000);

  it("lists errors, and marks characters the font cannot draw instead of printing boxes", async () => {
    const text = [HEADER, "P1,钕铁硼磁体 magnet,90,Dy,45,ndfeb_magnet,1,civil,china", "P2,x,90,Dy,-1,ndfeb_magnet,1,civil,china"].join("\n");
    const { flat } = await extract(await formatPartsPdfReport(await makeTestPartsReport(text), fonts));
    expect(flat).toContain("[5 characters not in font] magnet");
    expect(flat).toContain('"-1" is negative');
    expect(flat).toContain("Errors");
  }, 30_000);

  it(`lists at most ${PARTS_PDF_MAX_LINES} lines, worst action first, and says where the rest are`, async () => {
    const rows = Array.from({ length: PARTS_PDF_MAX_LINES + 20 }, (_, i) =>
      i === PARTS_PDF_MAX_LINES + 10 ? `LAST-DENIED,x,90,Dy,45,alloy,1,military,china` : `P${i},x,90,Ce,45,alloy,1,civil,china`,
    );
    const report = await makeTestPartsReport([HEADER, ...rows].join("\n"), { regime: "apr-2025" });
    const { flat } = await extract(await formatPartsPdfReport(report, fonts));
    expect(flat).toContain(`The first ${PARTS_PDF_MAX_LINES} of ${PARTS_PDF_MAX_LINES + 20} lines are listed`);
    // The one held line comes first although it is near the end of the file.
    expect(flat.indexOf("LAST-DENIED")).toBeLessThan(flat.indexOf("P0 "));
    expect(flat).not.toContain(`P${PARTS_PDF_MAX_LINES + 19} `);
  }, 60_000);
});

describe("partsHeadline", () => {
  it("counts lines by action, and rows with errors", async () => {
    expect(partsHeadline(await makeTestPartsReport(undefined, { regime: "apr-2025" }))).toBe("5 lines: 1 hold, 1 apply, 0 review, 0 insufficient data, 3 clear.");
    const withError = await makeTestPartsReport(`${HEADER}\nP1,x,90,Xx,45,ndfeb_magnet,1,civil,china\n`, { regime: "apr-2025" });
    expect(partsHeadline(withError)).toBe("1 line: 0 hold, 0 apply, 1 review, 0 insufficient data, 0 clear; 1 row with errors.");
  });

  it("never reads as clear when nothing was checked", async () => {
    const empty = { summary: { lines: 0 } as never, file: { rowsWithErrors: 0, headerRow: 1 } as never, errorCount: 0 };
    expect(partsHeadline(empty)).toBe("No line was checked: the file holds no data rows.");
    // ",,\nA,NdFeB magnet,CN": row 2 is taken as the header, and the headline says so.
    expect(partsHeadline({ ...empty, file: { rowsWithErrors: 0, headerRow: 2 } as never })).toBe(
      "No line was checked: the file holds no data rows below row 2, which was taken as the header.",
    );
    expect(partsHeadline({ ...empty, file: { rowsWithErrors: 3 } as never })).toBe("No line could be checked: 3 rows with errors.");
  });
});

describe("formatPartsUsd", () => {
  it.each([
    [90, "$90"],
    [1234.5, "$1,234.50"],
    [0.4, "$0.40"],
    [0.045, "$0.05"],
    [0.001, "< $0.01"], // less than half a cent: not "$0"
    [0, "$0"],
    [1_234_567, "$1.23M"], // three significant digits, as every compact amount
  ])("%d → %s", (value, text) => expect(formatPartsUsd(value)).toBe(text));
});

describe("fileLinesText", () => {
  it("says where every line went, leaving out the kinds there are none of", async () => {
    // Lines: 1 title, 2 header, 3 P0, 4 blank, 5 "P2 (a quote never closed), 6 P3 and 7 P4 swallowed: 7 = 1 + 1 + 2 + 1 + 0 + 2.
    const r = await makeTestPartsReport(["Parts list 2025", HEADER, "P0,x,90,Dy,45,ndfeb_magnet,1,civil,china", "", '"P2,x,90,Dy,45,ndfeb_magnet,1,civil,china', "P3,x", "P4,x"].join("\n"));
    expect(r.file.lines && fileLinesText(r.file.lines)).toBe(
      "7 lines: 1 line above the header, 1 header line, 2 data rows, 1 blank line, 2 lines swallowed by a broken quote (see the errors).",
    );
  });
});
