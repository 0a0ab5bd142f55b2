import { expect, type Page } from "@playwright/test";
import { testIds } from "../lib/test-ids";

/**
 * Waits until the dashboard is live: the server drew the answer and the sector chart, the browser has loaded the
 * dataset and the controls respond.
 */
export async function openDashboard(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(page.getByTestId(testIds.sectorChart).locator("[data-segment]").first()).toBeVisible();
  await expect(page.getByTestId(testIds.dashboard)).toHaveAttribute("data-ready", "true");
}

/** Scrolls to the part below the heatmap (drawn when a reader comes near it) and waits for the products table. */
export async function showProducts(page: Page) {
  await page.getByTestId(testIds.dashboardLower).scrollIntoViewIfNeeded();
  await expect(page.getByTestId(testIds.productsTable)).toBeAttached();
}

/** Exposure (0..1) per sector as the chart's Table tab holds it: its first figure, in percent at full precision. */
export async function readSectorTable(page: Page): Promise<Record<string, number>> {
  const ranges = await readSectorTableRanges(page);
  return Object.fromEntries(Object.entries(ranges).map(([id, r]) => [id, r.high]));
}

/** Opens the sector chart's Table tab, as a reader does: the table is drawn only while it is open. */
export async function openSectorTable(page: Page) {
  await page.getByTestId(testIds.sectorChart).getByTestId(testIds.chartTab("table")).click();
  await expect(page.getByTestId(testIds.sectorTable).locator("tbody tr").first()).toBeAttached();
}

/** Each sector's exposure (0..1) at the low and high ends, read from the sector chart's table; the chart is shown again after. */
export async function readSectorTableRanges(page: Page): Promise<Record<string, { low: number; high: number }>> {
  await openSectorTable(page);
  const rows = page.getByTestId(testIds.sectorTable).locator("tbody tr");
  const out: Record<string, { low: number; high: number }> = {};
  for (const row of await rows.all()) {
    const id = (await row.getAttribute("data-testid"))!.replace("sector-row-", "");
    const cells = row.locator("td");
    out[id] = { low: Number(await cells.nth(0).getAttribute("data-value")) / 100, high: Number(await cells.nth(1).getAttribute("data-value")) / 100 };
  }
  await page.getByTestId(testIds.sectorChart).getByTestId(testIds.chartTab("chart")).click();
  return out;
}

/** Total width in pixels of the bars drawn for a sector: what the chart actually shows. */
export async function barWidthFor(page: Page, sectorId: string): Promise<number> {
  let width = 0;
  for (const seg of await page.getByTestId(testIds.sectorBar(sectorId)).locator("[data-segment]").all()) {
    width += (await seg.boundingBox())?.width ?? 0;
  }
  return width;
}

/** Scrolls every lazily drawn chart into view so that all of them are on the page. */
export async function mountAllCharts(page: Page) {
  // The charts below the sector chart follow the live page a frame later (useDeferredValue): wait for their frames
  // first, or an empty list of waiting charts would be read as "all mounted".
  await expect(page.locator("[data-lazy]").first()).toBeAttached();
  for (let i = 0; i < 20; i++) {
    // Found and scrolled to in one step: a chart that mounts between a count and a scroll would leave the locator
    // waiting for an element that no longer exists (it timed out on a loaded machine).
    const found = await page.evaluate(() => {
      const next = document.querySelector('[data-lazy="waiting"]');
      next?.scrollIntoView({ block: "center" });
      return next !== null;
    });
    if (!found) {
      // A chunk still loading (the part below the heatmap, a chart's code) may bring more charts that wait.
      if ((await page.locator('[data-lazy="loading"]').count()) === 0) return;
      await expect(page.locator('[data-lazy="loading"]')).toHaveCount(0);
      continue;
    }
    await page.waitForTimeout(50);
  }
  await expect(page.locator('[data-lazy="waiting"], [data-lazy="loading"]')).toHaveCount(0);
}
