import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import type { PdfFonts } from "../pdf/pdf-document";
import { loadPdfFonts } from "../../server/pdf-fonts";
import { makeTestBomReport } from "./bom-report-fixture";
import { BOM_PDF_MAX_PARTS, bomHeadline, fileLinesText, formatBomPdfReport, formatBomUsd } from "./format-bom-pdf-report";

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

describe("formatBomPdfReport", () => {
  it("holds the title, file hash, scenario, summary, parts and method", async () => {
    const report = await makeTestBomReport();
    const pdf = await formatBomPdfReport(report, fonts);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    const { flat } = await extract(pdf);
    expect(flat).toContain(report.title);
    expect(flat).toContain(`File sha256: ${report.file.sha256}`);
    expect(flat).toContain('Breakdown (scenario preset "breakdown")');
    expect(flat).toContain("5 parts: 1 denied, 1 case-by-case, 1 needs a licence, 2 free");
    expect(flat).toContain("ROD-TBDY-07");
    expect(flat).toContain("TGT-GD-300");
    expect(flat).toContain("0.86 %");
    expect(flat).toContain("No row errors.");
    expect(flat).toContain("Method");
  }, 30_000);

  it("draws 500 parts with 512-letter ids and descriptions without spaces in seconds, wrapped within the page", async () => {
    // pdfkit used to break such words one character at a time: 10,000 letters took 15 s. Each row here holds two
    // unbroken runs of the longest a cell may have (512 characters).
    const rows = Array.from({ length: BOM_PDF_MAX_PARTS }, (_, i) => `${String(i).padStart(3, "0")}${"P".repeat(509)},${"D".repeat(512)},90,Dy,45,ndfeb_magnet,1,civil,china`);
    const report = await makeTestBomReport([HEADER, ...rows].join("\n"));
    expect(report.parts).toHaveLength(BOM_PDF_MAX_PARTS);
    const started = performance.now();
    const pdf = await formatBomPdfReport(report, fonts);
    expect(performance.now() - started).toBeLessThan(20_000);
    const { flat } = await extract(pdf);
    // The id comes back whole once the zero-width break points are taken out.
    expect(flat.replaceAll("\u200B", "").replace(/ /g, "")).toContain(`499${"P".repeat(509)}`);
  }, 60_000);

  it("draws a 1 MB description (past the parser's limit) cut to length, without stalling", async () => {
    const report = await makeTestBomReport();
    const first = report.parts[0]!;
    const hostile = { ...report, parts: [{ ...first, partId: "X".repeat(1_000_000), description: "D".repeat(1_000_000) }] };
    const started = performance.now();
    const { flat, pages } = await extract(await formatBomPdfReport(hostile, fonts));
    expect(performance.now() - started).toBeLessThan(10_000);
    // The row is cut to one page: the id's cell ends in a line "…", the description says how much was left out.
    expect(pages).toBeLessThanOrEqual(3);
    expect(flat).toMatch(/X … china · civil/);
    // The detail is the 1,000,000-letter description, " — ", the elements, " — " and the reason: 2,000 characters
    // are shown, so a little over 998,000 are not.
    expect(flat).toMatch(/998,\d{3} more characters not shown/);
  }, 60_000);

  it("lists errors, and marks characters the font cannot draw instead of printing boxes", async () => {
    const text = [HEADER, "P1,钕铁硼磁体 magnet,90,Dy,45,ndfeb_magnet,1,civil,china", "P2,x,90,Dy,-1,ndfeb_magnet,1,civil,china"].join("\n");
    const { flat } = await extract(await formatBomPdfReport(await makeTestBomReport(text), fonts));
    expect(flat).toContain("[5 characters not in font] magnet");
    expect(flat).toContain('"-1" is negative');
    expect(flat).toContain("part P2 not computed");
  }, 30_000);

  it(`lists at most ${BOM_PDF_MAX_PARTS} parts, worst first, and says where the rest are`, async () => {
    const rows = Array.from({ length: BOM_PDF_MAX_PARTS + 20 }, (_, i) =>
      i === BOM_PDF_MAX_PARTS + 10 ? `LAST-DENIED,x,90,Dy,45,alloy,1,military,china` : `P${i},x,90,Ce,45,alloy,1,civil,china`,
    );
    const report = await makeTestBomReport([HEADER, ...rows].join("\n"), { regime: "apr-2025" });
    const { flat } = await extract(await formatBomPdfReport(report, fonts));
    expect(flat).toContain(`The first ${BOM_PDF_MAX_PARTS} of ${BOM_PDF_MAX_PARTS + 20} parts are listed`);
    // The one denied part comes first although it is near the end of the file.
    expect(flat.indexOf("LAST-DENIED")).toBeLessThan(flat.indexOf("P0 "));
    expect(flat).not.toContain(`P${BOM_PDF_MAX_PARTS + 19} `);
  }, 60_000);
});

describe("bomHeadline", () => {
  it("says how many parts are restricted, and how", async () => {
    expect(bomHeadline(await makeTestBomReport(undefined, { regime: "apr-2025" }))).toBe("5 parts: 1 denied, 0 case-by-case, 1 needs a licence, 3 free");
  });
});

describe("formatBomUsd", () => {
  it.each([
    [90, "$90"],
    [1234.5, "$1,234.5"],
    [0.045, "$0.05"],
    [1_234_567, "$1.23M"], // three significant digits, as every compact amount
  ])("%d → %s", (value, text) => expect(formatBomUsd(value)).toBe(text));
});

describe("fileLinesText", () => {
  it("says where every line went, leaving out the kinds there are none of", async () => {
    // Lines: 1 header, 2 P0, 3 blank, 4 "P2 (a quote never closed), 5 P3 and 6 P4 swallowed: 6 = 1 + 2 + 1 + 0 + 2.
    const r = await makeTestBomReport([HEADER, "P0,x,90,Dy,45,ndfeb_magnet,1,civil,china", "", '"P2,x,90,Dy,45,ndfeb_magnet,1,civil,china', "P3,x", "P4,x"].join("\n"));
    expect(fileLinesText(r.file)).toBe(
      "6 lines: 1 header line, 2 data rows, 1 blank line, 2 lines swallowed by a broken quote (see the errors). 1 valid row, 1 row with errors.",
    );
  });
});
