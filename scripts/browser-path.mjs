import { existsSync } from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * The Chromium Playwright should launch: PLAYWRIGHT_CHROMIUM_PATH if set, else Debian's chromium if present,
 * else undefined so that Playwright uses its own downloaded browser.
 */
export function chromiumExecutable() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

/** Chromium's own background traffic is refused on a closed network; none of it is needed by tests or benchmarks. */
export const CHROMIUM_QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
