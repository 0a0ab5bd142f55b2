import { describe, expect, it } from "vitest";
import { compareReportSchema } from "@/lib/compare/compare-report-schema";
import { roundShare } from "@/lib/report/report-precision";
import { parseCsvReport } from "@/lib/report/format-csv-report";
import { GET, HEAD } from "./route";

const url = (query: string) => new Request(`http://localhost/api/compare?${query}`);
const q = (a: string, b: string, rest = "") => `${new URLSearchParams({ a, b }).toString()}${rest}`;

describe("GET /api/compare", () => {
  it("answers the comparison as JSON that meets its schema, with the request's warnings", async () => {
    const res = await GET(url(q("regime=apr-2025", "regime=oct-2025&military=licence", "&utm_source=x")));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="rare-earth-compare_apr-2025_2025-06-01_vs_oct-2025-custom_2025-12-01_[0-9a-f]{8}\.json"$/);
    const body = compareReportSchema.parse(await res.json());
    expect(body.a.scenario.regime).toBe("apr-2025");
    expect(body.warnings.map((w) => w.param)).toEqual(["utm_source", "b.military"]);
    // October adds Ann. 57's five elements to April's seven (lib/compare/compare-results.test.ts works the rest).
    expect(body.diff.elementsAdded).toEqual(["Eu", "Ho", "Er", "Tm", "Yb"]);
  });

  it("answers the CSV in blocks, the same figures as the JSON", async () => {
    const query = q("regime=apr-2025", "regime=oct-2025");
    const json = compareReportSchema.parse(await (await GET(url(query))).json());
    const res = await GET(url(`${query}&format=csv`));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [, , , sectors, products] = parseCsvReport(await res.text());
    expect(sectors?.map((s) => s.sector_id)).toEqual(json.sectors.map((s) => s.id));
    // The CSV writes shares at the report's precision (4 decimals); the JSON keeps full precision.
    expect(sectors?.map((s) => Number(s.exposure_change_high))).toEqual(json.sectors.map((s) => roundShare(s.exposureChange.high)));
    expect(products?.map((p) => p.product_id)).toEqual(json.products.map((p) => p.id));
  });

  it.each([
    ["a missing", "b=regime%3Doct-2025", "a"],
    ["an unknown preset inside b", q("regime=apr-2025", "regime=nope"), "b.regime"],
    ["an unknown parameter", `${q("regime=apr-2025", "regime=oct-2025")}&lens=border`, "lens"],
    ["an unknown format", `${q("regime=apr-2025", "regime=oct-2025")}&format=xlsx`, "format"],
  ])("%s: 400 naming %s, for GET and HEAD", async (_name, query, param) => {
    const res = await GET(url(query));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { param: string } }).error.param).toBe(param);
    expect((await HEAD(url(query))).status).toBe(400);
  });

  it("HEAD answers a PDF's headers without making it", async () => {
    const res = await HEAD(url(q("regime=apr-2025", "regime=oct-2025", "&format=pdf")));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/\.pdf"$/);
  });
});
