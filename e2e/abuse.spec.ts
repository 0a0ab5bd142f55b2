import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { expect, type Page, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { testIds } from "../lib/test-ids";
import { uploadUntilAnswered } from "../scripts/upload-until-answered.mjs";
import { mountAllCharts, openDashboard } from "./helpers";

/*
 * Issue 9: one ordinary small request must not freeze or kill the server. Each case below was reproduced on the
 * production build before the fix; each hostile request must now be answered within 2 s with its documented status,
 * while a GET / sent alongside it stays under 500 ms. These tests run in their own Playwright project, after every
 * other test (playwright.config.ts), so that they neither disturb other tests (they fill the upload slots and the
 * PDF queue) nor have their timings disturbed by them.
 */

// One after another in one worker (the project's only file), each test on its own: a failure does not skip the rest.
test.describe.configure({ mode: "default" });

const HEADER = "part_id,description,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in";
const ROW = (id: string, description = "x") => `${id},${description},90,Dy,45,ndfeb_magnet,1,civil,china`;
/** Budgets from the issue: the hostile request's answer, and a GET / in flight beside it. */
const ANSWER_MS = 2000;
const HOME_MS = 500;

type Answer = { status: number; headers: Headers; text: string; json: unknown; bytes: Uint8Array };

async function answer(res: Response): Promise<Answer> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, text, json, bytes };
}

function postBom(baseURL: string, body: string | Uint8Array, query = "regime=apr-2025", headers: Record<string, string> = {}): Promise<Answer> {
  const data = typeof body === "string" ? new TextEncoder().encode(body) : body;
  return fetch(`${baseURL}/api/bom?${query}`, { method: "POST", body: data as BodyInit, headers: { "Content-Type": "text/csv", ...headers } }).then(answer);
}

/**
 * GET / one after another until told to stop, from a worker thread: its own event loop, so the time measured is the
 * server's, not this process's while it builds, sends or reads a 50 MB body. The benchmark's own probe thread.
 */
const PROBE = path.join(__dirname, "../bench/lib/home-probe-worker.mjs");

/**
 * Sends `work` and, from the same moment until it is answered, GET / one after another: how long the work took and
 * how long each GET / took while it was in flight.
 */
async function inFlight<T>(baseURL: string, work: () => Promise<T>): Promise<{ value: T; ms: number; home: number[] }> {
  const probe = new Worker(PROBE, { workerData: { url: `${baseURL}/` } });
  await once(probe, "message"); // ready
  const started = performance.now();
  let value: T;
  try {
    value = await work();
  } catch (e) {
    await probe.terminate();
    throw e;
  }
  const ms = performance.now() - started;
  const results = once(probe, "message");
  probe.postMessage("stop");
  const [times] = (await results) as [{ ms: number; status: number }[]];
  await probe.terminate();
  for (const t of times) expect(t.status, "GET / while hostile work is in flight").toBe(200);
  return { value, ms, home: times.map((t) => t.ms) };
}

/**
 * GET / in flight stays under HOME_MS: every one of them while a hostile request is in flight, and 99 in 100 while a
 * long load runs (10 PDF clients): on a shared 2-core machine the operating system now and then gives both cores to
 * other processes for longer than that, which no server can help. While the server checks files of the largest size
 * it accepts in full (legitimate work of 10–30 s: receiving 47.6 MB, sending 65 MB back) the median stays under
 * half of HOME_MS and 99 in 100 under twice it.
 */
function expectHomeFast(home: number[], what: string, { legitimateWork = false } = {}) {
  expect(home.length, `${what}: GET / was measured`).toBeGreaterThan(0);
  const sorted = [...home].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]!;
  const shown = sorted.length <= 20 ? sorted.map((x) => x.toFixed(0)).join(", ") : `median ${median.toFixed(0)}, p99 ${p99.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}`;
  const label = `${what}: GET / in flight (${sorted.length} requests: ${shown} ms)`;
  if (legitimateWork) {
    expect(median, label).toBeLessThan(HOME_MS / 2);
    expect(p99, label).toBeLessThan(HOME_MS * 2);
  } else {
    expect(sorted.length < 100 ? sorted.at(-1)! : p99, label).toBeLessThan(HOME_MS);
  }
}

function expectFast(r: { ms: number; home: number[] }, what: string) {
  expect(r.ms, `${what}: answered within ${ANSWER_MS} ms`).toBeLessThan(ANSWER_MS);
  expectHomeFast(r.home, what);
}

type ErrorBody = { error: { param: string; message: string } };
type BomBody = {
  file: { rows: number; rowsWithErrors: number; lines: Record<string, number> };
  parts: { partId: string }[];
  errors: { row: number; column: string | null; message: string; swallowedLines?: { from: number; to: number } }[];
  errorCount: number;
};

async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    return (await parser.getText()).text.replace(/\u200B/g, "").replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

// The first heavy job of a server starts its worker thread and compiles the PDF code: done here, not timed.
test.beforeAll(async ({ baseURL }) => {
  const template = await (await fetch(`${baseURL}/api/bom/template`)).text();
  for (const format of ["pdf", "csv", "json"]) expect((await postBom(baseURL!, template, `regime=breakdown&format=${format}`)).status).toBe(200);
  expect((await fetch(`${baseURL}/api/report?regime=apr-2025&format=pdf`).then(answer)).status).toBe(200);
});

// ---- 1. long unbroken text in a PDF ----------------------------------------------------------------------------------

test.describe("1. a long part id or description cannot stall the PDF", () => {
  for (const [label, line] of [
    ["a 10 KB part id of letters", ROW("A".repeat(10_000))],
    ["a 10 KB description of letters", ROW("P1", "D".repeat(10_000))],
    ["a 1 MB description of letters", ROW("P1", "D".repeat(1_000_000))],
  ] as const) {
    test(`${label}: 200 with the cell reported as too long, within 2 s`, async ({ baseURL }) => {
      const r = await inFlight(baseURL!, () => postBom(baseURL!, `${HEADER}\n${line}\n`, "regime=breakdown&format=pdf"));
      expectFast(r, label);
      expect(r.value.status).toBe(200);
      expect(r.value.headers.get("content-type")).toBe("application/pdf");
      expect(await pdfText(r.value.bytes)).toMatch(/characters; a cell holds at most 512/);
    });
  }
});

// ---- 2. quadratic number parsing -------------------------------------------------------------------------------------

test.describe("2. numbers are read in linear time", () => {
  test("a unit value of 100,000 digits and an x: the row's error, within 2 s", async ({ baseURL }) => {
    const r = await inFlight(baseURL!, () => postBom(baseURL!, `${HEADER}\nP1,x,${"1".repeat(100_000)}x,Dy,45,ndfeb_magnet,1,civil,china\n`));
    expectFast(r, "100,000 digits");
    expect(r.value.status).toBe(200);
    expect((r.value.json as BomBody).errors).toEqual([{ row: 2, column: "unit_value", message: "100,001 characters; a cell holds at most 512" }]);
  });

  test("eight rows of 50,000 digits (400 KB): every row reported, within 2 s", async ({ baseURL }) => {
    const digits = "5".repeat(50_000);
    const rows = Array.from({ length: 8 }, (_, i) => `P${i},x,${digits},Dy,${digits}g,ndfeb_magnet,1,civil,china`);
    const r = await inFlight(baseURL!, () => postBom(baseURL!, `${HEADER}\n${rows.join("\n")}\n`));
    expectFast(r, "8 × 50,000 digits");
    const body = r.value.json as BomBody;
    expect(body.file.rowsWithErrors).toBe(8);
    expect(body.errorCount).toBe(16); // two long cells on each of 8 rows
  });

  test("5,000 rows of numbers just under the cell limit that backtracked (500 digits then x; 500 spaces then x): within 2 s", async ({ baseURL }) => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `P${i},x,${"9".repeat(500)}x,Dy,${" ".repeat(500)}x,ndfeb_magnet,1,civil,china`);
    const r = await inFlight(baseURL!, () => postBom(baseURL!, `${HEADER}\n${rows.join("\n")}\n`));
    expectFast(r, "5,000 near-limit numbers");
    const body = r.value.json as BomBody;
    expect(body.file.rowsWithErrors).toBe(5_000);
    expect(body.errors[0]).toMatchObject({ row: 2, column: "unit_value", message: expect.stringMatching(/is longer than 40 characters/) });
  });
});

// ---- 3 and 4. large files, and many at once --------------------------------------------------------------------------

/** A valid file of `n` one-row parts of about 32 bytes each, cut at `bytes`: 1.56 million parts in 49.9 MB. */
function manyShortRows(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const enc = new TextEncoder();
  let at = enc.encodeInto(`${HEADER}\n`, out).written;
  for (let i = 0; at < bytes; i += 1) at += enc.encodeInto(`P${String(i).padStart(7, "0")},,1,Dy,1,alloy,1,civil,china\n`, out.subarray(at)).written;
  return out;
}

/** The largest file the server checks in full: 100,000 valid rows, each with a 430-character description (47.6 MB). */
function largestCheckedFile(): Uint8Array {
  const description = "D".repeat(430);
  const lines = [HEADER];
  for (let i = 0; i < 100_000; i += 1) lines.push(ROW(`P${String(i).padStart(7, "0")}`, description));
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

test.describe("3. a file too large to answer is refused before any work", () => {
  for (const megabytes of [49.9, 49]) {
    test(`a valid ${megabytes} MB file of ${Math.round((megabytes * 1e6) / 32 / 1e4) / 100} million one-row parts: 413 naming the line limit, within 2 s`, async ({ baseURL }) => {
      const body = manyShortRows(megabytes * 1_000_000);
      const r = await inFlight(baseURL!, () => postBom(baseURL!, body));
      expectFast(r, `${megabytes} MB`);
      expect(r.value.status).toBe(413);
      expect((r.value.json as ErrorBody).error).toEqual({ param: "body", message: expect.stringMatching(/more than 100,001 lines/) });
    });
  }

  test("the largest file checked (100,000 rows, 47.6 MB) is answered in full, and GET / stays fast meanwhile", async ({ baseURL }) => {
    test.setTimeout(90_000);
    const body = largestCheckedFile();
    const r = await inFlight(baseURL!, () => postBom(baseURL!, body, "regime=apr-2025&format=csv"));
    expect(r.value.status).toBe(200);
    // The report's blocks, separated by blank lines: the lines block holds every one of the 100,000 parts.
    expect(r.value.text.split("\r\n").filter((l) => l.startsWith("P0")).length).toBe(100_000);
    expectHomeFast(r.home, "a 100,000-row file", { legitimateWork: true });
  });
});

/** Posts to /api/bom as a careful client does (curl, a browser): the time checked is the time to the answer's headers. */
const uploadToBom = (baseURL: string, query: string, body: Uint8Array) => uploadUntilAnswered(`${baseURL}/api/bom?${query}`, body);

test.describe("4. concurrent maximum-size uploads are bounded", () => {
  test("8 concurrent 49.9 MB uploads: 413 or 503 with Retry-After, each within 2 s; the server stays up", async ({ baseURL }) => {
    test.setTimeout(90_000);
    const body = manyShortRows(49_900_000);
    const r = await inFlight(baseURL!, () => Promise.all(Array.from({ length: 8 }, () => uploadToBom(baseURL!, "regime=apr-2025", body))));
    const statuses = r.value.map((a) => a.status).sort();
    expect(statuses.every((s) => s === 413 || s === 503), statuses.join(", ")).toBe(true);
    expect(statuses.filter((s) => s === 413).length).toBeGreaterThanOrEqual(1);
    for (const a of r.value) {
      expect(a.headersMs, `answer ${a.status}`).toBeLessThan(ANSWER_MS);
      if (a.status === 503) expect(a.retryAfter).toBe("5");
    }
    expectHomeFast(r.home, "8 × 49.9 MB");
    expect((await fetch(`${baseURL}/api/regimes`)).status).toBe(200);
  });

  test("8 concurrent uploads of the largest checked file: 2 answered in full, 6 refused at once with 503; the server stays up", async ({ baseURL }) => {
    test.setTimeout(180_000);
    const body = largestCheckedFile();
    const r = await inFlight(baseURL!, () => Promise.all(Array.from({ length: 8 }, () => uploadToBom(baseURL!, "regime=apr-2025&format=csv", body))));
    const refused = r.value.filter((a) => a.status === 503);
    const statuses = r.value.map((a) => a.status).join(", ");
    expect(r.value.filter((a) => a.status === 200).length, statuses).toBe(2);
    expect(refused.length, statuses).toBe(6);
    for (const a of refused) {
      expect(a.retryAfter).toBe("5");
      expect(a.headersMs, "a refused upload is answered at once").toBeLessThan(ANSWER_MS);
    }
    expectHomeFast(r.home, "two 100,000-row files", { legitimateWork: true });
    expect((await fetch(`${baseURL}/api/regimes`)).status).toBe(200);
  });
});

// ---- 5. PDF reports off the event loop -------------------------------------------------------------------------------

test.describe("5. PDF reports do not starve other requests", () => {
  test("10 clients downloading PDFs for 4 s: GET / stays under 500 ms; each PDF answered 200 or 503 with Retry-After", async ({ baseURL }) => {
    test.setTimeout(60_000);
    const statuses: number[] = [];
    const r = await inFlight(baseURL!, async () => {
      const until = performance.now() + 4000;
      await Promise.all(Array.from({ length: 10 }, async (_, i) => {
        while (performance.now() < until) {
          const res = await fetch(`${baseURL}/api/report?regime=${i % 2 ? "apr-2025" : "oct-2025"}&format=pdf`);
          const a = await answer(res);
          statuses.push(a.status);
          if (a.status === 503) expect(a.headers.get("retry-after")).toBe("5");
          else expect(new TextDecoder().decode(a.bytes.subarray(0, 5))).toBe("%PDF-");
        }
      }));
    });
    expect(statuses.every((s) => s === 200 || s === 503), statuses.join(",")).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expectHomeFast(r.home, "10 PDF clients");
  });

  test("HEAD on a PDF report answers the headers without making the PDF: 40 at once, all within 2 s", async ({ baseURL }) => {
    const r = await inFlight(baseURL!, () =>
      Promise.all(Array.from({ length: 40 }, () => fetch(`${baseURL}/api/report?regime=apr-2025&format=pdf`, { method: "HEAD" }).then(answer))),
    );
    expectFast(r, "40 HEAD");
    for (const a of r.value) {
      expect(a.status).toBe(200);
      expect(a.headers.get("content-type")).toBe("application/pdf");
      expect(a.headers.get("content-disposition")).toMatch(/^attachment; filename="rare-earth-exposure_apr-2025_.*\.pdf"$/);
      expect(a.bytes.length).toBe(0);
    }
    // One PDF made in the pool takes 0.3–0.4 s: 40 made in turn by one worker would take over 12 s.
  });
});

// ---- 6. requests from other sites ------------------------------------------------------------------------------------

test.describe("6. another site cannot make a browser upload to the server", () => {
  let evil: http.Server;
  let evilOrigin = "";
  test.beforeAll(async () => {
    evil = http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end("<!doctype html><title>evil</title><body>hostile page</body>");
    });
    await new Promise<void>((resolve) => evil.listen(0, "127.0.0.1", resolve));
    // "localhost" and the app's 127.0.0.1 are different sites to the browser.
    evilOrigin = `http://localhost:${(evil.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => evil.close(() => resolve())));

  test("no-cors text/plain, a text/plain form and a CORS text/csv upload from another origin are all refused; GET / stays fast", async ({ page, baseURL }) => {
    const hits: { method: string; status: number }[] = [];
    page.on("response", (res) => {
      if (res.url().includes("/api/bom")) hits.push({ method: res.request().method(), status: res.status() });
    });
    await page.goto(evilOrigin);
    const target = `${baseURL}/api/bom?regime=apr-2025&format=pdf`;
    const body = `${HEADER}\n${ROW("A".repeat(10_000))}\n`;
    const r = await inFlight(baseURL!, () =>
      page.evaluate(
        async ({ target, body }) => {
          const outcomes: string[] = [];
          // 1. What a page can send without a preflight: a "simple" no-cors POST of text/plain.
          await fetch(target, { method: "POST", mode: "no-cors", body, headers: { "Content-Type": "text/plain" } }).then(() => outcomes.push("no-cors sent"), (e) => outcomes.push(`no-cors ${e}`));
          // 2. A CORS request with text/csv: the browser asks first (OPTIONS) and sends nothing when not allowed.
          await fetch(target, { method: "POST", body, headers: { "Content-Type": "text/csv" } }).then(() => outcomes.push("cors answered"), () => outcomes.push("cors blocked"));
          return outcomes;
        },
        { target, body },
      ),
    );
    expect(r.value).toEqual(["no-cors sent", "cors blocked"]);
    // 3. A form posting text/plain, as a page can submit it on load.
    await page.evaluate(({ target }) => {
      const form = document.createElement("form");
      form.method = "POST";
      form.action = target;
      form.enctype = "text/plain";
      const input = document.createElement("input");
      input.name = "part_id,description";
      input.value = "x";
      form.append(input);
      document.body.append(form);
      form.submit();
    }, { target });
    await page.waitForURL(/\/api\/bom/);
    expect(await page.locator("body").textContent()).toMatch(/"param":"Origin"/);
    const posts = hits.filter((h) => h.method === "POST");
    expect(posts.length).toBeGreaterThanOrEqual(2); // the no-cors fetch and the form; the CORS one never left the browser
    for (const p of posts) expect(p.status).toBe(403);
    expectHomeFast(r.home, "cross-site uploads");
  });

  test("a text/plain upload is refused with 415 even without Origin headers", async ({ baseURL }) => {
    const a = await postBom(baseURL!, `${HEADER}\n${ROW("P1")}\n`, "regime=apr-2025", { "Content-Type": "text/plain" });
    expect(a.status).toBe(415);
    expect((a.json as ErrorBody).error.param).toBe("Content-Type");
  });
});

// ---- 7. a stray quote ------------------------------------------------------------------------------------------------

const STRAY = [HEADER, ROW("P0"), ROW("P1"), `"${ROW("P2")}`, ROW("P3"), ROW("P4"), ROW("P5")].join("\n");

test.describe("7. a stray quote names every line it swallowed", () => {
  test("the API answers the row, its swallowed lines and the parts on them, and the line counts add up", async ({ baseURL }) => {
    const r = await inFlight(baseURL!, () => postBom(baseURL!, STRAY));
    expectFast(r, "stray quote");
    const body = r.value.json as BomBody;
    // 7 lines: 1 header, 3 rows (P0, P1, the broken one), 3 swallowed (P3, P4, P5).
    expect(body.file.rows).toBe(3);
    expect(body.file.lines).toEqual({ total: 7, aboveHeader: 0, header: 1, rows: 3, blank: 0, inQuotedCells: 0, swallowed: 3 });
    expect(body.parts.map((p) => p.partId)).toEqual(["P0", "P1"]);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ row: 4, column: "part_id", swallowedLines: { from: 5, to: 7 } });
    expect(body.errors[0]!.message).toContain("lines 5–7 (3 lines, which begin with P3, P4, P5)");
  });

  test("the /bom page shows the same error on row 4", async ({ page }) => {
    await page.goto("/bom?regime=apr-2025");
    await page.getByTestId(testIds.bomFileInput).setInputFiles({ name: "stray.csv", mimeType: "text/csv", buffer: Buffer.from(STRAY, "utf8") });
    await expect(page.getByTestId(testIds.bomErrorRow(4))).toContainText("lines 5–7");
    await expect(page.getByTestId(testIds.bomErrorRow(4))).toContainText("P3, P4, P5");
  });
});

// ---- 9. headers, CSP and benchmark pages -----------------------------------------------------------------------------

async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy|Permissions-Policy/i.test(m.text())) console.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => console.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))];
}

test.describe("9. headers", () => {
  test("pages carry a nonce CSP without 'unsafe-inline' or 'unsafe-eval' for scripts, a new nonce each time, and a Permissions-Policy", async ({ baseURL }) => {
    const nonces = new Set<string>();
    for (const path of ["/", "/bom", "/methodology", "/"]) {
      const res = await fetch(`${baseURL}${path}`);
      const html = await res.text();
      const csp = res.headers.get("content-security-policy") ?? "";
      const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
      expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
      nonces.add(nonce);
      // Every script of the page carries it.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      expect(res.headers.get("strict-transport-security")).toBeNull();
    }
    expect(nonces.size).toBe(4);
  });

  test("API answers carry a CSP without inline scripts; HSTS is sent behind an HTTPS proxy", async ({ baseURL }) => {
    const res = await fetch(`${baseURL}/api/exposure?regime=apr-2025`);
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self';");
    const https = await fetch(`${baseURL}/api/regimes`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(https.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  test("the dashboard, the BOM page (with its worker) and the methodology run with no CSP violation or console error", async ({ page }) => {
    const violations = await watchViolations(page);
    await openDashboard(page);
    // The charts below the fold load their code when reached: chunks loaded by a nonced script ('strict-dynamic').
    await mountAllCharts(page);
    expect(await violations()).toEqual([]);
    await page.goto("/bom?regime=breakdown");
    const template = await (await page.request.get("/api/bom/template")).text();
    await page.getByTestId(testIds.bomFileInput).setInputFiles({ name: "t.csv", mimeType: "text/csv", buffer: Buffer.from(template, "utf8") });
    // The parts are listed only once the Web Worker has checked the file.
    await expect(page.getByTestId(testIds.bomSummary)).toContainText("5 lines");
    expect(await violations()).toEqual([]);
    await page.goto("/methodology");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology");
    expect(await violations()).toEqual([]);
  });

  test("markup injected into a page cannot run script: an inline event handler is blocked and reported", async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto("/methodology");
    // What an HTML injection would bring: a handler attribute, which no nonce covers.
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="data:," onerror="window.__injected = true">'));
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });

  test("the benchmark-only pages are not in the production build", async ({ baseURL }) => {
    for (const path of ["/bench-bare", "/api/bench-static", "/api/bench-exposure-static"]) {
      const res = await fetch(`${baseURL}${path}`);
      await res.arrayBuffer();
      expect(res.status, path).toBe(404);
    }
  });
});
