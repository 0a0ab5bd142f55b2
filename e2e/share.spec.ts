import { expect, test } from "@playwright/test";
import { testIds } from "../lib/test-ids";
import { openDashboard, readSectorTable, showProducts } from "./helpers";

test("Copy link puts the view's address on the clipboard, says so, and the address opens the same view", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openDashboard(page, "?regime=apr-2025");
  await page.getByTestId(testIds.elementToggle("Sc")).click();
  await showProducts(page);
  await page.getByTestId(testIds.sectorFilter).selectOption("medical");
  await expect(page).toHaveURL(/sector=medical/);
  await page.getByTestId(testIds.copyLink).click();
  await expect(page.getByTestId(testIds.copyLinkStatus)).toHaveText("Link copied");
  await expect(page.getByTestId(testIds.copyLinkStatus)).toHaveAttribute("aria-live", "polite");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const summary = await page.getByTestId(testIds.summary).innerText();
  const table = await readSectorTable(page);

  const other = await browser.newPage();
  await other.goto(copied);
  await expect(other.getByTestId(testIds.sectorChart).locator("[data-segment]").first()).toBeVisible();
  expect(await other.getByTestId(testIds.summary).innerText()).toBe(summary);
  expect(await readSectorTable(other)).toEqual(table);
  await expect(other.getByTestId(testIds.controlledCount)).toHaveText("6 of 17 controlled");
  await expect(other.getByTestId(testIds.sectorFilter)).toHaveValue("medical");
  await other.close();
});

test("Cite gives the dataset version, the licence, the sources and a citation with the link and date; Escape closes it", async ({ page }) => {
  await openDashboard(page, "?regime=breakdown");
  const toggle = page.getByTestId(testIds.citeToggle);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const panel = page.getByTestId(testIds.citePanel);
  await expect(panel).toBeVisible();
  const version = (await (await page.request.get("/api/dataset")).json()).meta.version as string;
  await expect(panel).toContainText(`version ${version}`);
  await expect(panel.getByRole("link", { name: /CC BY 4\.0/ })).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
  await expect(panel.getByRole("link", { name: "S9", exact: true })).toHaveAttribute("href", "/sources#S9");
  const citation = await page.getByTestId(testIds.citeText).innerText();
  expect(citation).toContain(`version ${version}`);
  expect(citation).toContain(page.url());
  expect(citation).toMatch(/accessed \d{1,2} [A-Z][a-z]{2} \d{4}/);
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
});
