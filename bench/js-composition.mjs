// Diagnosis tool (not part of `npm run bench`): what the JavaScript a page loads is made of, by npm package and app
// folder, gzip-estimated. Needs a build with browser source maps (next.config.ts productionBrowserSourceMaps: true) in a
// copy of the repo, and a running server of that build:
//   node bench/js-composition.mjs http://127.0.0.1:3511 / [.next]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { AnyMap, eachMapping } from "@jridgewell/trace-mapping";

const base = process.argv[2] ?? "http://127.0.0.1:3511";
const pagePath = process.argv[3] ?? "/";
const nextDir = process.argv[4] ?? path.resolve(".next");

const html = await (await fetch(`${base}${pagePath}`)).text();
const scripts = [...new Set([...html.matchAll(/\/_next\/static\/chunks\/[^"'\s)]+\.js/g)].map((m) => m[0]))];
const groups = new Map(); // group -> array of code strings
let total = 0;
let totalGz = 0;
const perChunk = [];
for (const s of scripts) {
  const file = path.join(nextDir, s.replace(/^\/_next\//, ""));
  if (!existsSync(file)) continue;
  const code = readFileSync(file, "utf8");
  total += code.length;
  const gz = gzipSync(code).length;
  totalGz += gz;
  const name = code.match(/sourceMappingURL=(\S+)\s*$/)?.[1];
  const mapFile = name ? path.join(path.dirname(file), name) : null;
  const chunkGroups = new Map();
  if (mapFile && existsSync(mapFile)) {
    const lines = code.split("\n");
    const map = new AnyMap(readFileSync(mapFile, "utf8"));
    const segs = [];
    eachMapping(map, (m) => segs.push(m));
    for (let i = 0; i < segs.length; i += 1) {
      const m = segs[i];
      const next = segs[i + 1];
      const line = lines[m.generatedLine - 1] ?? "";
      const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
      const text = line.slice(m.generatedColumn, end);
      const src = m.source ?? "(unmapped)";
      const g = src.includes("node_modules/")
        ? `npm:${src.split("node_modules/").pop().split("/").slice(0, src.split("node_modules/").pop().startsWith("@") ? 2 : 1).join("/")}`
        : src.replace(/^.*?\/(app|lib|components|server)\//, "$1/").split("/").slice(0, 2).join("/");
      if (!chunkGroups.has(g)) chunkGroups.set(g, []);
      chunkGroups.get(g).push(text);
    }
  }
  for (const [g, parts] of chunkGroups) {
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(parts.join(""));
  }
  perChunk.push({ chunk: s.split("/").pop(), bytes: code.length, gzip: gz, top: [...chunkGroups].map(([g, p]) => [g, p.join("").length]).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([g, n]) => `${g} ${(n / 1024).toFixed(0)}K`).join(", ") });
}
console.log(`${pagePath}: ${scripts.length} scripts, ${(total / 1024).toFixed(1)} KB raw, ${(totalGz / 1024).toFixed(1)} KB gzip (gzip -6 of each file)\n`);
console.table(perChunk.map((c) => ({ ...c, bytes: `${(c.bytes / 1024).toFixed(1)} KB`, gzip: `${(c.gzip / 1024).toFixed(1)} KB` })));
const rows = [...groups].map(([g, parts]) => {
  const code = parts.join("");
  return { group: g, raw: code.length, gzip: gzipSync(code).length };
}).sort((a, b) => b.gzip - a.gzip);
console.log("by package / folder (gzip of each group's code on its own: an estimate, sums exceed the total):");
console.table(rows.slice(0, 30).map((r) => ({ group: r.group, raw: `${(r.raw / 1024).toFixed(1)} KB`, gzip: `${(r.gzip / 1024).toFixed(1)} KB` })));
