// Lints the OpenAPI document with Redocly CLI (recommended rules, redocly.yaml): builds lib/openapi/openapi-document.ts
// with esbuild (as the workers are built), writes the document to a temporary file and runs `redocly lint` on it.
// Exits with Redocly's status: any error fails `npm run lint`.
//
//   npm run lint:openapi            lint
//   node scripts/lint-openapi.mjs --write <file>   also keep the document (for a look)
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import esbuild from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = mkdtempSync(path.join(tmpdir(), "openapi-lint-"));
try {
  const entry = path.join(dir, "document.mjs");
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [path.join(root, "lib/openapi/openapi-document.ts")],
    outfile: entry,
    bundle: true,
    platform: "node",
    format: "esm",
    alias: { "@": root },
    logLevel: "warning",
  });
  const { getOpenApiDocument } = await import(pathToFileURL(entry).href);
  const file = path.join(dir, "openapi.json");
  const text = `${JSON.stringify(getOpenApiDocument(), null, 2)}\n`;
  writeFileSync(file, text);
  const keep = process.argv.indexOf("--write");
  if (keep > 0 && process.argv[keep + 1]) writeFileSync(process.argv[keep + 1], text);
  const bin = path.join(root, "node_modules", ".bin", "redocly");
  const run = spawnSync(bin, ["lint", file, "--config", path.join(root, "redocly.yaml"), "--format", "stylish"], {
    stdio: "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
