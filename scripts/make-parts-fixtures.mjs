// Writes fixtures/parts-lists/motor-maker-eu.xlsx from the CSV beside it, with write-excel-file (the companion of
// read-excel-file, which reads it back): prices and quantities as numbers, codes and part numbers as text, as a
// compliance officer's workbook holds them. Run: node scripts/make-parts-fixtures.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import writeXlsxFile from "write-excel-file/node";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "parts-lists");
// The CSV is saved as Windows-1252, as Excel saves "CSV (Trennzeichen-getrennt)" on a German Windows.
const text = new TextDecoder("windows-1252").decode(fs.readFileSync(path.join(dir, "motor-maker-eu.csv")));
const [header, ...rows] = Papa.parse(text.trim(), { delimiter: ";" }).data;
const germanNumber = (s) => Number(s.replaceAll(".", "").replace(",", "."));
const NUMERIC = new Set(["Einzelpreis (EUR)", "Menge"]);
const sheet = [
  header.map((value) => ({ value, fontWeight: "bold" })),
  ...rows.map((r) => r.map((value, i) => (NUMERIC.has(header[i]) ? { value: germanNumber(value), type: Number } : { value, type: String }))),
];
await writeXlsxFile(sheet, { sheet: "Stückliste" }).toFile(path.join(dir, "motor-maker-eu.xlsx"));
console.log(`wrote ${rows.length} rows to fixtures/parts-lists/motor-maker-eu.xlsx`);

// fixtures/parts-lists/titled-merged.xlsx: a workbook as people lay one out by hand: a title merged across the table,
// an export date, a blank row, then the header on row 4; the supplier and its country merged down the rows they
// apply to (rows 5–7).
const t = (value) => ({ value, type: String });
const titled = [
  [{ value: "Bill of materials – EPS drive – rev. C", columnSpan: 6, fontWeight: "bold" }, null, null, null, null, null],
  [t("Exported 2026-03-01"), null, null, null, null, null],
  [null, null, null, null, null, null],
  ["Part number", "Description", "Supplier", "Country of origin", "Unit price", "Currency"].map((value) => ({ value, fontWeight: "bold" })),
  [t("EPS-M-01"), t("Magnet NdFeB N42SH 30x10x4"), { value: "Ningbo Ruida Magnetics", rowSpan: 3 }, { value: "CN", rowSpan: 3 }, { value: 2.85, type: Number }, t("EUR")],
  [t("EPS-M-02"), t("Magnet N52 ring"), null, null, { value: 0.35, type: Number }, t("EUR")],
  [t("EPS-M-03"), t("SmCo5 magnet ring"), null, null, { value: 6.5, type: Number }, t("EUR")],
  [t("EPS-S-01"), t("Schraube M5x12 DIN 912"), t("Schraubenhandel Ulm"), t("DE"), { value: 0.04, type: Number }, t("EUR")],
];
await writeXlsxFile(titled, { sheet: "BOM" }).toFile(path.join(dir, "titled-merged.xlsx"));
console.log("wrote fixtures/parts-lists/titled-merged.xlsx");
