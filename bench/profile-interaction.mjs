// Diagnosis tool (not part of `npm run bench`): a CPU profile of the page while an element is toggled, attributed to
// source files and functions. Build with browser source maps for readable names, in a copy of the repo:
//   next.config.ts: productionBrowserSourceMaps: true; next build; next start -p 3511
//   node bench/profile-interaction.mjs http://127.0.0.1:3511 [toggles=20] [.next dir for the maps]
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { AnyMap, originalPositionFor } from "@jridgewell/trace-mapping";
import { CHROME_FLAGS, chromePath, sleep } from "./lib/util.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3511";
const toggles = Number(process.argv[3] ?? 20);
const nextDir = process.argv[4] ?? path.resolve(".next");

const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS.filter((f) => f !== "--headless") });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`${base}/?regime=apr-2025`);
await page.locator('[data-testid="sector-exposure-chart"] [data-segment]').first().waitFor();
await sleep(500);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const t0 = Date.now();
for (let i = 0; i < toggles; i += 1) {
  await page.getByTestId("element-toggle-Dy").click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="controlled-count"]')?.textContent?.startsWith(n), i % 2 === 0 ? "6 of" : "7 of");
  await sleep(150);
}
const wall = Date.now() - t0;
const { profile } = await cdp.send("Profiler.stop");
await browser.close();

const maps = new Map();
function mapFor(url) {
  if (!maps.has(url)) {
    let m = null;
    try {
      const p = new URL(url).pathname.replace(/^\/_next\//, "");
      const js = path.join(nextDir, p);
      // Turbopack names the map in the chunk's sourceMappingURL comment, not after the chunk.
      const name = existsSync(js) ? readFileSync(js, "utf8").match(/sourceMappingURL=(\S+)\s*$/)?.[1] : undefined;
      const file = name ? path.join(path.dirname(js), name) : `${js}.map`;
      if (existsSync(file)) m = new AnyMap(readFileSync(file, "utf8"));
    } catch {
      /* not a chunk */
    }
    maps.set(url, m);
  }
  return maps.get(url);
}
function where(frame) {
  const m = frame.url ? mapFor(frame.url) : null;
  if (!m) return { file: frame.url ? new URL(frame.url).pathname : `(${frame.functionName || "native"})`, fn: frame.functionName || "(anonymous)" };
  const o = originalPositionFor(m, { line: frame.lineNumber + 1, column: frame.columnNumber });
  const src = (o.source ?? "?").replace(/^.*node_modules\//, "npm:").replace(/^.*\/(app|lib|components)\//, "$1/");
  return { file: src, fn: o.name ?? frame.functionName ?? "(anonymous)", line: o.line };
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfTime = new Map();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

const byFile = new Map();
const byPackage = new Map();
const totalByFile = new Map();
let busy = 0;
for (const [id, ms] of selfTime) {
  const n = byId.get(id);
  const w = where(n.callFrame);
  if (n.callFrame.functionName === "(idle)" || n.callFrame.functionName === "(program)") continue;
  busy += ms;
  const key = `${w.file} ${w.fn}${w.line ? `:${w.line}` : ""}`;
  byFile.set(key, (byFile.get(key) ?? 0) + ms);
  const pkg = w.file.startsWith("npm:") ? w.file.split("/").slice(0, w.file.startsWith("npm:@") ? 2 : 1).join("/") : w.file.split("/")[0];
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  // inclusive time per app file: once per sample per file on its stack
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const f = where(byId.get(cur).callFrame).file;
    if (/^(app|lib|components)\//.test(f) && !seen.has(f)) {
      seen.add(f);
      totalByFile.set(f, (totalByFile.get(f) ?? 0) + ms);
    }
  }
}
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / toggles).toFixed(2).padStart(7)} ms/toggle  ${k}`);
console.log(`${toggles} toggles, ${wall} ms wall, ${(busy / toggles).toFixed(1)} ms busy (JS + GC) per toggle\n`);
console.log("self time by package / top-level folder:\n" + top(byPackage, 15).join("\n"));
console.log("\ninclusive time by app source file:\n" + top(totalByFile, 25).join("\n"));
console.log("\nself time by function:\n" + top(byFile, 30).join("\n"));
