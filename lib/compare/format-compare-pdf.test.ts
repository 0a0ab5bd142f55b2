import PDFDocument from "pdfkit";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadPdfFonts } from "../../server/pdf-fonts";
import { inspectPdf } from "../pdf/inspect-pdf";
import type { PdfFonts } from "../pdf/pdf-document";
import { makeTestCompareReport } from "./compare-report-fixture";
import { formatComparePdf } from "./format-compare-pdf";

let fonts: PdfFonts;
beforeAll(() => {
  fonts = loadPdfFonts();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("formatComparePdf", () => {
  it("holds both scenarios, the headline, what changed, the sectors and the products that move, with why", async () => {
    const r = await makeTestCompareReport();
    const pdf = await inspectPdf(await formatComparePdf(r, fonts));
    const { flat } = pdf;
    expect(flat).toContain(r.title);
    expect(flat).toContain(r.headline);
    expect(flat).toContain("A April 2025 (Ann. 18), as of 2025-06-01 · /?regime=apr-2025&asOf=2025-06-01");
    expect(flat).toContain("Advanced-node chips licence case-by-case");
    // Telecom: 0 → 99 %, +99 points; aerospace 100 % → 0, −100 points (hand-worked in compare-results.test.ts).
    expect(flat).toMatch(/Telecom & optical A 0 % B 99 % \+99 pts/);
    expect(flat).toMatch(/Telecom & optical 0 % 99 % \+99 pts \$0 \$223K \+\$223K/);
    expect(flat).toContain("Why: Er controlled in B, not in A");
    expect(flat).toMatch(/Scenario A Regime April 2025/);
    expect(flat).toMatch(/Scenario B Regime October 2025 as announced/);
    pdf.pageTexts.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pdf.pages} · dataset ${r.dataset.version} · comparison ${r.compareSha256.slice(0, 12)}`));
  }, 30_000);

  it("says so when nothing changes", async () => {
    const { flat } = await inspectPdf(await formatComparePdf(await makeTestCompareReport({ regime: "breakdown" }, { regime: "breakdown" }), fonts));
    expect(flat).toContain("Nothing: A and B are the same scenario.");
    expect(flat).toContain("None: all 9 products keep their status.");
  }, 30_000);

  it("draws the bundled dataset's comparison with a range without pdfkit breaking a page", async () => {
    const spy = vi.spyOn(PDFDocument.prototype, "continueOnNewPage");
    const r = await makeTestCompareReport({ regime: "post-suspension-2025-11" }, { regime: "as-of-today" }, { bundled: true });
    const { flat } = await inspectPdf(await formatComparePdf(r, fonts));
    expect(spy).not.toHaveBeenCalled();
    expect(flat).toContain("Not on record (range)");
    for (const s of r.sectors) expect(flat).toContain(s.name);
  }, 30_000);
});
