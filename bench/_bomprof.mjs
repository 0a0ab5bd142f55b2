import { createJiti } from "jiti";
import { makeBomCsv } from "./lib/bom.mjs";
const root = "/work/main";
const jiti = createJiti(import.meta.url, { alias: { "@": root }, fsCache: false });
const { parseBom } = await jiti.import(root + "/lib/bom/parse-bom.ts");
const { determineParts } = await jiti.import(root + "/lib/bom/determine-parts.ts");
const { bomTemplateCsv } = await jiti.import(root + "/lib/bom/bom-template.ts");
const { getDataset } = await jiti.import(root + "/lib/data/load-dataset.ts");
const { resolveScenario } = await jiti.import(root + "/lib/engine/resolve-scenario.ts");
const Papa = (await import("papaparse")).default;
const ds = getDataset(); const sc = resolveScenario(ds, { regime: "oct-2025" }, "2026-11-25");
const csv = makeBomCsv(bomTemplateCsv(), 100000);
for (let i = 0; i < 4; i++) {
  let t = performance.now(); const p = Papa.parse(csv, { header: false, delimiter: ",", skipEmptyLines: false }); const tp = performance.now() - t;
  t = performance.now(); const r = parseBom(csv); const tb = performance.now() - t;
  t = performance.now(); determineParts(ds, sc, r.parts); const td = performance.now() - t;
  console.log(`Papa.parse alone ${tp.toFixed(0)} ms; parseBom ${tb.toFixed(0)} ms; determineParts ${td.toFixed(0)} ms`);
}
