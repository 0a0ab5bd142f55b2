import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PART_MAX_CELL_CHARS } from "./cell-limits";
import { PARTS_MAX_COLUMNS, PARTS_MAX_ROWS } from "./file-limits";
import { countLines, detectDelimiter, readCsvRows } from "./read-csv-rows";
import type { SheetRows } from "./sheet-rows";

function ok(text: string): SheetRows {
  const r = readCsvRows(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe("detectDelimiter", () => {
  it.each([
    ["a,b,c\n1,2,3\n", ","],
    ["Teil;Preis;Menge\nA;12,50;3\nB;1,25;4\n", ";"], // decimal commas do not fool it: the lines agree on semicolons
    ["a\tb\tc\n1\t2\t3\n", "\t"],
    ['"a;b",c\n"1;2",3\n', ","], // semicolons inside quotes do not count
    ["single\nvalue\n", ","],
    // A title line above the header, with a comma in it, does not decide.
    ["Stückliste Motor, Stand 2025\nTeil;Bezeichnung;Preis\nA;Magnet;2,85\nB;Rotor;38,00\n", ";"],
  ] as const)("%j → %j", (text, d) => expect(detectDelimiter(text)).toBe(d));
});

describe("readCsvRows", () => {
  it("reads rows with their file row numbers, skipping and counting blank ones, and accounts for every line", () => {
    expect(ok("Teil;Preis\r\nA;12,50\r\n;\r\nB;3\r\n")).toEqual({
      format: "csv",
      headers: ["Teil", "Preis"],
      headerRow: 1,
      rows: [{ row: 2, cells: ["A", "12,50"] }, { row: 4, cells: ["B", "3"] }],
      rowErrors: [],
      rowsUnread: 0,
      blankRows: 1,
      rowsAboveHeader: 0,
      // 4 lines = 1 header + 2 rows + 1 blank
      lines: { total: 4, aboveHeader: 0, header: 1, rows: 2, blank: 1, inQuotedCells: 0, swallowed: 0 },
      delimiter: ";",
      encoding: null,
      decimal: null,
      notes: [],
    });
  });

  it("finds the header under title rows, and skips them", () => {
    const r = ok("Stückliste EPS-Motor\nStand: 01.03.2025\n\nTeilenummer;Bezeichnung;Menge\nA-1;Magnet N42SH;10\n");
    expect([r.headerRow, r.headers, r.rows, r.rowsAboveHeader]).toEqual([4, ["Teilenummer", "Bezeichnung", "Menge"], [{ row: 5, cells: ["A-1", "Magnet N42SH", "10"] }], 3]);
    // 5 lines = 3 above the header + 1 header + 1 row
    expect(r.lines).toEqual({ total: 5, aboveHeader: 3, header: 1, rows: 1, blank: 0, inQuotedCells: 0, swallowed: 0 });
    expect(r.notes).toEqual(["The header is on row 4; the 3 rows above it were skipped."]);
  });

  it("an empty first row, then a part: the part is taken as the header, and the notes say so", () => {
    const r = ok(",,\nA,NdFeB magnet,CN\n");
    expect([r.headerRow, r.headers, r.rows]).toEqual([2, ["A", "NdFeB magnet", "CN"], []]);
    expect(r.notes).toEqual([
      "The header is on row 2; the row above it was skipped.",
      'No row names two known columns (part number, description, customs code, origin…), so row 2 ("A", "NdFeB magnet", "CN") is taken as the header, not as a part: if it is a part, add a header row above it.',
    ]);
  });

  it("an empty first row and a part above the header: the header row is the one naming columns", () => {
    const r = ok(",,\nA,NdFeB magnet,CN\nPart,Description,Origin\nB,Steel bolt,DE\n");
    // Part → part_id, Description → description, Origin → origin_country: 3 known columns on row 3.
    expect([r.headerRow, r.headers, r.rows]).toEqual([3, ["Part", "Description", "Origin"], [{ row: 4, cells: ["B", "Steel bolt", "DE"] }]]);
    expect(r.notes).toEqual(["The header is on row 3; the 2 rows above it were skipped."]);
  });

  it("keeps quoted delimiters and line breaks inside a cell, counting the break as a line in a quoted cell", () => {
    const r = ok('PN,Description\nA,"Magnet, N42SH\n20x10x5"\n');
    expect(r.rows).toEqual([{ row: 2, cells: ["A", "Magnet, N42SH\n20x10x5"] }]);
    expect(r.lines).toEqual({ total: 3, aboveHeader: 0, header: 1, rows: 1, blank: 0, inQuotedCells: 1, swallowed: 0 });
  });

  it("keeps rows apart when CRLF and LF line ends are mixed", () => {
    expect(ok("PN,Qty\r\nA,1\nB,2\r\nC,3\n").rows.map((r) => r.cells[0])).toEqual(["A", "B", "C"]);
  });

  it("refuses more columns than it reads", () => {
    const wide = `${Array.from({ length: PARTS_MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(",")}\n`;
    expect(readCsvRows(wide)).toEqual({ ok: false, tooLarge: true, message: `Row 1 has ${PARTS_MAX_COLUMNS + 1} columns; at most ${PARTS_MAX_COLUMNS} are read.` });
  });

  it("refuses more rows than it reads, saying how many", () => {
    const r = readCsvRows(`a\n${"1\n".repeat(PARTS_MAX_ROWS + 1)}`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/more than 200,000 data rows/);
  });

  it.each(["", "  \n \n"])("refuses a file with no rows: %j", (text) => {
    expect(readCsvRows(text).ok).toBe(false);
  });
});

describe("readCsvRows: a stray quote never drops rows silently", () => {
  const row = (id: string) => `${id},x,90`;
  const HEADER = "part_id,description,unit_value_usd";

  it("makes the row with a never-closed quote unreadable, naming the lines it swallowed and their first cells", () => {
    // Lines: 1 header, 2 P0, 3 P1, 4 "P2 (opens a quote never closed), 5 P3, 6 P4, 7 P5.
    const r = ok([HEADER, row("P0"), row("P1"), `"${row("P2")}`, row("P3"), row("P4"), row("P5")].join("\n"));
    expect(r.rows.map((x) => x.cells[0])).toEqual(["P0", "P1"]);
    expect(r.rowsUnread).toBe(1);
    expect(r.rowErrors).toEqual([
      {
        row: 4,
        cell: 0,
        unread: true,
        message: "CSV syntax: a quote is not closed",
        swallowed: { from: 5, to: 7, how: "never-closed", firstLine: 4, peek: [["P3", "x", "90"], ["P4", "x", "90"], ["P5", "x", "90"]] },
      },
    ]);
    // 7 lines = 1 header + 3 rows (P0, P1, the broken one) + 3 swallowed
    expect(r.lines).toEqual({ total: 7, aboveHeader: 0, header: 1, rows: 3, blank: 0, inQuotedCells: 0, swallowed: 3 });
  });

  it("names a quote closed further down (not properly), and reads the rows after it", () => {
    // Lines: 1 header; 2 M1 opens a quote in its description; 3 M2; 4 M3, whose "Quoted" closes it; 5 M4.
    const r = ok([HEADER, 'M1,"Magnet,90', row("M2"), 'M3,"Quoted",10', row("M4")].join("\n"));
    expect(r.rowErrors[0]).toMatchObject({ row: 2, cell: 1, swallowed: { from: 3, to: 4, how: "not-closed-properly" } });
    expect(r.rows.map((x) => [x.row, x.cells[0]])).toEqual([[3, "M4"]]);
    expect(r.lines).toEqual({ total: 5, aboveHeader: 0, header: 1, rows: 2, blank: 0, inQuotedCells: 0, swallowed: 2 });
  });

  it("always adds up: lines = above + header + rows + blank + in quoted cells + swallowed (fuzzed)", () => {
    const piece = fc.constantFrom(",", '"', '""', "\n", "\r\n", "\r", "M1", "Dy", "45", " ", "x", ";");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = `${HEADER}\n${row("M0")}\n${pieces.join("")}`;
        const r = readCsvRows(text);
        if (!r.ok || !r.value.lines) return;
        const l = r.value.lines;
        expect(l.aboveHeader + l.header + l.rows + l.blank + l.inQuotedCells + l.swallowed).toBe(l.total);
        expect(l.total).toBe(countLines(text.replace(/\r\n?/g, "\n")));
        expect(r.value.rows.length + r.value.rowsUnread).toBe(l.rows);
      }),
      { seed: 20_251_125, numRuns: 400 },
    );
  });
});

describe("readCsvRows: every cell is bounded", () => {
  it("takes a cell of exactly the limit, and empties one over it with an error naming the cell", () => {
    const r = ok(`PN,Description\nA,${"d".repeat(PART_MAX_CELL_CHARS)}\nB,${"d".repeat(PART_MAX_CELL_CHARS + 1)}\n`);
    expect(r.rows.map((x) => x.cells[1]?.length)).toEqual([PART_MAX_CELL_CHARS, 0]);
    expect(r.rowErrors).toEqual([{ row: 3, cell: 1, message: "513 characters; a cell holds at most 512" }]);
  });

  it("reads eight rows of 50,000 digits (a 400 KB file) at once", () => {
    // The old number patterns backtracked quadratically: such rows blocked the server for 50 s.
    const digits = "9".repeat(50_000);
    const started = performance.now();
    const r = ok(`PN,Price,Grams\n${Array.from({ length: 8 }, (_, i) => `P${i},${digits},${digits}g`).join("\n")}\n`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(r.rowErrors).toHaveLength(16);
  });
});
