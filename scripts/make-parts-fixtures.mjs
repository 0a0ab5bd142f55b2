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
