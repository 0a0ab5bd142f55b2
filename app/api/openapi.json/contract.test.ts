import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { bomTemplateCsv } from "@/lib/bom/bom-template";
import { baseMediaType, getOpenApiDocument } from "@/lib/openapi/openapi-document";
import { heavyFailureResponse } from "@/server/heavy-pool";
import { BOM_MAX_UPLOADS_IN_FLIGHT, POST as postBom } from "../bom/route";
import { GET as getTemplate } from "../bom/template/route";
import { GET as getDataset } from "../dataset/route";
import { GET as getExposure } from "../exposure/route";
import { GET as getLookup } from "../lookup/route";
import { GET as getRegimes } from "../regimes/route";
import { GET as getReport, HEAD as headReport } from "../report/route";
import { GET as getCompare, HEAD as headCompare } from "../compare/route";
import { GET as getOpenApi } from "./route";

/**
 * Real answers of every route, made by the route handlers themselves, validated against the OpenAPI document with a
 * JSON Schema 2020-12 validator (ajv): status documented, media type documented, JSON body valid (objects admit no
 * undocumented property), documented headers present. Every status the document lists for an operation must be
 * met by at least one answer here, so neither side can drift.
 */

type Doc = { paths: Record<string, Record<string, Operation>>; components: { responses?: Record<string, ResponseObject> } };
type Operation = { parameters?: { name: string; in: string; required?: boolean; schema: { example?: unknown; enum?: string[] } }[]; responses: Record<string, ResponseObject | { $ref: string }> };
type ResponseObject = { description: string; headers?: Record<string, { required?: boolean }>; content?: Record<string, { schema?: unknown }> };

const doc = getOpenApiDocument() as unknown as Doc;
const DOC_ID = "https://rare-earth-exposure.invalid/openapi.json";
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
// ajv-formats has no "iri" (an absolute URI that may hold non-ASCII characters, RFC 3987): a scheme, then no space.
ajv.addFormat("iri", /^[a-z][a-z0-9+.-]*:[^\s]+$/i);
ajv.addSchema({ ...(doc as object), $id: DOC_ID });

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

function responseOf(path: string, method: string, status: string): ResponseObject {
  const op = doc.paths[path]?.[method];
  const r = op?.responses[status];
  if (!r) throw new Error(`${method.toUpperCase()} ${path} answered ${status}, which the document does not list`);
  if ("$ref" in r) return doc.components.responses![r.$ref.split("/").pop()!]!;
  return r;
}

const met = new Set<string>();
type Case = { path: string; method: "get" | "head" | "post"; call: () => Promise<Response> | Response };

/** Checks one answer against the document; returns the parsed JSON body, if any. */
async function check({ path, method, call }: Case): Promise<{ status: number; body: unknown }> {
  const res = await call();
  const status = String(res.status);
  const documented = responseOf(path, method, status);
  met.add(`${method} ${path} ${status}`);
  for (const [name, h] of Object.entries(documented.headers ?? {})) {
    if (h.required) expect(res.headers.get(name), `${method} ${path} ${status}: header ${name}`).not.toBeNull();
  }
  if (method === "head") {
    expect(await res.text()).toBe("");
    return { status: res.status, body: null };
  }
  const type = baseMediaType(res.headers.get("content-type") ?? "");
  expect(Object.keys(documented.content ?? {}), `${method} ${path} ${status}: media type`).toContain(type);
  if (type !== "application/json") return { status: res.status, body: await res.arrayBuffer() };
  const body: unknown = await res.json();
  const ref = `${DOC_ID}#/${pointer("paths", path, method, "responses", status)}`;
  const at = method in doc.paths[path]! && "$ref" in doc.paths[path]![method]!.responses[status]! ? `${DOC_ID}#/${pointer("components", "responses", (doc.paths[path]![method]!.responses[status] as { $ref: string }).$ref.split("/").pop()!)}` : ref;
  const validate = ajv.compile({ $ref: `${at}/content/application~1json/schema` });
  const ok = validate(body);
  expect(ok ? [] : validate.errors?.slice(0, 5), `${method} ${path} ${status}: body`).toEqual([]);
  return { status: res.status, body };
}

const req = (path: string, query = "", init?: RequestInit) => new Request(`http://localhost:3000${path}${query ? `?${query}` : ""}`, init);
const get = (path: string, handler: (r: Request) => Response | Promise<Response>, query = "") => ({ path, method: "get" as const, call: () => handler(req(path, query)) });
const MOTOR_MAKER_XLSX = new Uint8Array(readFileSync(path.join(process.cwd(), "fixtures", "parts-lists", "motor-maker-eu.xlsx")));
const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const csvPost = (query: string, body: BodyInit | null, headers: Record<string, string> = { "Content-Type": "text/csv" }) => ({
  path: "/api/bom",
  method: "post" as const,
  call: () => postBom(req("/api/bom", query, { method: "POST", body, headers })),
});

describe("the OpenAPI document", () => {
  it("is served at /api/openapi.json, equal to the one built, and refuses parameters", async () => {
    const { body } = await check(get("/api/openapi.json", getOpenApi));
    expect(body).toEqual(JSON.parse(JSON.stringify(getOpenApiDocument())));
    expect((await check(get("/api/openapi.json", getOpenApi, "x=1"))).status).toBe(400);
  });

  it.each([
    ["regime=apr-2025", 200],
    ["regime=as-of-today&lens=border&destination=jp&outcome=range", 200],
    ["regime=breakdown&controlled=Dy,Tb&threshold=0.5&reading=broad&chinaShare=Dy:50&military=licence&utm_source=x", 200],
    ["asOf=2025-06-01&extraterritorial=on&exclusions=ignore&friction=50", 200],
    ["regime=nope", 400],
    ["", 400],
  ])("GET /api/exposure?%s answers %i as documented", async (query, status) => {
    expect((await check(get("/api/exposure", getExposure, query))).status).toBe(status);
  });

  it.each([
    ["regime=apr-2025", 200],
    ["regime=as-of-today&format=json&table=sectors", 200],
    ["regime=apr-2025&format=csv", 200],
    ["regime=apr-2025&format=csv&table=products&delimiter=semicolon", 200],
    ["regime=apr-2025&format=zip", 200],
    ["regime=apr-2025&format=xlsx", 200],
    ["regime=apr-2025&format=pdf", 200],
    ["regime=apr-2025&format=doc", 400],
  ])("GET /api/report?%s answers %i as documented", async (query, status) => {
    expect((await check(get("/api/report", getReport, query))).status).toBe(status);
  }, 30_000);

  it("HEAD /api/report answers the headers only", async () => {
    const head = (query: string) => ({ path: "/api/report", method: "head" as const, call: () => headReport(req("/api/report", query, { method: "HEAD" })) });
    expect((await check(head("regime=apr-2025&format=xlsx"))).status).toBe(200);
    expect((await check(head("regime=apr-2025&format=doc"))).status).toBe(400);
  });

  it.each([
    [`a=${encodeURIComponent("regime=apr-2025")}&b=${encodeURIComponent("regime=oct-2025")}`, 200],
    [`a=${encodeURIComponent("regime=as-of-today")}&b=${encodeURIComponent("regime=breakdown&lens=border")}&format=csv`, 200],
    [`a=${encodeURIComponent("regime=apr-2025")}&b=${encodeURIComponent("regime=oct-2025")}&format=pdf`, 200],
    [`a=${encodeURIComponent("regime=apr-2025")}`, 400],
    [`a=${encodeURIComponent("regime=nope")}&b=${encodeURIComponent("regime=oct-2025")}`, 400],
  ])("GET /api/compare?%s answers %i as documented", async (query, status) => {
    expect((await check(get("/api/compare", getCompare, query))).status).toBe(status);
  }, 30_000);

  it("HEAD /api/compare answers the headers only", async () => {
    const query = `a=${encodeURIComponent("regime=apr-2025")}&b=${encodeURIComponent("regime=oct-2025")}`;
    const head = (q: string) => ({ path: "/api/compare", method: "head" as const, call: () => headCompare(req("/api/compare", q, { method: "HEAD" })) });
    expect((await check(head(`${query}&format=pdf`))).status).toBe(200);
    expect((await check(head(`${query}&format=doc`))).status).toBe(400);
  });

  it("a busy worker pool answers 503 with Retry-After as documented on /api/compare too", async () => {
    const busy = heavyFailureResponse({ ok: false, reason: "busy", message: "The server is busy." });
    expect((await check({ path: "/api/compare", method: "get", call: () => busy })).status).toBe(503);
  });

  it("a busy worker pool answers 503 with Retry-After as documented (the answer the report route gives)", async () => {
    const busy = heavyFailureResponse({ ok: false, reason: "busy", message: "The server is busy." });
    expect((await check({ path: "/api/report", method: "get", call: () => busy })).status).toBe(503);
  });

  it.each([
    ["regime=apr-2025", bomTemplateCsv(), undefined, 200],
    ["regime=as-of-today&format=csv&mapping=%7B%7D", bomTemplateCsv(), undefined, 200],
    ["regime=apr-2025&format=pdf", bomTemplateCsv(), undefined, 200],
    ["regime=apr-2025", bomTemplateCsv(), { "Content-Type": "application/csv; charset=utf-8" }, 200],
    // The motor maker's workbook, as JSON (EUR converted, an action per line) and as the XLSX report.
    ["regime=apr-2025&destination=other", MOTOR_MAKER_XLSX, { "Content-Type": XLSX_CONTENT_TYPE }, 200],
    ["regime=apr-2025&format=xlsx&currency=EUR&mapping=%7B%22end_use%22%3A%7B%22constant%22%3A%22civil%22%7D%7D", MOTOR_MAKER_XLSX, { "Content-Type": XLSX_CONTENT_TYPE }, 200],
    // A whole-file problem: an empty body, and a workbook that is no zip.
    ["regime=apr-2025", "", undefined, 400],
    ["regime=apr-2025", "PK\u0003\u0004broken", { "Content-Type": XLSX_CONTENT_TYPE }, 400],
    ["regime=apr-2025&currency=dollars%20please", bomTemplateCsv(), undefined, 400],
    ["regime=apr-2025&table=sectors", bomTemplateCsv(), undefined, 400],
    ["regime=apr-2025", bomTemplateCsv(), { "Content-Type": "text/csv", "Sec-Fetch-Site": "cross-site" }, 403],
    ["regime=apr-2025", bomTemplateCsv(), { "Content-Type": "text/csv", "Content-Length": String(51 * 1024 * 1024) }, 413],
    ["regime=apr-2025", bomTemplateCsv(), { "Content-Type": "text/plain" }, 415],
  ])("POST /api/bom?%s answers as documented", async (query, body, headers, status) => {
    expect((await check(csvPost(query, body, headers))).status).toBe(status);
  }, 30_000);

  it(`POST /api/bom answers 503 as documented once ${BOM_MAX_UPLOADS_IN_FLIGHT} uploads are in flight`, async () => {
    const releases: (() => void)[] = [];
    const slow = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(bomTemplateCsv()));
          releases.push(() => controller.close());
        },
      });
    const pending = Array.from({ length: BOM_MAX_UPLOADS_IN_FLIGHT }, () =>
      postBom(req("/api/bom", "regime=apr-2025", { method: "POST", body: slow(), headers: { "Content-Type": "text/csv" }, duplex: "half" } as RequestInit)),
    );
    await new Promise((r) => setTimeout(r, 50));
    expect((await check(csvPost("regime=apr-2025", bomTemplateCsv()))).status).toBe(503);
    for (const r of releases) r();
    for (const res of await Promise.all(pending)) expect(res.status).toBe(200);
  }, 30_000);

  it.each([
    ["/api/bom/template", "", 200, getTemplate],
    ["/api/bom/template", "format=csv", 400, getTemplate],
    ["/api/regimes", "", 200, getRegimes],
    ["/api/regimes", "regime=apr-2025", 400, getRegimes],
    ["/api/dataset", "", 200, getDataset],
    ["/api/dataset", "v=2", 400, getDataset],
    ["/api/lookup", "code=8505111000", 200, getLookup],
    ["/api/lookup", "code=1C905.a&asOf=2025-06-01", 200, getLookup],
    ["/api/lookup", "code=850511", 200, getLookup],
    ["/api/lookup", "", 400, getLookup],
    ["/api/lookup", "code=8505&asOf=June", 400, getLookup],
  ] as const)("GET %s?%s answers %i as documented", async (path, query, status, handler) => {
    expect((await check(get(path, handler, query))).status).toBe(status);
  });

  it("documents every query parameter a route takes: each one's example is read without a 400", async () => {
    const handlers: Record<string, (r: Request) => Response | Promise<Response>> = { "/api/exposure": getExposure, "/api/report": getReport, "/api/lookup": getLookup };
    for (const [path, handler] of Object.entries(handlers)) {
      const params = doc.paths[path]!.get!.parameters ?? [];
      expect(params.length).toBeGreaterThan(0);
      const base = path === "/api/lookup" ? "code=8505111000" : "regime=apr-2025";
      for (const p of params) {
        if (p.name === "regime" || p.name === "code" || p.name === "format") continue;
        const example = String(p.schema.example ?? p.schema.enum?.[0]);
        const res = await handler(req(path, `${base}&${p.name}=${encodeURIComponent(example)}`));
        expect(res.status, `${path} ${p.name}=${example}`).toBe(200);
      }
      // …and an undocumented one is refused, naming it.
      const res = await handler(req(path, `${base}&undocumented=1`));
      expect(res.status).toBe(400);
    }
  }, 30_000);

  afterAll(() => {
    // Every answer the document lists was met by a real one (HEAD's 400 has no body to check, so it counts too).
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).flatMap(([method, op]) => Object.keys(op.responses).map((s) => `${method} ${path} ${s}`)));
    expect(listed.filter((l) => !met.has(l))).toEqual([]);
  });
});

describe("the OpenAPI document covers every route", () => {
  it("documents each route handler file under app/api, with each HTTP method it exports", async () => {
    const { readdirSync } = await import("node:fs");
    const { join, relative, sep } = await import("node:path");
    const apiDir = join(__dirname, "..");
    const routeFiles = (readdirSync(apiDir, { recursive: true }) as string[]).filter((f) => f.endsWith(`${sep}route.ts`) || f === "route.ts");
    expect(routeFiles.length).toBeGreaterThanOrEqual(8);
    const undocumented: string[] = [];
    for (const file of routeFiles) {
      const path = `/api/${relative(apiDir, join(apiDir, file)).split(sep).slice(0, -1).join("/")}`;
      const mod = (await import(/* @vite-ignore */ join(apiDir, file))) as Record<string, unknown>;
      for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]) {
        if (typeof mod[method] === "function" && !doc.paths[path]?.[method.toLowerCase()]) undocumented.push(`${method} ${path}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
