import readXlsxFile from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import { inspectXlsx } from "./inspect-xlsx";
import { writeXlsx } from "./write-xlsx";
import { defineSheet, USD_CENTS, type XlsxSheet, XLSX_MAX_CELL_CHARS } from "./xlsx-sheet";

type Line = { id: string; share: number; usd: number; units: number | null; day: string };

const LINES: Line[] = [
  { id: "magnet", share: 0.1143, usd: 1234.5, units: 1500, day: "2025-06-01" },
  { id: "=HYPERLINK(\"http://x\")", share: 1, usd: 0.35, units: null, day: "2000-01-01" },
];

const linesSheet = defineSheet({
  name: "lines",
  rows: LINES,
  frozenColumns: 1,
  columns: [
    { header: "id", type: "text", value: (r) => r.id },
    { header: "share", type: "percent", value: (r) => r.share },
    { header: "value_usd", type: "usd", value: (r) => r.usd },
    { header: "unit_usd", type: "usd", format: USD_CENTS, value: (r) => r.usd },
    { header: "units", type: "integer", value: (r) => r.units },
    { header: "day", type: "date", value: (r) => r.day },
  ],
});

const fieldsSheet = defineSheet({
  name: "report",
  rows: [
    ["title", "A report"],
    ["total_usd", 2500000000],
  ] as [string, string | number][],
  columns: [
    { header: "field", type: "text", value: (r) => r[0] },
    { header: "value", type: (r) => (typeof r[1] === "number" ? "usd" : "text"), value: (r) => r[1], width: 30, align: "left" },
  ],
});

const read = async (bytes: Uint8Array) => readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);

describe("writeXlsx", () => {
  it("writes one sheet per spec, in order, whose values read back as written", async () => {
    const bytes = await writeXlsx([fieldsSheet, linesSheet]);
    const sheets = await read(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(["report", "lines"]);
    expect(sheets[0]!.data).toEqual([
      ["field", "value"],
      ["title", "A report"],
      ["total_usd", 2500000000],
    ]);
    const lines = sheets[1]!.data;
    expect(lines[0]).toEqual(["id", "share", "value_usd", "unit_usd", "units", "day"]);
    // Numbers stay numbers at the precision given; a date cell reads back as the day (midnight UTC).
    expect(lines[1]).toEqual(["magnet", 0.1143, 1234.5, 1234.5, 1500, new Date(Date.UTC(2025, 5, 1))]);
    // A null is an empty cell.
    expect(lines[2]?.[4]).toBeNull();
  });

  it("gives every number its format, freezes the header row and the asked columns, and fits widths", async () => {
    const [report, lines] = inspectXlsx(await writeXlsx([fieldsSheet, linesSheet]));
    expect(lines!.name).toBe("lines");
    expect([lines!.frozenRows, lines!.frozenColumns]).toEqual([1, 1]);
    expect([report!.frozenRows, report!.frozenColumns]).toEqual([1, 0]);
    expect(lines!.formatOf("B2")).toBe("0.00%");
    expect(lines!.formatOf("C2")).toBe('"$"#,##0');
    expect(lines!.formatOf("D2")).toBe('"$"#,##0.00');
    expect(lines!.formatOf("E2")).toBe("#,##0");
    expect(lines!.formatOf("F2")).toBe("yyyy-mm-dd");
    expect(lines!.typeOf("B2")).toBe("n");
    // A per-row type: the text row is text, the number row a dollar amount.
    expect([report!.typeOf("B2"), report!.typeOf("B3")]).toEqual(["s", "n"]);
    expect(report!.formatOf("B3")).toBe('"$"#,##0');
    // Aligned as asked (numbers too); other cells keep the default.
    expect([report!.alignOf("B2"), report!.alignOf("B3"), report!.alignOf("A2")]).toEqual(["left", "left", undefined]);
    // Widths: given (30); fitted to the longest value + 2: `=HYPERLINK("http://x")` is 22 characters → 24; to the
    // header "share" (5) over "100.00%" (7) → 9; never under 6 ("units": 5 + 2 = 7, "1,500" 5 → 7).
    expect(report!.widths[2]).toBe(30);
    expect(lines!.widths[1]).toBe(24);
    expect(lines!.widths[2]).toBe(9);
    expect(lines!.widths[5]).toBe(7);
  });

  it("writes text that looks like a formula as text, and no formula anywhere", async () => {
    const [, lines] = inspectXlsx(await writeXlsx([fieldsSheet, linesSheet]));
    expect(lines!.typeOf("A3")).toBe("s");
    expect(lines!.formulaCells).toBe(0);
    const sheets = await read(await writeXlsx([linesSheet]));
    expect(sheets[0]!.data[2]?.[0]).toBe('=HYPERLINK("http://x")');
  });

  it("cuts text past Excel's cell limit and says so with an ellipsis", async () => {
    const long = "x".repeat(XLSX_MAX_CELL_CHARS + 10);
    const sheet = defineSheet({ name: "t", rows: [long], columns: [{ header: "t", type: "text", value: (r) => r }] });
    const [data] = await read(await writeXlsx([sheet]));
    const cell = data!.data[1]?.[0] as string;
    expect(cell.length).toBe(XLSX_MAX_CELL_CHARS);
    expect(cell.endsWith("…")).toBe(true);
  });

  const one = (name: string, value: unknown, type: "text" | "number" | "date" = "number"): XlsxSheet<unknown> =>
    defineSheet({ name, rows: [value], columns: [{ header: "v", type, value: (r) => r as number }] });

  it.each([
    ["an empty list", [], /at least one sheet/],
    ["a name over 31 characters", [one("x".repeat(32), 1)], /breaks Excel's rules/],
    ["a name with a slash", [one("a/b", 1)], /breaks Excel's rules/],
    ["an empty name", [one("", 1)], /breaks Excel's rules/],
    ["two names equal but for case", [one("Sheet", 1), one("sheet", 2)], /two sheets are named "sheet"/],
    ["NaN in a number column", [one("n", Number.NaN)], /row 2, column "v": a number cell takes a finite number/],
    ["Infinity", [one("n", Number.POSITIVE_INFINITY)], /finite number/],
    ["text in a number column", [one("n", "12")], /finite number, not "12"/],
    ["a date that does not exist", [one("d", "2025-02-30", "date")], /"2025-02-30" is not a date/],
    ["a date with a time", [one("d", "2025-02-03T10:00", "date")], /not a date written YYYY-MM-DD/],
  ] as const)("refuses %s", async (_what, sheets, message) => {
    await expect(writeXlsx(sheets as readonly XlsxSheet<unknown>[])).rejects.toThrow(message);
  });
});
