import { describe, expect, it } from "vitest";
import { PARTS_MAX_COLUMNS, PARTS_MAX_ROWS } from "./file-limits";
import { detectDelimiter, readCsvRows } from "./read-csv-rows";

describe("detectDelimiter", () => {
  it.each([
    ["a,b,c\n1,2,3\n", ","],
    ["Teil;Preis;Menge\nA;12,50;3\nB;1,25;4\n", ";"], // decimal commas do not fool it: the header has none
    ["a\tb\tc\n1\t2\t3\n", "\t"],
    ['"a;b",c\n"1;2",3\n', ","], // semicolons inside quotes do not count
    ["single\nvalue\n", ","],
  ] as const)("%j → %j", (text, d) => expect(detectDelimiter(text)).toBe(d));
});

describe("readCsvRows", () => {
  it("reads rows with their file row numbers, skipping and counting blank ones", () => {
    const r = readCsvRows("Teil;Preis\r\nA;12,50\r\n;\r\nB;3\r\n");
    expect(r).toEqual({
      ok: true,
      value: {
        format: "csv",
        headers: ["Teil", "Preis"],
        rows: [{ row: 2, cells: ["A", "12,50"] }, { row: 4, cells: ["B", "3"] }],
        rowErrors: [],
        blankRows: 1,
        delimiter: ";",
        encoding: null,
        decimal: null,
        notes: [],
      },
    });
  });

  it("keeps quoted delimiters and line breaks inside a cell", () => {
    const r = readCsvRows('PN,Description\nA,"Magnet, N42SH\n20x10x5"\n');
    expect(r.ok && r.value.rows).toEqual([{ row: 2, cells: ["A", "Magnet, N42SH\n20x10x5"] }]);
  });

  it("reports a stray quote on its row", () => {
    const r = readCsvRows('PN,Description\nA,"Magnet 5" long\nB,Rotor\n');
    expect(r.ok && r.value.rowErrors.length).toBeGreaterThan(0);
  });

  it("refuses more columns than it reads", () => {
    const wide = `${Array.from({ length: PARTS_MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(",")}\n`;
    expect(readCsvRows(wide)).toEqual({ ok: false, message: `Row 1 has ${PARTS_MAX_COLUMNS + 1} columns; at most ${PARTS_MAX_COLUMNS} are read.` });
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
