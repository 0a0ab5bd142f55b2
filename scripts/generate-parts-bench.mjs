// Writes a large parts list for the benchmark: the 30 lines of fixtures/parts-lists/motor-maker-eu.csv repeated
// with new part numbers, as CSV (semicolons, decimal commas, Windows-1252) and as XLSX (write-excel-file).
// Output is not committed. Run: node scripts/generate-parts-bench.mjs [outDir=/tmp/parts-bench] [lines=100000]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import writeXlsxFile from "write-excel-file/node";

const outDir = process.argv[2] ?? "/tmp/parts-bench";
const lines = Number(process.argv[3] ?? 100_000);
if (!Number.isInteger(lines) || lines < 1 || lines > 1_000_000) throw new Error("lines: an integer from 1 to 1,000,000");
const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "parts-lists", "motor-maker-eu.csv");
const [header, ...base] = Papa.parse(new TextDecoder("windows-1252").decode(fs.readFileSync(fixture)).trim(), { delimiter: ";" }).data;
fs.mkdirSync(outDir, { recursive: true });

const rows = [];
for (let i = 0; i < lines; i += 1) {
  const r = [...base[i % base.length]];
  r[0] = `90-${String(i + 1).padStart(7, "0")}`;
  rows.push(r);
}

// CSV: Windows-1252 bytes, as Excel writes them in Germany (every character of the fixture is in Latin-1).
const quote = (c) => (/[;"\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
const csv = [header, ...rows].map((r) => r.map(quote).join(";")).join("\r\n") + "\r\n";
const csvPath = path.join(outDir, `parts-${lines}.csv`);
fs.writeFileSync(csvPath, Buffer.from(csv, "latin1"));

const germanNumber = (s) => Number(s.replaceAll(".", "").replace(",", "."));
const numeric = new Set(["Einzelpreis (EUR)", "Menge"]);
const sheet = [header, ...rows.map((r) => r.map((value, i) => (numeric.has(header[i]) ? { value: germanNumber(value), type: Number } : value)))];
const xlsxPath = path.join(outDir, `parts-${lines}.xlsx`);
await writeXlsxFile(sheet).toFile(xlsxPath);
console.log(JSON.stringify({ csv: csvPath, csvBytes: fs.statSync(csvPath).size, xlsx: xlsxPath, xlsxBytes: fs.statSync(xlsxPath).size, lines }));
