import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import { PARTS_MAX_COLUMNS, PARTS_MAX_ROWS, XLSX_MAX_INFLATED_BYTES } from "./file-limits";
import { HEADER_SCAN_ROWS } from "./find-header-row";
import { readXlsxRows } from "./read-xlsx-rows";
import { openXlsxArchive, scanSheetExtent, XLSX_LIMITS } from "./xlsx-archive";
import { inlineCell, lieAboutSizes, makeXlsx, numberCell } from "./xlsx-test-files";

const bytesOf = async (data: unknown[][]) => new Uint8Array(await writeXlsxFile(data as never, { dateFormat: "yyyy-mm-dd" } as never).toBuffer());

describe("readXlsxRows", () => {
  it("reads a workbook written by a spreadsheet library: text, numbers, dates; a text cell that looks like a number stays text", async () => {
    const bytes = await bytesOf([
      ["Teilenummer", "Einzelpreis", "Datum", "Menge"],
      ["00123", 12.5, new Date(Date.UTC(2025, 0, 2)), 250],
      ["A-7", 0.1 + 0.2, null, 1],
    ]);
    const r = await readXlsxRows(bytes);
    expect(r).toEqual({
      ok: true,
      value: {
        format: "xlsx",
        headers: ["Teilenummer", "Einzelpreis", "Datum", "Menge"],
        // 0.1 + 0.2 is stored as 0.30000000000000004: shown to 15 digits, as Excel shows it.
        headerRow: 1,
        rows: [{ row: 2, cells: ["00123", "12.5", "2025-01-02", "250"] }, { row: 3, cells: ["A-7", "0.3", "", "1"] }],
        rowErrors: [],
        rowsUnread: 0,
        blankRows: 0,
        rowsAboveHeader: 0,
        lines: null,
        delimiter: null,
        encoding: null,
        decimal: ".",
        notes: [],
      },
    });
  });

  it("takes a formula's stored result and never evaluates it", async () => {
    const xlsx = makeXlsx(`<row r="1">${inlineCell("A1", "PN")}${inlineCell("B1", "Note")}</row><row r="2">${inlineCell("A2", "X")}<c r="B2" t="str"><f>HYPERLINK("http://x")</f><v>=cmd|' /C calc'!A0</v></c></row>`);
    const r = await readXlsxRows(xlsx);
    expect(r.ok && r.value.rows[0]?.cells).toEqual(["X", "=cmd|' /C calc'!A0"]);
  });

  it("keeps row numbers of the sheet when rows are blank", async () => {
    const xlsx = makeXlsx(`<row r="1">${inlineCell("A1", "PN")}</row><row r="3">${inlineCell("A3", "B")}</row>`);
    const r = await readXlsxRows(xlsx);
    expect(r.ok && r.value).toMatchObject({ rows: [{ row: 3, cells: ["B"] }], blankRows: 1 });
  });

  it.each([
    ["a cell at XFD1048576 (1.5 KB that would lay out 17 billion cells)", `<row r="1">${inlineCell("A1", "PN")}</row><row r="1048576">${numberCell("XFD1048576", 1)}</row>`, /rows up to 1,048,576/],
    // The header may sit up to HEADER_SCAN_ROWS rows down (title rows above it): the limit allows for them.
    ["a row past the row limit", `<row r="1">${inlineCell("A1", "PN")}</row><row r="${PARTS_MAX_ROWS + HEADER_SCAN_ROWS + 2}">${numberCell(`A${PARTS_MAX_ROWS + HEADER_SCAN_ROWS + 2}`, 1)}</row>`, /at most 200,000 data rows are read/],
    ["a column past the column limit", `<row r="1">${inlineCell("A1", "PN")}${numberCell("IW1", 1)}</row>`, new RegExp(`column ${PARTS_MAX_COLUMNS + 1}; at most ${PARTS_MAX_COLUMNS}`)],
  ])("refuses %s", async (_, sheetData, message) => {
    const r = await readXlsxRows(makeXlsx(sheetData));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });

  it("refuses a zip bomb at the inflate cap, whatever its headers claim", () => {
    // The mechanism at a 1 MB cap (the real cap is XLSX_MAX_INFLATED_BYTES): 8 MB of one repeated row deflates to
    // a few KB, and its size fields are set to claim 1 KB.
    const row = `<row>${inlineCell("A2", "x".repeat(900))}</row>`;
    const bomb = lieAboutSizes(makeXlsx(`<row r="1">${inlineCell("A1", "PN")}</row>${row.repeat(Math.ceil(8_000_000 / row.length))}`), 1024);
    expect(bomb.length).toBeLessThan(100_000);
    const r = openXlsxArchive(bomb, { ...XLSX_LIMITS, maxInflatedBytes: 1_000_000 });
    expect(r).toEqual({ ok: false, tooLarge: true, message: "The workbook cannot be read: the workbook's XML inflates to more than 1,000,000 bytes (at xl/worksheets/sheet1.xml); it is not read." });
  });

  it("the real inflate cap is 300 MB", () => {
    expect(XLSX_MAX_INFLATED_BYTES).toBe(300_000_000);
  });

  it.each([
    ["bytes that are not a ZIP", new TextEncoder().encode("PN,Price\nA,1\n"), /not a ZIP archive/],
    ["a truncated archive", makeXlsx(`<row r="1">${inlineCell("A1", "PN")}</row>`).subarray(0, 300), /not a ZIP archive|damaged/],
  ])("refuses %s", async (_, bytes, message) => {
    const r = await readXlsxRows(bytes);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });
});

describe("scanSheetExtent", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    [`<row r="1"><c r="A1"/><c r="C1"/></row><row r="5"><c r="B5"/></row>`, { maxRow: 5, maxColumn: 3, cells: 3 }],
    // Rows and cells without r attributes follow on from the last ones.
    [`<row><c/><c/></row><row><c/></row>`, { maxRow: 2, maxColumn: 2, cells: 3 }],
    // A namespace prefix, and <col>/<cols> elements that are not cells.
    [`<x:cols><x:col min="1" max="16384"/></x:cols><x:row r="2"><x:c r="AA2"/></x:row>`, { maxRow: 2, maxColumn: 27, cells: 1 }],
  ])("%s", (xml, extent) => {
    expect(scanSheetExtent(enc(xml))).toEqual(extent);
  });
});

describe("openXlsxArchive", () => {
  it("packs the XML parts again without compression, with each sheet's extent", () => {
    const r = openXlsxArchive(makeXlsx(`<row r="1">${inlineCell("A1", "PN")}${inlineCell("B1", "Qty")}</row><row r="2">${inlineCell("A2", "X")}${numberCell("B2", 3)}</row>`));
    expect(r.ok && r.sheets).toEqual([{ path: "xl/worksheets/sheet1.xml", maxRow: 2, maxColumn: 2, cells: 4, merges: [] }]);
    expect(r.ok && r.firstSheet).toBe("xl/worksheets/sheet1.xml");
  });

  // The reviewer's workbook: 100,000 rows × 10 columns and 10,000 merges of B2:I100000. Each covers
  // 99,999 × 8 = 799,992 cells; 10,000 of them 7,999,920,000, far past the 12,000,000 cells a sheet may hold.
  it("refuses merged ranges that together cover more cells than a sheet may hold, at once", () => {
    const rows: string[] = [];
    for (let r = 1; r <= 100_000; r += 1) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="J${r}"><v>1</v></c></row>`);
    const merges = `<mergeCells count="10000">${'<mergeCell ref="B2:I100000"/>'.repeat(10_000)}</mergeCells>`;
    const bytes = makeXlsx(rows.join(""), 9, merges);
    const t0 = performance.now();
    const r = openXlsxArchive(bytes);
    const ms = performance.now() - t0;
    expect(r).toEqual({
      ok: false,
      tooLarge: true,
      message:
        "The workbook cannot be read: sheet sheet1.xml has 10,000 merged ranges (B2:I100000, B2:I100000, …) covering 7,999,920,000 cells in all; at most 12,000,000 merged cells are read.",
    });
    expect(ms).toBeLessThan(1000);
  });

  it("reads merged ranges that together stay within the cap", () => {
    // 4 rows × 3 columns; A1:C1 (3) + B2:B4 (3) = 6 cells ≤ 12 under a cap of 12 cells.
    const sheet = `<row r="1">${inlineCell("A1", "T")}</row><row r="4">${inlineCell("C4", "x")}</row>`;
    const merges = '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B2:B4"/></mergeCells>';
    expect(openXlsxArchive(makeXlsx(sheet, 9, merges), { ...XLSX_LIMITS, maxCells: 12 }).ok).toBe(true);
    // A1:C4 given twice: 2 × (4 × 3) = 24 cells > 12, though the sheet itself (4 × 3 = 12) is within the cap.
    const twice = '<mergeCells count="2"><mergeCell ref="A1:C4"/><mergeCell ref="A1:C4"/></mergeCells>';
    expect(openXlsxArchive(makeXlsx(sheet, 9, twice), { ...XLSX_LIMITS, maxCells: 12 })).toMatchObject({ ok: false, tooLarge: true });
  });
});
