import { expect, test } from "@playwright/test";
import { testIds } from "../lib/test-ids";
import { openDashboard, readSectorTable } from "./helpers";

test("the page loads, shows the April 2025 exposure and asks nothing of other origins", async ({ page, request }) => {
  const external: string[] = [];
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith("http://127.0.0.1") && !u.startsWith("data:") && !u.startsWith("blob:")) external.push(u);
  });
  await openDashboard(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("exposed");
  await expect(page.getByTestId(testIds.controlledCount)).toHaveText("7 of 17 controlled");
  const api = await (await request.get("/api/exposure?regime=apr-2025")).json();
  const shown = await readSectorTable(page);
  for (const s of api.sectors) expect(shown[s.id]).toBeCloseTo(s.exposure.high, 12);
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology");
  expect(external).toEqual([]);
});
