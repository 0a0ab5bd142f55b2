// BOM benchmark: parseBom (lib/bom/parse-bom.ts) + determineParts (lib/bom/determine-parts.ts) on generated bills of
// materials of 10k, 100k and 1M rows, under the oct-2025 regime. When lib/bom is not there (or exports neither
// function) it reports "not available yet" instead of failing.
//
// The BOMs are the template's example rows (lib/bom/bom-template.ts: 9 rows, 6 parts, every form, end use and place of
// manufacture) repeated with new part ids, so every code path of the determination is exercised in the template's mix.
import { existsSync } from "node:fs";
import path from "node:path";
import { median } from "./util.mjs";

/** N data rows: the template's rows repeated, part ids suffixed with the copy number. Header + CRLF, as the template. */
export function makeBomCsv(templateCsv, rows) {
  const lines = templateCsv.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l !== "");
  const [header, ...data] = lines;
  const out = [header];
  for (let copy = 0; out.length - 1 < rows; copy += 1) {
    for (const line of data) {
      if (out.length - 1 >= rows) break;
      const comma = line.indexOf(",");
      out.push(`${line.slice(0, comma)}-${copy}${line.slice(comma)}`);
    }
  }
  return `${out.join("\r\n")}\r\n`;
}

export async function benchBom({ root, load, rows, dataset }) {
  const need = ["lib/bom/parse-bom.ts", "lib/bom/determine-parts.ts", "lib/bom/bom-template.ts"];
  const missing = need.filter((f) => !existsSync(path.join(root, f)));
  if (missing.length > 0) return { available: false, reason: `not available yet (no ${missing.join(", ")})` };
  let parseBom;
  let determineParts;
  let bomTemplateCsv;
  let decodeBomBytes = null;
  try {
    ({ parseBom } = await load("lib/bom/parse-bom.ts"));
    ({ determineParts } = await load("lib/bom/determine-parts.ts"));
    ({ bomTemplateCsv } = await load("lib/bom/bom-template.ts"));
    if (existsSync(path.join(root, "lib/bom/decode-bom-bytes.ts"))) ({ decodeBomBytes } = await load("lib/bom/decode-bom-bytes.ts"));
  } catch (e) {
    return { available: false, reason: `not available yet (lib/bom does not load: ${String(e?.message ?? e).split("\n")[0]})` };
  }
  if (typeof parseBom !== "function" || typeof determineParts !== "function" || typeof bomTemplateCsv !== "function") {
    return { available: false, reason: "not available yet (lib/bom exports no parseBom + determineParts + bomTemplateCsv)" };
  }
  const { resolveScenario } = await load("lib/engine/resolve-scenario.ts");
  const scenario = resolveScenario(dataset, { regime: "oct-2025" }, "2026-11-25");
  const template = bomTemplateCsv();

  const sizes = [];
  for (const n of rows) {
    const csv = makeBomCsv(template, n);
    const bytes = new TextEncoder().encode(csv);
    const runs = n >= 1_000_000 ? 3 : n >= 100_000 ? 5 : 9;
    const parse = [];
    const determine = [];
    const decode = [];
    let parts = 0;
    let errors = 0;
    for (let i = 0; i <= runs; i += 1) {
      globalThis.gc?.();
      let t = performance.now();
      if (decodeBomBytes) decodeBomBytes(bytes);
      const tDecode = performance.now() - t;
      t = performance.now();
      const parsed = parseBom(csv);
      const tParse = performance.now() - t;
      if (parsed.fileError) throw new Error(`generated BOM rejected: ${parsed.fileError.message}`);
      t = performance.now();
      const results = determineParts(dataset, scenario, parsed.parts);
      const tDetermine = performance.now() - t;
      parts = results.length;
      errors = parsed.errorCount;
      if (i === 0) continue; // warm-up
      decode.push(tDecode);
      parse.push(tParse);
      determine.push(tDetermine);
    }
    const total = parse.map((p, i) => p + determine[i]);
    sizes.push({
      rows: n,
      parts,
      rowErrors: errors,
      megabytes: bytes.length / 1e6,
      runs,
      decodeMs: decodeBomBytes ? median(decode) : null,
      parseMs: median(parse),
      determineMs: median(determine),
      medianMs: median(total),
    });
  }
  for (let i = 1; i < sizes.length; i += 1) {
    const step = sizes[i].rows / sizes[i - 1].rows;
    const g = sizes[i].medianMs / sizes[i - 1].medianMs;
    sizes[i].growthPer10x = step === 10 ? g : g ** (1 / Math.log10(step));
  }
  return { available: true, regime: "oct-2025", sizes };
}
