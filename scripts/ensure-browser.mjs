// Makes sure the e2e tests have a Chromium: an explicit path, Debian's chromium, Playwright's own download,
// or Debian's package installed with apt-get when running as root. Otherwise it stops and says how.
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumExecutable } from "./browser-path.mjs";

function have(path) {
  return path !== undefined && existsSync(path);
}

function playwrightBrowserPresent() {
  try {
    const out = execSync(`node -e "console.log(require('playwright-core').chromium.executablePath())"`, {
      stdio: ["ignore", "pipe", "ignore"],
    }).toString().trim();
    return have(out);
  } catch {
    return false;
  }
}

const explicit = chromiumExecutable();
if (have(explicit)) process.exit(0);
if (process.env.PLAYWRIGHT_CHROMIUM_PATH) {
  console.error(`PLAYWRIGHT_CHROMIUM_PATH=${process.env.PLAYWRIGHT_CHROMIUM_PATH} does not exist.`);
  process.exit(1);
}
if (playwrightBrowserPresent()) process.exit(0);

console.log("No Chromium found; trying Playwright's download ...");
if (spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", timeout: 300_000 }).status === 0 && playwrightBrowserPresent()) {
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot) {
  console.log("Playwright's download failed; installing Debian's chromium with apt-get ...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const install = update.status === 0 && spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  if (install && install.status === 0 && have(chromiumExecutable())) process.exit(0);
}

console.error(
  [
    "No Chromium for the end-to-end tests.",
    "Either: run `npx playwright install chromium` (needs network access to Playwright's CDN),",
    "or: install Debian's chromium (`sudo apt-get install -y chromium`),",
    "or: set PLAYWRIGHT_CHROMIUM_PATH to a Chromium/Chrome executable.",
  ].join("\n"),
);
process.exit(1);
