import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { PDFParse } from "pdf-parse";
import { testIds } from "../lib/test-ids";

const HEADER = "part_id,description,unit_value_usd,element,grams_per_unit,form,china_origin_share,end_use,made_in";

async function template(page: Page): Promise<string> {
  const res = await page.request.get("/api/bom/template");
  expect(res.headers()["content-disposition"]).toContain("attachment");
  return res.text();
}

async function upload(page: Page, name: string, text: string) {
  await page.getByTestId(testIds.bomFileInput).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
}

test("the template's parts get the right action, explained, under Breakdown", async ({ page }) => {
  await page.goto("/bom?regime=breakdown");
  await upload(page, "template.csv", await template(page));
  const summary = page.getByTestId(testIds.bomSummary);
  await expect(summary).toContainText("5 lines: 1 hold, 1 apply, 1 review, 0 insufficient data, 2 clear.");
  const row = (id: string) => page.getByTestId(testIds.bomPartRow(id));
  await expect(row("MAG-EV-001")).toHaveAttribute("data-action", "apply");
  await expect(row("MAG-EV-001")).toContainText("bought from China");
  await expect(row("CMP-CE-200")).toHaveAttribute("data-action", "clear");
  // The Terfenol rod for a US military user: Ann. 46 denies it.
  await expect(row("ROD-TBDY-07")).toHaveAttribute("data-action", "hold");
  // The Gd target for an advanced-node fab, caught by the 0.1 % rule: case-by-case.
  await expect(row("TGT-GD-300")).toHaveAttribute("data-action", "review");
  // 25 g Sm x US$2.064/kg (the oxide price / 0.8624) = US$0.0516, 0.086 % of a US$60 magnet: below the 0.1 % threshold
  await expect(row("SMCO-JP-014")).toHaveAttribute("data-action", "clear");
  await expect(row("SMCO-JP-014")).toContainText("below the 0.1 % threshold");
});

test("bad cells are reported precisely, their lines still checked, and a reload keeps everything", async ({ page }) => {
  await page.goto("/bom?regime=apr-2025");
  const text = `${(await template(page)).trimEnd()}\nBAD-1,Broken part,abc,Dy,5,ndfeb_magnet,100%,civil,china\nBAD-2,Wrong element,10,Xx,5,ndfeb_magnet,1,civil,china\n`;
  await upload(page, "with-errors.csv", text);
  // Every line gets an action, the ones with a bad cell too: BAD-1's Dy magnet from China needs a licence whatever its
  // value; BAD-2's element is not known, so its composition decides.
  await expect(page.getByTestId(testIds.bomSummary)).toContainText("7 lines:");
  await expect(page.getByTestId(testIds.bomPartRow("BAD-1"))).toHaveAttribute("data-action", "apply");
  await expect(page.getByTestId(testIds.bomPartRow("BAD-2"))).toHaveAttribute("data-action", "review");
  const errors = page.getByTestId(testIds.bomErrors);
  await expect(errors).toContainText("Rows with errors (2; 2 errors)");
  const lines = text.trimEnd().split("\n").length; // header is row 1
  await expect(page.getByTestId(testIds.bomErrorRow(lines - 1))).toContainText("unit_value");
  await expect(page.getByTestId(testIds.bomErrorRow(lines))).toContainText("element");

  await page.reload();
  await expect(page.getByTestId(testIds.bomStoredNotice)).toContainText("with-errors.csv");
  await expect(page.getByTestId(testIds.bomSummary)).toContainText("7 lines:");
  await expect(page.getByTestId(testIds.bomErrors)).toContainText("Rows with errors (2; 2 errors)");

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testIds.bomDownloadCsv).click()]);
  expect(csv.suggestedFilename()).toMatch(/^rare-earth-parts_apr-2025_2025-06-01_[0-9a-f]{8}\.csv$/);
  const body = await readFile(await csv.path(), "utf8");
  const cells = Papa.parse<string[]>(body.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data.flat();
  expect(cells).toContain("MAG-EV-001");
  expect(cells.some((c) => c.includes("abc"))).toBe(true);

  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testIds.bomDownloadPdf).click()]);
  const { text: pdfText } = await new PDFParse({ data: new Uint8Array(await readFile(await pdf.path())) }).getText();
  expect(pdfText).toContain("MAG-EV-001");
  expect(pdfText).toContain("April 2025");
});

test("a file with other headers goes through the mapping step, and the server reads it the same way for the PDF", async ({ page }) => {
  await page.goto("/bom?regime=apr-2025");
  const text = "Item,Name,Price,Metal,Weight g,Kind,Origin,Use,Where\nP1,Magnet,90,Dy,45,ndfeb_magnet,100%,civil,china\n";
  await upload(page, "other-headers.csv", text);
  const mapping = page.getByTestId(testIds.bomMapping);
  await expect(mapping).toBeVisible();
  await mapping.getByText("Match the columns").click();
  const pairs: [string, string][] = [
    ["part_id", "Item"], ["unit_value", "Price"], ["element", "Metal"], ["grams_per_unit", "Weight g"],
    ["part_type", "Kind"], ["china_origin_share", "Origin"], ["end_use", "Use"], ["origin_country", "Where"],
  ];
  for (const [col, header] of pairs) await page.getByTestId(testIds.bomMappingSelect(col)).selectOption(`h:${header}`);
  await page.getByTestId(testIds.bomCurrency).selectOption("USD");
  await page.getByTestId(testIds.bomMappingApply).click();
  await expect(page.getByTestId(testIds.bomPartRow("P1"))).toHaveAttribute("data-action", "apply");
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testIds.bomDownloadPdf).click()]);
  const { text: pdfText } = await new PDFParse({ data: new Uint8Array(await readFile(await pdf.path())) }).getText();
  expect(pdfText).toContain("P1");
  expect(pdfText).toContain("Apply for a licence");
});

test("whole-file problems get a clear message; a file in another encoding is read and says so", async ({ page }) => {
  await page.goto("/bom?regime=apr-2025");
  await upload(page, "empty.csv", "");
  await expect(page.getByTestId(testIds.bomFileError).first()).toContainText("empty");
  await page.getByTestId(testIds.bomFileInput).setInputFiles({ name: "latin1.csv", mimeType: "text/csv", buffer: Buffer.concat([Buffer.from(`${HEADER}\nP1,Caf`), Buffer.from([0xe9]), Buffer.from(",10,Dy,1,alloy,1,civil,china\n")]) });
  await expect(page.getByTestId(testIds.bomPartRow("P1"))).toContainText("Café");
  await expect(page.getByTestId(testIds.bomPreview).locator("xpath=..")).toContainText("read as Windows-1252");
  await page.getByTestId(testIds.bomFileInput).setInputFiles({ name: "book.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x08, 0]) });
  await expect(page.getByTestId(testIds.bomFileError).first()).toContainText("The workbook cannot be read");
});

test("markup in part names is shown as text, never run", async ({ page }) => {
  let alerted = false;
  page.on("dialog", async (d) => {
    alerted = true;
    await d.dismiss();
  });
  await page.goto("/bom?regime=apr-2025");
  const payloads = ['<img src=x onerror="alert(1)">', "<script>alert(2)</script>", "javascript:alert(3)", '"><svg onload=alert(4)>'];
  const rows = payloads.map((p, i) => `X${i},"${p.replaceAll('"', '""')}",10,Dy,1,ndfeb_magnet,1,civil,china`);
  await upload(page, "xss.csv", `${HEADER}\n${rows.join("\n")}\n`);
  for (let i = 0; i < payloads.length; i++) {
    await expect(page.getByTestId(testIds.bomPartRow(`X${i}`))).toContainText(payloads[i]!);
  }
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(await page.locator("main svg[onload]").count()).toBe(0);
  expect(alerted).toBe(false);
});
