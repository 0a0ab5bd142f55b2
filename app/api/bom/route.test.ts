import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BOM_MAX_BYTES, BOM_SERVER_MAX_LINES } from "@/lib/bom/bom-limits";
import { bomTemplateCsv } from "@/lib/bom/bom-template";
import type { PartsReport } from "@/lib/parts/build-parts-report";
import { XLSX_CONTENT_TYPE } from "@/lib/parts/file-limits";
import { inlineCell, makeXlsx } from "@/lib/parts/xlsx-test-files";
import { parseCsvReport } from "@/lib/report/format-csv-report";
import { BOM_MAX_UPLOADS_IN_FLIGHT, POST } from "./route";
import { GET as getTemplate } from "./template/route";

const URL_BASE = "http://localhost/api/bom";
const FIXTURES = path.join(process.cwd(), "fixtures", "parts-lists");

function post(query: string, body: BodyInit | null, headers: Record<string, string> = { "Content-Type": "text/csv" }): Promise<Response> {
  return POST(new Request(`${URL_BASE}${query}`, { method: "POST", body, headers }));
}

async function errorOf(res: Response): Promise<{ param: string; message: string }> {
  return ((await res.json()) as { error: { param: string; message: string } }).error;
}

describe("POST /api/bom", () => {
  it("answers JSON with scenario, file, an action per part, a summary by action, rates and coverage", async () => {
    const res = await post("?regime=apr-2025", bomTemplateCsv());
    expect(res.status).toBe(200);
    const body = (await res.json()) as PartsReport;
    expect(body.scenario.regime).toBe("apr-2025");
    // A parts list is checked under the border lens unless the request asks for another.
    expect(body.scenario.lens).toBe("border");
    expect(body.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.file.rows).toBe(9);
    expect(body.parts.map((p) => [p.partId, p.action])).toEqual([
      ["MAG-EV-001", "apply"], ["SMCO-JP-014", "clear"], ["CMP-CE-200", "clear"], ["TGT-GD-300", "clear"], ["ROD-TBDY-07", "hold"],
    ]);
    expect(body.summary.byAction.hold.lines).toBe(1);
    expect(body.summary.byAction.apply.lines).toBe(1);
    expect(body.summary.byAction.clear.lines).toBe(3);
    expect(body.ratesUsed).toEqual([{ currency: "USD", text: "US dollars, not converted", series: "identity", confidence: "H", sourceIds: [] }]);
    expect(body.coverage.doesNotModel.length).toBeGreaterThan(0);
    expect(body.errors).toEqual([]);
  });

  it("reads the motor maker's workbook (XLSX) and its CSV alike", async () => {
    const xlsx = new Uint8Array(fs.readFileSync(path.join(FIXTURES, "motor-maker-eu.xlsx")));
    const csv = new Uint8Array(fs.readFileSync(path.join(FIXTURES, "motor-maker-eu.csv")));
    const a = (await (await post("?regime=apr-2025&destination=other", xlsx, { "Content-Type": XLSX_CONTENT_TYPE })).json()) as PartsReport;
    const b = (await (await post("?regime=apr-2025&destination=other", csv)).json()) as PartsReport;
    expect(a.file.format).toBe("xlsx");
    expect(b.file.format).toBe("csv");
    expect(a.parts).toHaveLength(30);
    expect(a.parts.map((p) => p.action)).toEqual(b.parts.map((p) => p.action));
    expect(a.ratesUsed.map((r) => r.text)).toEqual(["1 EUR = 1.1306 USD (2025 annual average)"]);
  });

  it("takes the file's currency from the request, and refuses one that is not a currency", async () => {
    const text = "PN,Description,Price\nA,Magnet NdFeB N42SH,2.85\n";
    const none = (await (await post("?regime=apr-2025", text)).json()) as PartsReport;
    expect(none.errors[0]).toMatchObject({ row: 2, column: "unit_value", message: expect.stringMatching(/has no currency/) });
    const eur = (await (await post("?regime=apr-2025&currency=EUR", text)).json()) as PartsReport;
    expect(eur.errors).toEqual([]);
    // €2.85 × 1.1306 = US$3.22221
    expect(eur.parts[0]?.unitValue?.usd).toBeCloseTo(3.22221, 9);
    const bad = await post("?regime=apr-2025&currency=Doubloons", text);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).param).toBe("currency");
  });

  it("takes the same scenario parameters as /api/exposure", async () => {
    const res = await post("?regime=breakdown&threshold=0.05&reading=annex", bomTemplateCsv());
    const body = (await res.json()) as PartsReport;
    // At 0.05 % the SmCo magnet's 0.086 % China-origin Sm content is caught: a licence.
    expect(body.parts.find((p) => p.partId === "SMCO-JP-014")?.action).toBe("apply");
  });

  it("answers warnings: spellings read, tracking parameters and what a parts list does not use ignored", async () => {
    const res = await post("?regime=APR-2025&chinaShare=Dy:50&gclid=x", bomTemplateCsv());
    expect(res.status).toBe(200);
    const body = (await res.json()) as PartsReport;
    expect(body.scenario.regime).toBe("apr-2025");
    expect(body.warnings).toEqual([
      { param: "gclid", message: "ignored: a tracking parameter" },
      { param: "regime", message: '"APR-2025" read as apr-2025' },
      { param: "chinaShare", message: expect.stringMatching(/^ignored: each line's China-origin share is the file's/) },
    ]);
    expect(((await (await post("?regime=apr-2025", bomTemplateCsv())).json()) as PartsReport).warnings).toEqual([]);
    const [meta] = parseCsvReport(await (await post("?regime=apr-2025&format=Csv&chinaShare=Dy:50", bomTemplateCsv())).text());
    expect(meta?.filter((r) => r.field === "warning").map((r) => r.value)).toEqual([
      "chinaShare: ignored: each line's China-origin share is the file's (a china_origin_share column), or both ends when it gives none",
      'format: "Csv" read as csv',
    ]);
  });

  it("lists row errors with a 200, and checks the line with what is known: never dropped, never clear", async () => {
    const text = `${bomTemplateCsv()}BAD-1,x,90,Fe,1,alloy,1,civil,china\r\n`;
    const res = await post("?regime=apr-2025", text, { "Content-Type": "text/csv; charset=utf-8" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as PartsReport;
    expect(body.parts).toHaveLength(6);
    expect(body.errors).toEqual([{ row: 11, column: "element", message: expect.stringMatching(/^"Fe" is not a rare-earth element/) }]);
    expect(body.file.rowsWithErrors).toBe(1);
    // An alloy of unknown elements, bought from China: what it holds decides.
    expect(body.parts[5]).toMatchObject({ partId: "BAD-1", action: "insufficient-data" });
  });

  it("answers the CSV report as an attachment named after the scenario", async () => {
    const res = await post("?regime=apr-2025&format=csv", bomTemplateCsv());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="rare-earth-parts_apr-2025_2025-06-01_[0-9a-f]{8}\.csv"$/);
    const [meta, summary, parts, , rates, coverage] = parseCsvReport(await res.text());
    expect(meta?.find((r) => r.field === "regime")?.value).toBe("apr-2025");
    expect(meta?.find((r) => r.field === "dataset_version")?.value).toMatch(/\d/);
    expect(summary?.map((r) => [r.action, r.lines])).toEqual([["hold", "1"], ["apply", "1"], ["review", "0"], ["insufficient-data", "0"], ["clear", "3"]]);
    expect(parts?.map((r) => [r.part_id, r.action])).toEqual([
      ["MAG-EV-001", "apply"], ["SMCO-JP-014", "clear"], ["CMP-CE-200", "clear"], ["TGT-GD-300", "clear"], ["ROD-TBDY-07", "hold"],
    ]);
    expect(parts?.[0]?.reason).toMatch(/export licence required/);
    expect(rates?.map((r) => r.currency)).toEqual(["USD"]);
    expect(coverage?.map((r) => r.coverage)).toEqual(expect.arrayContaining(["models", "flags only", "does not model"]));
  });

  it("answers the XLSX report", async () => {
    const res = await post("?regime=apr-2025&format=xlsx", bomTemplateCsv());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX_CONTENT_TYPE);
    expect(res.headers.get("content-disposition")).toMatch(/filename="rare-earth-parts_apr-2025_2025-06-01_[0-9a-f]{8}\.xlsx"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it("answers the PDF report", async () => {
    const res = await post("?regime=apr-2025&format=pdf", bomTemplateCsv());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(new TextDecoder().decode(new Uint8Array(await res.arrayBuffer()).subarray(0, 5))).toBe("%PDF-");
  }, 30_000);

  it.each([
    ["an unknown parameter", "?regime=apr-2025&foo=1", "foo"],
    ["a bad format", "?regime=apr-2025&format=xml", "format"],
    ["a bad mapping", "?regime=apr-2025&mapping=%7Bx", "mapping"],
    ["an unknown regime", "?regime=nope", "regime"],
    ["no regime or date", "", "regime"],
    ["a bad threshold", "?regime=apr-2025&threshold=abc", "threshold"],
  ])("refuses %s with 400", async (_label, query, param) => {
    const res = await post(query, bomTemplateCsv());
    expect(res.status).toBe(400);
    expect((await errorOf(res)).param).toBe(param);
  });

  it.each([
    ["JSON", { "Content-Type": "application/json" }],
    ["plain text (what another site can send without a preflight)", { "Content-Type": "text/plain" }],
    ["a form", { "Content-Type": "multipart/form-data; boundary=x" }],
    ["an old Excel workbook", { "Content-Type": "application/vnd.ms-excel" }],
    ["no content type", {}],
  ])("refuses %s with 415", async (_label, headers) => {
    // Bytes, not a string: a string body would make Request add "text/plain;charset=UTF-8" itself.
    const res = await post("?regime=apr-2025", new TextEncoder().encode(bomTemplateCsv()), headers);
    expect(res.status).toBe(415);
    expect((await errorOf(res)).param).toBe("Content-Type");
  });

  it.each([
    ["an empty body", "", /The file is empty/],
    ["a ZIP that is no workbook", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /The workbook cannot be read/],
    ["binary data", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /binary data/],
  ])("refuses %s with a clear 400", async (_label, body, message) => {
    const res = await post("?regime=apr-2025", body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.param).toBe("body");
    expect(error.message).toMatch(message);
  });

  it("reads a file with none of the template's columns: every line gets an action, insufficient data where nothing decides", async () => {
    const body = (await (await post("?regime=apr-2025", "name,age\nAda,36\n")).json()) as PartsReport;
    expect(body.parts.map((p) => [p.partId, p.description, p.action])).toEqual([["row 2", "Ada", "insufficient-data"]]);
  });

  it("reads a CSV that is not UTF-8 as Windows-1252, and says so", async () => {
    const body = (await (await post("?regime=apr-2025", new Uint8Array([...new TextEncoder().encode("Teil;Bezeichnung\nA;L"), 0xe4, ...new TextEncoder().encode("ufer\n")]))).json()) as PartsReport;
    expect(body.file.encoding).toBe("windows-1252");
    expect(body.parts[0]?.description).toBe("Läufer");
    expect(body.file.notes[0]).toMatch(/read as Windows-1252/);
  });

  it("refuses a workbook whose merged ranges cover more cells than a sheet may hold with 413, naming the merges", async () => {
    // 10,000 rows × 10 columns (A and J filled) = 100,000 cells; 121 merges of A2:J10000 cover 121 × 9,999 × 10 =
    // 12,098,790 cells > the 12,000,000 cap, in a file of some 100 KB.
    const rows = [`<row r="1">${inlineCell("A1", "Part")}${inlineCell("J1", "Origin")}</row>`];
    for (let r = 2; r <= 10_000; r += 1) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="J${r}"><v>1</v></c></row>`);
    const merges = `<mergeCells count="121">${'<mergeCell ref="A2:J10000"/>'.repeat(121)}</mergeCells>`;
    const res = await post("?regime=oct-2025", makeXlsx(rows.join(""), 9, merges) as BodyInit, { "Content-Type": XLSX_CONTENT_TYPE });
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toEqual({
      param: "body",
      message:
        "The workbook cannot be read: sheet sheet1.xml has 121 merged ranges (A2:J10000, A2:J10000, …) covering 12,098,790 cells in all; at most 12,000,000 merged cells are read.",
    });
  });

  it("refuses a declared Content-Length past the limit with 413 before reading", async () => {
    const req = new Request(`${URL_BASE}?regime=apr-2025`, {
      method: "POST",
      body: "x",
      headers: { "Content-Type": "text/csv", "Content-Length": String(BOM_MAX_BYTES + 1) },
    });
    const res = await POST(req);
    expect(res.status).toBe(413);
  });

  it("refuses a body past the limit with 413 when no length is declared", async () => {
    // A stream of 1 MB chunks, one more than the limit allows, and no Content-Length.
    const chunk = new Uint8Array(1_000_000).fill(0x61);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > BOM_MAX_BYTES) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    const req = new Request(`${URL_BASE}?regime=apr-2025`, { method: "POST", body, headers: { "Content-Type": "text/csv" }, duplex: "half" } as RequestInit);
    const res = await POST(req);
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toMatch(/larger than the limit/);
  });
});

describe("POST /api/bom under abuse", () => {
  it.each([
    ["another site (Fetch Metadata)", { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" }],
    ["another origin (Origin only)", { Origin: "http://127.0.0.1:9999" }],
  ])("refuses a POST from %s with 403, before reading anything", async (_label, headers) => {
    const res = await post("?regime=apr-2025", bomTemplateCsv(), { "Content-Type": "text/csv", Host: "localhost", ...headers });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).param).toBe("Origin");
  });

  it("takes a POST from its own page", async () => {
    const res = await post("?regime=apr-2025", bomTemplateCsv(), { "Content-Type": "text/csv", Host: "localhost", Origin: "http://localhost", "Sec-Fetch-Site": "same-origin" });
    expect(res.status).toBe(200);
  });

  it(`refuses a file of more than ${BOM_SERVER_MAX_LINES.toLocaleString("en-US")} lines with 413 before parsing it`, async () => {
    // 1.56 million one-row parts in 49.9 MB answered 500 (a JSON answer past the longest string); now the line count
    // stops it while it is read. Here: the header and 100,001 rows, one line more than the limit.
    const text = `${bomTemplateCsv().split("\r\n")[0]}\n${"P,x,1,Dy,1,alloy,1,civil,china\n".repeat(BOM_SERVER_MAX_LINES)}`;
    const started = performance.now();
    const res = await post("?regime=apr-2025", text);
    expect(res.status).toBe(413);
    // The rest of the body was read and dropped (within 50 MB), so the connection stays usable: no Connection: close.
    expect(res.headers.get("connection")).toBeNull();
    expect((await errorOf(res)).message).toMatch(/more than 100,001 lines/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it(`answers 503 with Retry-After once ${BOM_MAX_UPLOADS_IN_FLIGHT} uploads are in flight, and takes uploads again after`, async () => {
    // Bodies that do not end until released: each holds an upload slot.
    const releases: (() => void)[] = [];
    const slow = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(bomTemplateCsv()));
          releases.push(() => controller.close());
        },
      });
    const pending = Array.from({ length: BOM_MAX_UPLOADS_IN_FLIGHT }, () =>
      POST(new Request(`${URL_BASE}?regime=apr-2025`, { method: "POST", body: slow(), headers: { "Content-Type": "text/csv" }, duplex: "half" } as RequestInit)),
    );
    await new Promise((r) => setTimeout(r, 50));
    const refused = await post("?regime=apr-2025", bomTemplateCsv());
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect((await errorOf(refused)).param).toBe("server");
    for (const r of releases) r();
    for (const res of await Promise.all(pending)) expect(res.status).toBe(200);
    expect((await post("?regime=apr-2025", bomTemplateCsv())).status).toBe(200);
  }, 30_000);

  it("reports a stray quote's swallowed lines in the answer, and the line counts add up", async () => {
    const header = bomTemplateCsv().split("\r\n")[0];
    const row = (id: string) => `${id},x,90,Dy,45,ndfeb_magnet,1,civil,china`;
    const text = [header, row("P0"), row("P1"), `"${row("P2")}`, row("P3"), row("P4"), row("P5")].join("\n");
    const body = (await (await post("?regime=apr-2025", text)).json()) as PartsReport;
    expect(body.file.rows).toBe(3);
    expect(body.file.lines).toEqual({ total: 7, aboveHeader: 0, header: 1, rows: 3, blank: 0, inQuotedCells: 0, swallowed: 3 });
    expect(body.errors[0]).toMatchObject({ row: 4, column: "part_id", swallowedLines: { from: 5, to: 7 } });
    expect(body.errors[0]?.message).toContain("P3, P4, P5");
  });
});

describe("GET /api/bom/template", () => {
  it("downloads the template", async () => {
    const res = getTemplate(new Request(`${URL_BASE}/template`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="rare-earth-bom-template.csv"');
    // Byte for byte, with the byte-order mark (res.text() would drop it).
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new TextEncoder().encode(bomTemplateCsv()));
  });

  it("refuses parameters", async () => {
    expect(getTemplate(new Request(`${URL_BASE}/template?x=1`)).status).toBe(400);
  });
});
