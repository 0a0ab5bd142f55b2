import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { PDFParse } from "pdf-parse";
import { parseCsvReport } from "../lib/report/format-csv-report";
import { exposureReportSchema } from "../lib/report/report-schema";
import { testIds } from "../lib/test-ids";
import { openDashboard } from "./helpers";

/*
 * The scenario grammar against the production build: the spellings of issue 9 (item 8) answer 200 with a warning
 * from /api/exposure, /api/report and POST /api/bom; tracking parameters on a shared link; what Next.js removes from a
 * query before a route handler sees it; and the warnings on the page.
 */

type Warning = { param: string; message: string };
const PCT = "(the value is a percent; the % sign is not needed)";
const THRESHOLD_IGNORED = /^ignored: the 0\.1 % rule \(extraterritorial\) is off in this scenario/;

// [query, the warnings expected, in order]. October 2025 applies the 0.1 % rule, so its threshold is not ignored.
const SPELLINGS: [string, (string | RegExp)[][]][] = [
  ["regime=oct-2025&threshold=0.1%25", [["threshold", `"0.1%" read as 0.1 ${PCT}`]]],
  ["regime=oct-2025&military=licence", [["military", '"licence" read as license']]],
  ["regime=oct-2025&controlled=Dy%20Tb", [["controlled", '"Dy Tb" read as Dy,Tb']]],
  ["regime=oct-2025&controlled=Dy+Tb", [["controlled", '"Dy Tb" read as Dy,Tb']]], // a "+" in a query is a space
  ["regime=oct-2025&controlled=Dy%2BTb", [["controlled", '"Dy+Tb" read as Dy,Tb']]], // a literal plus
  ["regime=oct-2025&controlled=Dy;Tb", [["controlled", '"Dy;Tb" read as Dy,Tb']]],
  ["regime=oct-2025&chinaShare=Dy:50%25", [["chinaShare", '"Dy:50%" read as Dy:50 (percent)']]],
  ["regime=oct-2025&chinaShare=Dy:0.5", [["chinaShare", /^Dy:0\.5 read as 0\.5 %; a value of 1 or less may have been meant as a fraction: for 50 % write Dy:50/]]],
  ["regime=APR-2025", [["regime", '"APR-2025" read as apr-2025']]],
  ["regime=oct-2025&asOf=2025-06-01T10:00:00Z", [["asOf", /^"2025-06-01T10:00:00Z" read as 2025-06-01: the time of day is dropped/]]],
  ["regime=oct-2025&utm_source=newsletter&utm_medium=email&fbclid=abc", [["utm_source", "ignored: a tracking parameter"], ["utm_medium", "ignored: a tracking parameter"], ["fbclid", "ignored: a tracking parameter"]]],
  ["regime=apr-2025&threshold=0.5", [["threshold", THRESHOLD_IGNORED]]], // April 2025 has no 0.1 % rule
  // eu is a documented alias of other: read with no warning; an outcome where the record decides is ignored
  ["regime=oct-2025&lens=border&destination=eu", []],
  ["regime=apr-2025&outcome=lapsed", [["outcome", "ignored: the record decides every measure on this date, so there is no outcome to choose"]]],
  ["regime=as-of-today&destination=Japan&friction=0.5", [["destination", '"Japan" read as jp'], ["friction", /^"0\.5" read as 0\.5 %; a value of 1 or less may have been meant as a fraction/]]],
];

function expectWarnings(actual: Warning[], expected: (string | RegExp)[][]) {
  expect(actual.map((w) => w.param)).toEqual(expected.map(([p]) => p));
  expected.forEach(([, message], i) => expect(actual[i]!.message).toMatch(typeof message === "string" ? new RegExp(`^${message!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : message!));
}

test.describe("lenient spellings answer 200 with a warning", () => {
  for (const [query, expected] of SPELLINGS) {
    test(`/api/exposure and /api/report?format=json: ${query}`, async ({ request }) => {
      const exposure = await request.get(`/api/exposure?${query}`);
      expect(exposure.status(), await exposure.text()).toBe(200);
      const body = (await exposure.json()) as { warnings: Warning[]; sectors: unknown[] };
      expect(body.sectors.length).toBeGreaterThan(0);
      expectWarnings(body.warnings, expected);

      const report = await request.get(`/api/report?${query}&format=json`);
      expect(report.status()).toBe(200);
      const parsed = exposureReportSchema.parse(await report.json());
      expectWarnings(parsed.warnings ?? [], expected);
      // The report's query is canonical: read again, it gives the same scenario and no warning.
      const again = (await (await request.get(`/api/exposure?${parsed.scenarioQuery}`)).json()) as { warnings: Warning[]; scenario: unknown };
      expect(again.warnings).toEqual([]);
      expect(again.scenario).toEqual(parsed.scenario);
    });
  }

  test("the same spelling and its canonical form give the same answer but for the warnings", async ({ request }) => {
    const lenient = await (await request.get("/api/exposure?regime=BREAKDOWN&controlled=tb+dy&threshold=0.5%25&military=licence")).json();
    const canonical = await (await request.get("/api/exposure?regime=breakdown&controlled=Dy,Tb&threshold=0.5&military=license")).json();
    expect(canonical.warnings).toEqual([]);
    expect(lenient.warnings).toHaveLength(4);
    expect({ ...lenient, warnings: [] }).toEqual(canonical);
  });

  test("format=CSV answers the CSV report, with a warning row for each warning", async ({ request }) => {
    const res = await request.get("/api/report?regime=apr-2025&format=CSV&military=licence&utm_campaign=x");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const [meta] = parseCsvReport(await res.text());
    expect(meta!.filter((r) => r.field === "warning").map((r) => r.value)).toEqual([
      "utm_campaign: ignored: a tracking parameter",
      'military: "licence" read as license',
      'format: "CSV" read as csv',
    ]);
  });

  test("format=PDF answers the PDF report, its warnings in the scenario block", async ({ request }) => {
    const res = await request.get("/api/report?regime=apr-2025&format=PDF&threshold=0.5");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    const { text } = await new PDFParse({ data: new Uint8Array(await res.body()) }).getText();
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Request warnings");
    expect(flat).toContain('format: "PDF" read as pdf');
    expect(flat).toMatch(/threshold: ignored: the 0\.1 % rule/);
  });

  test("POST /api/bom answers warnings, and says what a parts list does not use", async ({ request }) => {
    const csv = "part_id,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in\nP1,90,Dy,45,ndfeb_magnet,1,civil,china\n";
    const res = await request.post("/api/bom?regime=Apr-2025&chinaShare=Dy:50&fbclid=x", { headers: { "Content-Type": "text/csv" }, data: csv });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { warnings: Warning[]; parts: { status: string; action: string }[] };
    // A Dy magnet from China under April 2025: a licence, so the action is to apply for one.
    expect(body.parts[0]).toMatchObject({ status: "license", action: "apply" });
    expect(body.warnings).toEqual([
      { param: "fbclid", message: "ignored: a tracking parameter" },
      { param: "regime", message: '"Apr-2025" read as apr-2025' },
      { param: "chinaShare", message: "ignored: each line's China-origin share is the file's (a china_origin_share column), or both ends when it gives none" },
    ]);
  });

  test("what does not mean one thing is still a 400 naming the parameter", async ({ request }) => {
    for (const [query, param] of [
      ["regime=apr-2025&regime=oct-2025", "regime"],
      ["regime=apr-2025&threshold=0,1", "threshold"],
      ["regime=apr-2025&chinaShare=Dy:10,Dy:20", "chinaShare"],
      ["regime=apr-2025&controlled=Dy,,Tb", "controlled"],
      ["regime=apr-2025&Regime=apr-2025", "Regime"],
      ["regime=apr-2025&destination=cn", "destination"],
    ]) {
      const res = await request.get(`/api/exposure?${query}`);
      expect(res.status(), query).toBe(400);
      expect((await res.json()).error.param, query).toBe(param);
    }
  });
});

test.describe("parameters Next.js removes before the route sees them", () => {
  // Next 16 takes `nxtP…`/`nxtI…` names as its own markers for route parameters and drops them, and reads the query
  // into a plain object where `__proto__` cannot be a key: the route handler's request.url never holds them. What
  // the handler cannot see, it cannot refuse: README says so. Should Next ever pass them on, these tests fail and
  // the route answers 400 "unknown parameter", as it does for every other unknown name.
  for (const extra of ["__proto__=1", "nxtPfoo=1", "nxtIfoo=1", "nxtPregime=oct-2025", "__proto__=1&nxtPx=2&nxtIy=3"]) {
    test(`${extra} is removed: the answer is that of the query without it, with no warning`, async ({ request }) => {
      const res = await request.get(`/api/exposure?regime=apr-2025&${extra}`);
      expect(res.status()).toBe(200);
      const body = await res.json();
      expect(body.warnings).toEqual([]);
      expect(body.scenario.regime).toBe("apr-2025"); // nxtPregime is not read as regime either
      const plain = await (await request.get("/api/exposure?regime=apr-2025")).json();
      expect(body).toEqual(plain);
    });
  }

  for (const name of ["nxtP", "nxtI", "__PROTO__", "constructor", "prototype"]) {
    test(`${name} reaches the route and is refused as unknown`, async ({ request }) => {
      const res = await request.get(`/api/exposure?regime=apr-2025&${name}=1`);
      expect(res.status()).toBe(400);
      const { error } = await res.json();
      expect(error.param).toBe(name);
      expect(error.message).toMatch(/^unknown parameter/);
    });
  }
});

test.describe("the page", () => {
  test("a shared link with tracking parameters opens the scenario with no error", async ({ page }) => {
    await openDashboard(page, "?regime=breakdown&utm_source=newsletter&utm_medium=email&fbclid=IwAR0abc&gclid=xyz");
    await expect(page.getByTestId(testIds.controlledCount)).toHaveText("12 of 17 controlled");
    await expect(page.getByTestId(testIds.scenarioNotice)).toHaveCount(0);
    await expect(page.getByTestId(testIds.dashboardError)).toHaveCount(0);
  });

  test("shows what it read differently and what it ignored, apart from what it replaced", async ({ page }) => {
    await openDashboard(page, "?regime=APR-2025&military=licence&controlled=Dy+Tb&threshold=0.5&reading=wide");
    const readAs = page.getByTestId(testIds.scenarioWarnings("read-as"));
    await expect(readAs).toContainText("Read differently");
    await expect(readAs).toContainText('"APR-2025" read as apr-2025');
    await expect(readAs).toContainText('"licence" read as license');
    await expect(readAs).toContainText('"Dy Tb" read as Dy,Tb');
    const ignored = page.getByTestId(testIds.scenarioWarnings("ignored"));
    await expect(ignored).toContainText("threshold");
    await expect(ignored).toContainText("the 0.1 % rule (extraterritorial) is off");
    const replaced = page.getByTestId(testIds.scenarioNotice);
    await expect(replaced).toContainText("replaced by the default");
    await expect(replaced).toContainText('"wide" is not one of annex, broad');
    await expect(replaced).toContainText("reading");
    await expect(replaced).not.toContainText("licence");
    // What was read is what the page computes: Dy and Tb only, military end use licensed.
    await expect(page.getByTestId(testIds.controlledCount)).toHaveText("2 of 17 controlled");
    await expect(page.getByTestId(testIds.militarySelect)).toHaveValue("license");
  });

  test("a parameter given twice is reported and replaced by the default", async ({ page }) => {
    await openDashboard(page, "?regime=apr-2025&controlled=Dy&controlled=Tb");
    await expect(page.getByTestId(testIds.scenarioNotice)).toContainText("given more than once");
    await expect(page.getByTestId(testIds.controlledCount)).toHaveText("7 of 17 controlled");
  });

  test("turning the 0.1 % rule off shows that the threshold is ignored, and the report link is canonical", async ({ page, request }) => {
    await openDashboard(page, "?regime=oct-2025&threshold=0.5");
    await expect(page.getByTestId(testIds.scenarioWarnings("ignored"))).toHaveCount(0);
    await page.getByTestId(testIds.extraterritorialSwitch).getByText("Off").click();
    await expect(page).toHaveURL(/extraterritorial=off/);
    await expect(page.getByTestId(testIds.scenarioWarnings("ignored"))).toContainText("threshold");
    const href = await page.getByTestId(testIds.downloadReport("json")).getAttribute("href");
    const res = await request.get(href!);
    expect((exposureReportSchema.parse(await res.json())).warnings).toEqual([]);
  });
});

test("seeded lenient and model-v2 queries: never a 5xx, every 200 has warnings, every 4xx names a parameter", async ({ request }) => {
  test.setTimeout(90_000);
  const valueArb = fc.constantFrom(
    "border", "Dependency", "US", "usa", "japan", "eu", "other", "75", "75%", "0.75", "0.5%", "101", "-1", "extended", "LAPSED", "range",
    "renewed", "Dy Tb", "dy;tb", "Dy:50%", "Dy:0.5", "all:1", "0.1%", "licence", "2025-06-01T00:00:00+02:00", "2025-06-01 10:00", "x",
  );
  const nameArb = fc.constantFrom("lens", "destination", "friction", "outcome", "controlled", "chinaShare", "threshold", "military", "asOf", "utm_term", "gclid");
  const queries = fc.sample(fc.array(fc.tuple(nameArb, valueArb), { maxLength: 5 }), { seed: 20_260_601, numRuns: 150 });
  const statuses = new Map<number, number>();
  for (const pairs of queries) {
    const query = new URLSearchParams([["regime", "oct-2025"], ...pairs]).toString();
    const res = await request.get(`/api/exposure?${query}`);
    statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
    expect(res.status(), query).toBeLessThan(500);
    const body = await res.json();
    if (res.status() === 200) expect(Array.isArray(body.warnings), query).toBe(true);
    else expect(typeof body.error.param, query).toBe("string");
  }
  expect(statuses.get(200) ?? 0).toBeGreaterThan(10);
  expect(statuses.get(400) ?? 0).toBeGreaterThan(10);
});
