import PDFDocument from "pdfkit";
import { PDFParse } from "pdf-parse";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDataset } from "../data/load-dataset";
import { computeExposure } from "../engine/compute-exposure";
import { resolveScenario } from "../engine/resolve-scenario";
import type { ScenarioInput } from "../engine/scenario";
import { formatPct, formatShareRangeShort } from "../format/format-number";
import { buildReport, type ExposureReport, hashDataset } from "./build-report";
import { formatPdfReport, reportHeadline } from "./format-pdf-report";
import { loadPdfFonts } from "../../server/pdf-fonts";
import type { PdfFonts } from "../pdf/pdf-document";

const GENERATED_AT = "2026-11-25T10:00:00.000Z";

async function makeReport(input: ScenarioInput): Promise<ExposureReport> {
  const dataset = getDataset();
  const result = computeExposure(dataset, resolveScenario(dataset, input, "2026-11-25"));
  return buildReport(dataset, result, { generatedAt: GENERATED_AT, datasetSha256: await hashDataset(dataset) });
}

type Extracted = { text: string; flat: string; pages: number; info: Record<string, unknown> };

async function extract(pdf: Uint8Array): Promise<Extracted> {
  // pdf.js may take over the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: pdf.slice() });
  try {
    const result = await parser.getText();
    const { info } = await parser.getInfo();
    return { text: result.text, flat: result.text.replace(/\s+/g, " "), pages: result.total, info: (info ?? {}) as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

let fonts: PdfFonts;
let report: ExposureReport;
let pdf: Uint8Array;
let extracted: Extracted;

beforeAll(async () => {
  fonts = loadPdfFonts();
  report = await makeReport({ regime: "apr-2025" });
  pdf = await formatPdfReport(report, fonts);
  extracted = await extract(pdf);
}, 30_000);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("loadPdfFonts", () => {
  it("reads DejaVu Sans regular and bold as TrueType bytes, once", () => {
    const ttf = (b: Uint8Array) => [...b.subarray(0, 4)].join(",") === "0,1,0,0";
    expect(ttf(fonts.regular)).toBe(true);
    expect(ttf(fonts.bold)).toBe(true);
    expect(fonts.regular.length).not.toBe(fonts.bold.length);
    expect(loadPdfFonts()).toBe(fonts);
  });
});

describe("reportHeadline", () => {
  it("is the report's own headline, the page's words", () => {
    expect(reportHeadline(report)).toBe(report.headline);
    expect(report.headline).toMatch(/of 10 sectors depend on a controlled input/);
  });
});

describe("formatPdfReport", () => {
  it("writes a multi-page PDF with the report's metadata", () => {
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(new TextDecoder().decode(pdf.subarray(-6)).trim()).toBe("%%EOF");
    expect(extracted.pages).toBeGreaterThan(1);
    expect(extracted.info).toMatchObject({ Title: report.title, Author: "Rare-earth exposure dashboard" });
    expect(extracted.info.CreationDate).toMatch(/^D:20261125100000Z/);
    const raw = new TextDecoder("latin1").decode(pdf);
    // Only the embedded DejaVu fonts, never pdfkit's built-in Helvetica.
    expect(raw).not.toContain("Helvetica");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
  });

  it("holds the title, provenance and scenario", () => {
    const { flat } = extracted;
    expect(flat).toContain(report.title);
    expect(flat).toContain(report.scenarioSha256);
    expect(flat).toContain(report.dataset.sha256);
    expect(flat).toContain(report.dataset.version);
    expect(flat).toContain("Generated 2026-11-25 10:00 UTC");
    expect(flat).toContain("7 of 17: Sc, Y, Sm, Gd, Tb, Dy, Lu");
    expect(flat).toContain("0.1 % rule (Ann. 61) off");
    expect(flat).toContain("Reading annex");
    expect(flat).toContain("/?regime=apr-2025");
  });

  it("holds the headline, the value at risk, every sector, the products, method and sources", () => {
    const { flat } = extracted;
    expect(flat).toContain(reportHeadline(report).replace(/\s+/g, " "));
    expect(flat).toContain("Value at risk: ");
    for (const s of report.sectors) expect(flat).toContain(s.name);
    const denied = report.products.find((p) => p.status.high === "denied");
    expect(denied && flat.includes(denied.name)).toBe(true);
    expect(flat).toMatch(/Licence Case-by-case Denied/);
    expect(flat).toContain("Method");
    for (const s of report.sources) expect(flat).toContain(`${s.id} `);
  });

  it("prints the engine's numbers", () => {
    const { flat } = extracted;
    for (const s of report.sectors) expect(flat).toContain(`${s.name} ${formatShareRangeShort(s.exposure)}`);
  });

  it("numbers every page in its footer", () => {
    const n = extracted.pages;
    const sha = report.scenarioSha256.slice(0, 12);
    for (let i = 1; i <= n; i += 1) {
      expect(extracted.flat).toContain(`Page ${i} of ${n} · dataset ${report.dataset.version} · scenario ${sha}`);
    }
  });

  it("repeats the product table's header on each page it runs onto", () => {
    const continued = extracted.flat.split("Products (continued) Product Sector Status").length - 1;
    expect(continued).toBeGreaterThan(0);
  });

  it("keeps non-ASCII text and marks characters the font lacks", async () => {
    const first = report.products[0];
    if (!first) throw new Error("no products");
    const cloned: ExposureReport = structuredClone(report);
    cloned.products = [{ ...first, name: "Dysprosium ≥ 0.1 % — café" }, ...cloned.products.slice(1)];
    cloned.scenario = { ...cloned.scenario, caveats: ["µ-scale × 2 → caveat"] };
    cloned.sources = [{ id: "S999", citation: "Nikkei — \"中国稀土\" — 2026", url: null }, ...cloned.sources];
    const { flat } = await extract(await formatPdfReport(cloned, fonts));
    expect(flat).toContain("Dysprosium ≥ 0.1 % — café");
    // DejaVu draws MICRO SIGN and GREEK SMALL MU with one glyph, so the text layer gives back either.
    expect(flat).toMatch(/⚠ [µμ]-scale × 2 → caveat/);
    expect(flat).toContain('S999 Nikkei — "[4 characters not in font]" — 2026');
  });

  it("formats the same report to the same bytes", async () => {
    const again = await formatPdfReport(report, fonts);
    expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
  });

  it("never lets pdfkit break a page on its own, even for a reason longer than a page", async () => {
    const spy = vi.spyOn(PDFDocument.prototype, "continueOnNewPage");
    const long = "A very long reason, repeated. ".repeat(800);
    const cloned: ExposureReport = {
      ...report,
      products: [...report.products, ...report.products].map((p, i) => (i === 3 ? { ...p, reason: long } : p)),
    };
    const bytes = await formatPdfReport(cloned, fonts);
    await formatPdfReport(report, fonts, { pageSize: "LETTER" });
    expect(spy).not.toHaveBeenCalled();
    const { flat, pages } = await extract(bytes);
    expect(pages).toBeGreaterThan(extracted.pages);
    expect(pages).toBeLessThan(extracted.pages + 10);
    expect(flat).toContain("…");
  });

  it.each<[string, ScenarioInput]>([
    ["breakdown, broad reading", { regime: "breakdown", reading: "broad" }],
    ["oct-2025 with overrides and a caveat", { regime: "oct-2025", military: "license", chinaShare: { Dy: 0.5 } }],
    ["a date instead of a preset", { asOf: "2026-01-15" }],
    ["as of today: a range, border lens, Japan", { regime: "as-of-today", lens: "border", destination: "jp" }],
  ])("formats %s", async (_name, input) => {
    const spy = vi.spyOn(PDFDocument.prototype, "continueOnNewPage");
    const r = await makeReport(input);
    const { flat, pages } = await extract(await formatPdfReport(r, fonts));
    expect(spy).not.toHaveBeenCalled();
    expect(pages).toBeGreaterThan(1);
    expect(flat).toContain(reportHeadline(r));
    expect(flat).toContain(`${r.scenario.outcomes[0]?.controlledElements.length} of 17: `);
    if (!r.scenario.regime) expect(flat).toContain(`Measures in force on ${r.scenario.asOf}`);
    for (const caveat of r.scenario.caveats) expect(flat).toContain(`⚠ ${caveat}`.replace(/\s+/g, " "));
    const threshold = r.scenario.outcomes[0]?.deMinimisPct ?? null;
    if (threshold !== null) expect(flat).toContain(`threshold ${threshold} % of value`);
    for (const p of r.products) if (p.controlledContentPct) expect(flat).toContain(formatPct(p.controlledContentPct.high));
  });
});
