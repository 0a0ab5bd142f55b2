import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { testIds } from "../lib/test-ids";
import { mountAllCharts, openDashboard } from "./helpers";

const QUERY = "?regime=apr-2025";

async function download(page: Page, frame: ReturnType<Page["getByTestId"]>, id: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), frame.getByTestId(id).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Width and height written in a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

for (const width of [1440, 390]) {
  test(`the sector chart's PNG and SVG carry its title, scenario, source and link (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openDashboard(page, QUERY);
    const frame = page.getByTestId(testIds.sectorChart);
    const title = await frame.getByRole("heading", { level: 2 }).innerText();
    const takeaway = await frame.locator("p").first().innerText();

    const svg = await download(page, frame, testIds.chartSvg);
    expect(svg.name).toMatch(/^sector-exposure_apr-2025_2025-06-01\.svg$/);
    const text = svg.bytes.toString("utf8");
    expect(text).not.toContain("var(--");
    // Every line is real SVG text: the title, the takeaway, the scenario, the source line with the dataset version, the link.
    const texts = [...text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ").replace(/&amp;/g, "&");
    expect(texts).toContain(title);
    expect(texts.replace(/\s+/g, " ")).toContain(takeaway.split(" ").slice(0, 5).join(" "));
    expect(texts).toContain("Scenario: April 2025");
    expect(texts).toMatch(/Source: Rare-earth export-control exposure dataset, version \d{4}\.\d{2}\.\d{2}/);
    expect(texts).toContain("/sources");
    expect(texts).toContain(`Link: ${page.url()}`);
    expect(texts).toContain("Data licence: CC BY 4.0");
    const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(text)?.[1]);
    const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(text)?.[1]);
    // The sector names are drawn line by line where the page wraps them, never as one line across the bars.
    expect(texts).toContain("Electric vehicles &");

    const png = await download(page, frame, testIds.chartPng);
    expect(png.name).toBe(svg.name.replace(/\.svg$/, ".png"));
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Drawn at twice the SVG's size, from the same composition.
    expect(pngSize(png.bytes)).toEqual({ width: svgWidth * 2, height: svgHeight * 2 });
    // The title band (the first 24 px below the 16 px margin) holds dark title pixels; the band above it is plain.
    const ink = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const count = (y0: number, y1: number) => {
        const d = ctx.getImageData(0, y0, Math.min(600, img.width), y1 - y0).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 200) n++;
        return n;
      };
      return { margin: count(0, 28), title: count(32, 80) };
    }, png.bytes.toString("base64"));
    expect(ink.margin).toBe(0);
    expect(ink.title).toBeGreaterThan(200);
  });
}

test("the heatmap's image leaves out its screen-reader caption", async ({ page }) => {
  await openDashboard(page, QUERY);
  await mountAllCharts(page);
  const frame = page.getByTestId(testIds.elementHeatmapFrame);
  await frame.scrollIntoViewIfNeeded();
  // textContent, not innerText: the section may still be skipped by layout (content-visibility) a frame after the scroll.
  const caption = (await frame.getByTestId(testIds.elementHeatmap).locator("caption").textContent()) ?? "";
  expect(caption.length).toBeGreaterThan(10);
  const svg = (await download(page, frame, testIds.chartSvg)).bytes.toString("utf8");
  expect(svg).toContain("Which element drives which sector");
  expect(svg).not.toContain(caption.slice(0, 30));
});

test("each chart's CSV holds exactly the figures of its Table tab", async ({ page }) => {
  await openDashboard(page, "?regime=breakdown&controlled=Dy,Tb,Sm,Y&threshold=0.5");
  await mountAllCharts(page);
  const frames = page.locator("figure").filter({ has: page.getByTestId(testIds.chartCsv) });
  expect(await frames.count()).toBe(5);
  for (let i = 0; i < 5; i++) {
    const frame = frames.nth(i);
    await frame.scrollIntoViewIfNeeded();
    const csv = await download(page, frame, testIds.chartCsv);
    expect(csv.name).toMatch(/_breakdown-custom_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { skipEmptyLines: true }).data;

    await frame.getByTestId(testIds.chartTab("table")).click();
    const table = frame.getByTestId(testIds.chartPanel("table")).locator("table");
    await expect(table).toBeVisible();
    const header = await table.locator("thead th").allInnerTexts();
    const cells = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.getAttribute("data-value") ?? "")),
    );
    expect(rows[0]).toEqual(header);
    expect(rows.slice(1)).toEqual(cells);
    for (const row of rows) for (const v of row) expect(v).not.toMatch(/^[=+@\t\r]/);
    await frame.getByTestId(testIds.chartTab("chart")).click();
  }
});

test("the tabs follow the tabs pattern: arrows move between Chart, Table and Sources", async ({ page }) => {
  await openDashboard(page, QUERY);
  const frame = page.getByTestId(testIds.sectorChart);
  const chartTab = frame.getByRole("tab", { name: "Chart" });
  await expect(chartTab).toHaveAttribute("aria-selected", "true");
  await chartTab.focus();
  await page.keyboard.press("ArrowRight");
  await expect(frame.getByRole("tab", { name: "Table" })).toBeFocused();
  await expect(frame.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
  await expect(frame.getByRole("tabpanel", { name: "Table" })).toBeVisible();
  await expect(frame.getByTestId(testIds.chartPanel("chart"))).toBeHidden();
  await page.keyboard.press("End");
  await expect(frame.getByRole("tabpanel", { name: "Sources" })).toContainText("Cite this figure");
  // The figure's sources are links to their entries; the citation names the dataset version and this view's link.
  const link = frame.getByRole("tabpanel", { name: "Sources" }).getByRole("link", { name: "S173" });
  await expect(link).toHaveAttribute("href", "/sources#S173");
  await expect(frame.getByRole("tabpanel", { name: "Sources" })).toContainText(`${page.url()} (accessed`);
  await page.keyboard.press("Home");
  await expect(frame.getByTestId(testIds.chartPanel("chart"))).toBeVisible();
});
