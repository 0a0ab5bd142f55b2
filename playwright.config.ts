import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_QUIET_FLAGS, chromiumExecutable } from "./scripts/browser-path.mjs";

const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: CHROMIUM_QUIET_FLAGS,
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /abuse\.spec\.ts$/ },
    // The abuse tests fill the upload slots and the PDF queue and time the server under load: they run on their own,
    // after every other test, so that neither disturbs the other.
    { name: "abuse", use: { ...devices["Desktop Chrome"] }, testMatch: /abuse\.spec\.ts$/, dependencies: ["chromium"] },
  ],
  webServer: {
    // Runs against the production build made by `npm run build`.
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/regimes`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
