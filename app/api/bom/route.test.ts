import { describe, expect, it } from "vitest";
import { BOM_MAX_BYTES, BOM_SERVER_MAX_LINES } from "@/lib/bom/bom-columns";
import { bomTemplateCsv } from "@/lib/bom/bom-template";
import type { BomReport } from "@/lib/bom/build-bom-report";
import { parseCsvReport } from "@/lib/report/format-csv-report";
import { BOM_MAX_UPLOADS_IN_FLIGHT, POST } from "./route";
import { GET as getTemplate } from "./template/route";

const URL_BASE = "http://localhost/api/bom";

function post(query: string, body: BodyInit | null, headers: Record<string, string> = { "Content-Type": "text/csv" }): Promise<Response> {
  return POST(new Request(`${URL_BASE}${query}`, { method: "POST", body, headers }));
}

async function errorOf(res: Response): Promise<{ param: string; message: string }> {
  return ((await res.json()) as { error: { param: string; message: string } }).error;
}

describe("POST /api/bom", () => {
  it("answers JSON with scenario, file, parts, summary and errors", async () => {
    const res = await post("?regime=apr-2025", bomTemplateCsv());
    expect(res.status).toBe(200);
    const body = (await res.json()) as BomReport;
    expect(body.scenario.regime).toBe("apr-2025");
    expect(body.file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.file.rows).toBe(9);
    expect(body.parts.map((p) => [p.partId, p.status])).toEqual([
      ["MAG-EV-001", "license"], ["SMCO-JP-014", "free"], ["CMP-CE-200", "free"], ["TGT-GD-300", "free"], ["ROD-TBDY-07", "denied"],
    ]);
    expect(body.summary.byStatus.denied.parts).toBe(1);
    expect(body.errors).toEqual([]);
  });

  it("takes the same scenario parameters as /api/exposure", async () => {
    const res = await post("?regime=breakdown&threshold=0.05&reading=annex", bomTemplateCsv());
    const body = (await res.json()) as BomReport;
    // At 0.05 % the SmCo magnet's 0.089 % China-origin Sm content is caught.
    expect(body.parts.find((p) => p.partId === "SMCO-JP-014")?.status).toBe("license");
  });

  it("answers warnings: spellings read, tracking parameters and what a parts list does not use ignored", async () => {
    const res = await post("?regime=APR-2025&exclusions=ignore&gclid=x", bomTemplateCsv());
    expect(res.status).toBe(200);
    const body = (await res.json()) as BomReport;
    expect(body.scenario.regime).toBe("apr-2025");
    expect(body.warnings).toEqual([
      { param: "gclid", message: "ignored: a tracking parameter" },
      { param: "regime", message: '"APR-2025" read as apr-2025' },
      { param: "exclusions", message: expect.stringMatching(/^ignored: the MOFCOM FAQ exclusions/) },
    ]);
    expect(((await (await post("?regime=apr-2025", bomTemplateCsv())).json()) as BomReport).warnings).toEqual([]);
    const [meta] = parseCsvReport(await (await post("?regime=apr-2025&format=Csv&chinaShare=Dy:50", bomTemplateCsv())).text());
    expect(meta?.filter((r) => r.field === "warning").map((r) => r.value)).toEqual([
      "chinaShare: ignored: each row of the file gives its own China-origin share",
      'format: "Csv" read as csv',
    ]);
  });

  it("lists row errors with a 200, and still computes the valid rows", async () => {
    const text = `${bomTemplateCsv()}BAD-1,x,90,Fe,1,alloy,1,civil,china\r\n`;
    const res = await post("?regime=apr-2025", text, { "Content-Type": "text/csv; charset=utf-8" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as BomReport;
    expect(body.parts).toHaveLength(5);
    expect(body.errors).toEqual([{ row: 11, column: "element", message: expect.stringMatching(/^"Fe" is not a rare-earth element symbol/) }]);
  });

  it("answers the CSV report as an attachment named after the scenario", async () => {
    const res = await post("?regime=apr-2025&format=csv", bomTemplateCsv());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="rare-earth-bom_apr-2025_2025-06-01_[0-9a-f]{8}\.csv"$/);
    const [meta, , parts] = parseCsvReport(await res.text());
    expect(meta?.find((r) => r.field === "regime")?.value).toBe("apr-2025");
    expect(parts).toHaveLength(5);
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
    ["no content type", {}],
  ])("refuses %s with 415", async (_label, headers) => {
    // Bytes, not a string: a string body would make Request add "text/plain;charset=UTF-8" itself.
    const res = await post("?regime=apr-2025", new TextEncoder().encode(bomTemplateCsv()), headers);
    expect(res.status).toBe(415);
    expect((await errorOf(res)).param).toBe("Content-Type");
  });

  it.each([
    ["an empty body", "", /The file is empty/],
    ["a file without the columns", "name,age\nAda,36\n", /missing required columns: part_id, unit_value_usd/],
    ["binary data", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary data/],
    ["invalid UTF-8", new Uint8Array([...new TextEncoder().encode("part_id\ncaf"), 0xe9]), /not valid UTF-8/],
  ])("refuses %s with a clear 400", async (_label, body, message) => {
    const res = await post("?regime=apr-2025", body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.param).toBe("body");
    expect(error.message).toMatch(message);
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
    expect(res.headers.get("connection")).toBe("close");
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
    const body = (await (await post("?regime=apr-2025", text)).json()) as BomReport;
    expect(body.file.rows).toBe(3);
    expect(body.file.lines).toEqual({ total: 7, header: 1, rows: 3, blank: 0, inQuotedCells: 0, swallowed: 3 });
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
