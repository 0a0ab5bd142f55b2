import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.mjs"],
    // The server's worker threads run a bundled file (scripts/build-workers.cjs): built once before the tests.
    globalSetup: ["./scripts/vitest-global-setup.mjs"],
    environment: "node",
    // PDF and property tests take seconds on a 2-core machine that is also building.
    testTimeout: 20_000,
  },
});
