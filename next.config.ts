import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { COMMON_SECURITY_HEADERS, contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "./lib/http/security-headers";

/**
 * Benchmark-only routes (app/bench-bare/page.bench.tsx, app/api/bench-static/route.bench.ts,
 * app/api/bench-exposure-static/route.bench.ts) are routes only in a
 * build made with BENCH_PAGES=1, which `npm run bench` makes in its own folder (.next-bench) so that the production
 * build in .next never has them.
 */
const benchPages = process.env.BENCH_PAGES === "1";

/** Bundles the worker-thread entries (server/workers) that the routes start; see scripts/build-workers.cjs. */
async function buildWorkers(projectDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script, loaded only when building
  const { buildWorkers: build } = require(path.join(projectDir, "scripts", "build-workers.cjs")) as { buildWorkers: (dir: string) => Promise<void> };
  await build(projectDir);
}

export default async function config(phase: string): Promise<NextConfig> {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  if (dev) await buildWorkers(process.cwd());
  return {
    poweredByHeader: false,
    // BENCH_SOURCE_MAPS=1: browser source maps for the diagnosis tools (bench/js-composition.mjs, profile-interaction.mjs).
    productionBrowserSourceMaps: process.env.BENCH_SOURCE_MAPS === "1",
    // pdfkit reads its data files at run time and piscina starts its own worker script: bundling would cut them off.
    serverExternalPackages: ["pdfkit", "piscina"],
    ...(benchPages ? { distDir: ".next-bench", pageExtensions: ["bench.tsx", "bench.ts", "tsx", "ts", "jsx", "js"] } : {}),
    compiler: { runAfterProductionCompile: ({ projectDir }) => buildWorkers(projectDir) },
    async headers() {
      return [
        { source: "/:path*", headers: COMMON_SECURITY_HEADERS },
        {
          source: "/:path*",
          has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
          headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
        },
        // Pages get theirs, with a nonce, from proxy.ts; API answers and static files (the BOM page's worker
        // script runs under the policy it is served with) get the same policy without one.
        ...["/api/:path*", "/_next/:path*"].map((source) => ({
          source,
          headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) }],
        })),
      ];
    },
  };
}
