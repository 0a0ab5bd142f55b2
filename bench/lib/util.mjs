// Shared helpers for bench/: statistics, the Chromium to use, and the production server's life cycle.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { CHROMIUM_QUIET_FLAGS } from "../../scripts/browser-path.mjs";

export const CHROME_FLAGS = ["--headless", ...CHROMIUM_QUIET_FLAGS];

/** CHROME_PATH, then PLAYWRIGHT_CHROMIUM_PATH, then Debian's chromium. */
export function chromePath() {
  const p = process.env.CHROME_PATH || process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(p)) throw new Error(`no Chromium at ${p}: set CHROME_PATH or PLAYWRIGHT_CHROMIUM_PATH`);
  return p;
}

export function quantile(values, q) {
  const xs = [...values].sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}
export const median = (values) => quantile(values, 0.5);

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function portIsFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

/** The first free port from `start` up to `end` (inclusive). */
export async function findFreePort(start, end) {
  for (let p = start; p <= end; p += 1) if (await portIsFree(p)) return p;
  throw new Error(`no free port in ${start}-${end}`);
}

/** Runs a command to completion, streaming its output; rejects on a non-zero exit. */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...opts });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code ?? signal}`)),
    );
  });
}

/** Runs a command and returns its stdout; stderr passes through. */
export function capture(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "inherit"], ...opts });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code ?? signal}`)),
    );
  });
}

/**
 * Starts `next start` on 127.0.0.1:port in its own process group and waits until /api/regimes answers.
 * Returns { url, stop }; stop() ends that process group only.
 */
export async function startServer(root, port) {
  const nextBin = `${root}/node_modules/next/dist/bin/next`;
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let exited = false;
  child.on("exit", () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`next start exited:\n${log}`);
    try {
      const res = await fetch(`${url}/api/regimes`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      process.kill(-child.pid, "SIGTERM");
      throw new Error(`next start did not answer within 60 s:\n${log}`);
    }
    await sleep(250);
  }
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    for (let i = 0; i < 40 && !exited; i += 1) await sleep(100);
    if (!exited) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
  };
  return { url, pid: child.pid, stop, log: () => log };
}

/** A budget check: { min } or { max }. */
export function check(value, budget) {
  if (!budget || value === null || value === undefined || Number.isNaN(value)) return null;
  if (budget.min !== undefined) return value >= budget.min;
  if (budget.max !== undefined) return value <= budget.max;
  return null;
}

export function budgetText(budget, fmt = (x) => String(x)) {
  if (!budget) return "";
  if (budget.min !== undefined) return `≥ ${fmt(budget.min)}`;
  if (budget.max !== undefined) return `≤ ${fmt(budget.max)}`;
  return "";
}
