import { expect, test } from "@playwright/test";
import { testIds } from "../lib/test-ids";

test("the first page shows sector exposure under a preset", async ({ page, request }) => {
  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1") && !r.url().startsWith("data:")) external.push(r.url());
  });
  await page.goto("/?regime=apr-2025");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("exposed");
  await expect(page.getByTestId(testIds.controlledCount)).toContainText("7 of 17 controlled");
  const chart = page.getByTestId(testIds.sectorChart);
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();

  const api = await (await request.get("/api/exposure?regime=apr-2025")).json();
  const defense = api.sectors.find((s: { id: string }) => s.id === "defense");
  const cell = page.getByTestId(testIds.sectorRow("defense")).locator("td").first();
  expect(Number(await cell.getAttribute("data-value"))).toBeCloseTo(defense.exposure, 10);
  expect(external).toEqual([]);
});

test("a bad link falls back to the default with a notice", async ({ page }) => {
  await page.goto("/?regime=apr-2025&threshold=lots");
  await expect(page.getByTestId(testIds.scenarioNotice)).toContainText("threshold");
  await expect(page.getByTestId(testIds.sectorChart)).toBeVisible();
});

test("choosing the October 2025 preset shows 12 of 17 controlled", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId(testIds.regimePicker).getByRole("link", { name: "October 2025 as announced" }).click();
  await expect(page.getByTestId(testIds.controlledCount)).toContainText("12 of 17 controlled");
});
