// Bundles the server's worker-thread entries (server/workers/*-worker.ts) into plain ES modules under
// server/workers/dist/, the files piscina starts. Next bundles route code into its own chunks, but a worker thread
// needs a file on disk. Run by `next build` (next.config.ts, after compiling), `next dev` (when it loads its config)
// and Vitest (global setup), so `npm run build`, `npm start`, `npm test` and `npx next build` all produce it.
// CommonJS, so that next.config.ts (compiled to CommonJS) can load it on every Node 20.
//
//   node scripts/build-workers.cjs
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const WORKER_ENTRIES = ["server/workers/heavy-worker.ts"];

/** Builds the workers; `projectDir` is the repository root. esbuild is a development dependency, loaded here only. */
async function buildWorkers(projectDir = root) {
  const esbuild = require("esbuild");
  await esbuild.build({
    absWorkingDir: projectDir,
    entryPoints: WORKER_ENTRIES.map((e) => path.join(projectDir, e)),
    outdir: path.join(projectDir, "server/workers/dist"),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // pdfkit reads its font metrics from its own folder at run time; piscina starts its own worker script; fontkit is
    // pdfkit's own (the worker parses the fonts with it, and one copy is enough).
    external: ["pdfkit", "piscina", "fontkit"],
    alias: { "@": projectDir },
    // papaparse and other CommonJS modules call require(); an ES module has none of its own.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    legalComments: "none",
    logLevel: "warning",
  });
}

module.exports = { buildWorkers, WORKER_ENTRIES };

if (require.main === module) {
  buildWorkers().then(
    () => console.log(`built ${WORKER_ENTRIES.join(", ")} -> server/workers/dist/`),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
