import { expect, test } from "@playwright/test";
import { testIds } from "../lib/test-ids";
import { openDashboard, showProducts } from "./helpers";

test("the sources page lists every source by register, with mirrors marked and their originals named", async ({ page, request }) => {
  const dataset = await (await request.get("/api/dataset")).json();
  await page.goto("/sources#S173");
  const entries = page.locator("li[id]");
  await expect(entries).toHaveCount(dataset.sources.sources.length);
  for (const register of ["fact-base", "dataset", "routes"]) await expect(page.getByTestId(testIds.sourcesRegister(register)).locator("> li").first()).toBeVisible();

  // The CRS report (S173) is a copy on hitpages.com: marked, with the original named and what cites it listed.
  const crs = page.locator("li#S173");
  await expect(crs).toBeInViewport();
  await expect(crs.getByRole("link", { name: "hitpages.com" })).toBeVisible();
  await expect(crs).toContainText("mirror");
  await expect(crs).toContainText("Congressional Research Service");
  await expect(crs).toContainText("CRS R41744");
  await expect(crs.getByRole("link", { name: /F-35/ }).first()).toHaveAttribute("href", "/?product=def-f35");

  // The NASA paper (S154): the copy on an unrelated site, and the original's DOI link.
  const nasa = page.locator("li#S154");
  await expect(nasa).toContainText("mirror");
  await expect(nasa.getByRole("link", { name: "Original at doi.org" })).toHaveAttribute("href", "https://doi.org/10.3390/coatings8070255");

  // The MOFCOM text of Ann. 61 is linked from the primary texts.
  await expect(page.getByTestId(testIds.primaryTexts).getByRole("link", { name: /mofcom\.gov\.cn/ }).first()).toHaveAttribute("href", /mofcom\.gov\.cn/);
  await expect(page.getByTestId(testIds.dataLicence)).toContainText("CC BY 4.0");
});

test("a source id beside a figure is a link to its entry", async ({ page }) => {
  await openDashboard(page, "?regime=apr-2025");
  await showProducts(page);
  await page.getByTestId(testIds.productRow("def-f35")).getByRole("button").click();
  const detail = page.getByTestId(testIds.productDetail("def-f35"));
  const links = detail.getByRole("link");
  expect(await links.count()).toBeGreaterThan(2);
  // source ids link to their entries; the route shares link to their documented default on the Methodology page
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/sources#(S\d+|R\d+|W\d+|FX-[A-Z]+)$|^\/methodology#route-[a-z0-9-]+$/);
  await detail.getByRole("link", { name: "S173" }).first().click();
  await expect(page).toHaveURL(/\/sources#S173$/);
  await expect(page.locator("li#S173")).toBeInViewport();
});

test("the methodology page points to the sources page instead of listing them", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page.getByRole("link", { name: "sources page" })).toHaveAttribute("href", "/sources");
  // The regimes' and exclusions' source ids are links; no register line is printed on the page.
  await expect(page.getByRole("link", { name: "S9", exact: true }).first()).toHaveAttribute("href", "/sources#S9");
  await expect(page.locator("body")).not.toContainText("hitpages.com");
});
