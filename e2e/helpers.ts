import { expect, type Page } from "@playwright/test";
import { testIds } from "../lib/test-ids";

/** Waits until the dashboard has loaded its dataset and drawn the sector chart. */
export async function openDashboard(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(page.getByTestId(testIds.sectorChart).locator(".recharts-bar-rectangle").first()).toBeVisible();
}

/** Exposure per sector as the page's data table shows it (the chart's own series). */
export async function readSectorTable(page: Page): Promise<Record<string, number>> {
  const rows = page.getByTestId(testIds.sectorTable).locator("tbody tr");
  const out: Record<string, number> = {};
  for (const row of await rows.all()) {
    const id = (await row.getAttribute("data-testid"))!.replace("sector-row-", "");
    out[id] = Number(await row.locator("td").first().getAttribute("data-value"));
  }
  return out;
}

/** Total width in pixels of the bars drawn beside a sector's axis label: what the chart actually shows. */
export async function barWidthFor(page: Page, sectorLabelStart: string): Promise<number> {
  const chart = page.getByTestId(testIds.sectorChart);
  const tick = chart.locator(".recharts-yAxis-tick-labels text, .recharts-cartesian-axis-tick-value", { hasText: sectorLabelStart }).first();
  const box = await tick.boundingBox();
  if (!box) throw new Error(`no axis label ${sectorLabelStart}`);
  const centre = box.y + box.height / 2;
  let width = 0;
  for (const rect of await chart.locator("path.recharts-rectangle").all()) {
    const r = await rect.boundingBox();
    if (r && r.y <= centre && r.y + r.height >= centre) width += r.width;
  }
  return width;
}

/** Scrolls every lazily drawn chart into view so that all of them are on the page. */
export async function mountAllCharts(page: Page) {
  for (let i = 0; i < 10; i++) {
    const waiting = page.locator('[data-lazy="waiting"]');
    if ((await waiting.count()) === 0) return;
    await waiting.first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
  }
  await expect(page.locator('[data-lazy="waiting"]')).toHaveCount(0);
}
