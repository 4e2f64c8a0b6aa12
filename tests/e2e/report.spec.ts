import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { oneAgreementThenEnd } from "./support/agreements";
import { createWorkshop, join, laptop, phone, shoot } from "./support/room";

/**
 * After a short workshop with an agreement: a phone and the facilitator open the report and
 * download the agreements in every format; the facilitator records progress and makes a share
 * link, which opens the report read-only for someone who was not there.
 */

const WHAT = 'Svar på "alle" spørsmål fra Sales, innen én dag';

async function save(page: Page, button: Locator): Promise<{ name: string; body: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), body: await readFile(path) };
}

/** Every agreement format from one report page, each checked as the program that opens it would. */
async function downloadsAll(page: Page, code: string): Promise<void> {
  const downloads = page.getByRole("region", { name: "Downloads" });
  const pdf = await save(page, downloads.getByRole("button", { name: "PDF" }));
  expect(pdf.name).toBe(`onside-${code}-agreements.pdf`);
  expect(pdf.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const csv = await save(page, downloads.getByRole("button", { name: "Spreadsheet (CSV)" }));
  expect(csv.name).toBe(`onside-${code}-agreements.csv`);
  const rows = parse(csv.body, { bom: true }) as string[][];
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain(WHAT);

  const md = await save(page, downloads.getByRole("button", { name: "Markdown" }));
  expect(md.name).toBe(`onside-${code}-agreements.md`);
  expect(md.body.toString("utf8")).toMatch(/^# Quarterly review/);

  const ics = await save(page, downloads.getByRole("button", { name: "Calendar (.ics)" }));
  expect(ics.name).toBe(`onside-${code}-agreements.ics`);
  const calendar = ics.body.toString("utf8");
  expect(calendar.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(calendar).toContain("DTSTART;VALUE=DATE:20270331");
}

test("a phone and the facilitator take the agreements home in every format; a share link opens the report read-only", async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const facilitator = await laptop(browser);
  const code = await createWorkshop(facilitator, "Quarterly review", ["Sales", "Finance", "IT"]);
  const ann = await phone(browser, "Galaxy S8");
  await join(ann, code, "Ann", "Sales");

  await oneAgreementThenEnd(facilitator, ann, WHAT, "Øystein");

  // The phone: from the ended notice to the report, every format.
  await expect(ann.getByText("This workshop has ended")).toBeVisible();
  await ann.getByTestId("report-link").first().click();
  await expect(ann).toHaveURL(new RegExp(`/r/${code}$`));
  const annReport = ann.getByTestId("report-agreement").filter({ hasText: WHAT });
  await expect(annReport).toContainText("Questions answered within a day");
  await expect(annReport).toContainText("1 person in");
  await downloadsAll(ann, code);
  await expect(ann.getByRole("button", { name: "Whole workshop (JSON)" })).toHaveCount(0);
  await expect(ann.getByRole("button", { name: "Update progress" })).toHaveCount(0);

  // The facilitator: the report opens in a new tab beside the console.
  const [report] = await Promise.all([facilitator.context().waitForEvent("page"), facilitator.getByTestId("report-link").first().click()]);
  await downloadsAll(report, code);
  const json = await save(report, report.getByRole("button", { name: "Whole workshop (JSON)" }));
  expect(json.name).toBe(`onside-${code}.json`);
  expect(JSON.parse(json.body.toString("utf8"))).toMatchObject({ format: "onside.workshop", version: 1, workshop: { code, title: "Quarterly review" } });

  // Follow-up: the facilitator records where it stands; the progress shows.
  const card = report.getByTestId("report-agreement").filter({ hasText: WHAT });
  await card.getByRole("button", { name: "Update progress" }).click();
  await card.getByLabel("Status").selectOption({ label: "On track" });
  await card.getByLabel(/^Measured/).fill("65%");
  await card.getByRole("button", { name: "Save progress" }).click();
  await expect(card).toContainText("On track");
  await expect(card).toContainText("65%");

  // A share link, opened by a manager who was not there: the report, read-only, no names of people.
  await report.getByRole("button", { name: "Make a share link" }).click();
  const shareUrl = await report.getByLabel("Share link").inputValue();
  expect(shareUrl).toMatch(new RegExp(`/r/${code}#share=`));
  const manager = await phone(browser, "Pixel 7");
  await manager.goto(new URL(shareUrl).pathname + new URL(shareUrl).hash);
  const shared = manager.getByTestId("report-agreement").filter({ hasText: WHAT });
  await expect(shared).toContainText("On track");
  await expect(manager).toHaveURL(new RegExp(`/r/${code}$`));
  await expect(manager.getByRole("button", { name: "Update progress" })).toHaveCount(0);
  await expect(manager.getByText("Ann", { exact: true })).toHaveCount(0);
  await downloadsAll(manager, code);

  await shoot(testInfo, "report", { phone: ann, console: report, share: manager });
});
