import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { oneAgreementThenEnd } from "./support/agreements";
import { expectAccessible, expectTapTargets } from "./support/axe";
import { createWorkshop, join, laptop } from "./support/room";

/**
 * After a short workshop with one agreement, two colleagues who were not there (IT and Finance)
 * open their team's catch-up link on 360 px phones and go through every step; the report and the
 * CSV show what they added, marked as catch-up and counted apart from the room. Each reloads in the
 * middle of steps: what they had typed or chosen but not sent is still there, and once a step is
 * sent nothing of it is left on the phone.
 */

const WHAT = "Answer every sales question about invoices within a day";

async function phone360(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  return context.newPage();
}

/** A screenshot of each step, which is also checked with axe and for 44 px tap targets. */
async function shot(testInfo: TestInfo, page: Page, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`catchup-${name}.png`), fullPage: true, scale: "css" });
  await expectAccessible(page, `catch-up ${name}`);
  await expectTapTargets(page, `catch-up ${name}`);
}

/** One absent colleague through every step, a screenshot per step. */
async function catchUp(page: Page, link: string, name: string, answer: "in" | "concern", testInfo: TestInfo) {
  await page.goto(new URL(link).pathname);
  await page.getByLabel("Your name").fill(name);
  await shot(testInfo, page, `${name}-0-start`);
  await page.getByRole("button", { name: "Start" }).click();
  const save = page.getByRole("button", { name: "Save and continue" });

  await expect(page.getByText("Step 1 of 6")).toBeVisible();
  for (const question of await page.locator("fieldset").all()) await question.getByRole("button", { name: /^3:/ }).click();
  await shot(testInfo, page, `${name}-1-check-in`);
  await save.click();

  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await expect(page.getByText("IT keeps the lights on")).toHaveCount(0);
  await page.getByLabel("Strengths").first().fill(`They know the customer (${answer})`);
  await page.getByRole("button", { name: "Add", exact: true }).first().click();
  await shot(testInfo, page, `${name}-2-shoes`);
  // Halfway through a card the tab is dropped: the card added and the half-typed one are still there.
  const challenge = page.getByLabel("Challenges").first();
  await challenge.fill(`Slow to answer (${answer})`);
  await page.reload();
  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: `They know the customer (${answer})` })).toBeVisible();
  await expect(challenge).toHaveValue(`Slow to answer (${answer})`);
  await shot(testInfo, page, `${name}-2-shoes-restored`);
  await page.getByRole("button", { name: "Add", exact: true }).nth(1).click();
  await expect(page.getByRole("listitem").filter({ hasText: `Slow to answer (${answer})` })).toBeVisible();
  await save.click();

  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  await shot(testInfo, page, `${name}-3-mirror`);
  await save.click();

  await expect(page.getByText("Step 4 of 6")).toBeVisible();
  await page.getByLabel(/Add a belief/).fill(`Nobody reads the tickets (${answer})`);
  await page.reload();
  await expect(page.getByLabel(/Add a belief/)).toHaveValue(`Nobody reads the tickets (${answer})`);
  await shot(testInfo, page, `${name}-4-beliefs`);
  await save.click();

  await expect(page.getByText("Step 5 of 6")).toBeVisible();
  await expect(page.getByRole("group", { name: WHAT })).toBeVisible();
  const concern = page.getByLabel("Your concern (the owner reads it)");
  if (answer === "in") {
    await page.getByRole("button", { name: "I'm in" }).click();
  } else {
    await page.getByRole("button", { name: "I have a concern" }).click();
    await concern.fill("Invoices come from two systems");
  }
  // A reload before sending keeps the choice and the concern as written.
  await page.reload();
  await expect(page.getByText("Step 5 of 6")).toBeVisible();
  await expect(page.getByRole("button", { name: answer === "in" ? "I'm in" : "I have a concern" })).toHaveAttribute("aria-pressed", "true");
  if (answer === "concern") await expect(concern).toHaveValue("Invoices come from two systems");
  await shot(testInfo, page, `${name}-5-agreements`);
  await save.click();

  // A reload continues where they were: the check-out, with nothing of the check-in's answers on it
  // and the answer picked before the reload still picked.
  await expect(page.getByText("Step 6 of 6")).toBeVisible();
  const picked = page.getByRole("button", { pressed: true });
  await expect(picked).toHaveCount(0);
  const questions = page.locator("fieldset");
  await questions.first().getByRole("button", { name: /^4:/ }).click();
  await page.reload();
  await expect(page.getByText("Step 6 of 6")).toBeVisible();
  await expect(questions.first().getByRole("button", { name: /^4:/ })).toHaveAttribute("aria-pressed", "true");
  for (const question of await questions.all()) await question.getByRole("button", { name: /^4:/ }).click();
  await shot(testInfo, page, `${name}-6-check-out`);
  await save.click();
  await expect(page.getByText("Thank you, you are caught up")).toBeVisible();
  await shot(testInfo, page, `${name}-7-done`);

  // Everything is sent: a reload shows them done, and no draft of any step is left on the phone.
  await page.reload();
  await expect(page.getByText("Thank you, you are caught up")).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("onside:draft:")))).toEqual([]);
}

test("two absent colleagues of different teams catch up on their phones; the report and the CSV mark their input", async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const facilitator = await laptop(browser);
  const code = await createWorkshop(facilitator, "Quarterly review", ["Sales", "IT", "Finance"]);
  const ann = await phone360(browser);
  await join(ann, code, "Ann", "Sales");

  await oneAgreementThenEnd(facilitator, ann, WHAT, "Olga");

  // The console's catch-up panel: open it, a link for IT and one for Finance.
  const panel = facilitator.getByRole("region", { name: "Catch-up for those who weren't there" });
  // Every phase a catch-up can take is offered, and kept unless the facilitator leaves it out.
  const kept = panel.getByRole("group", { name: "Phases they go through" }).getByRole("checkbox");
  await expect(kept).toHaveCount(6);
  for (const phase of await kept.all()) await expect(phase).toBeChecked();
  await panel.getByRole("button", { name: "Open the catch-up" }).click();
  await panel.getByRole("button", { name: "Make a link for IT" }).click();
  await panel.getByRole("button", { name: "Make a link for Finance" }).click();
  const itLink = await panel.getByLabel(/^Link for IT/).inputValue();
  const financeLink = await panel.getByLabel(/^Link for Finance/).inputValue();
  await expect(panel.getByRole("img", { name: /QR code of the catch-up link for IT/ })).toBeVisible();
  await facilitator.screenshot({ path: testInfo.outputPath("catchup-console.png"), fullPage: true, scale: "css" });

  await catchUp(await phone360(browser), itLink, "Ivar", "in", testInfo);
  await catchUp(await phone360(browser), financeLink, "Frida", "concern", testInfo);

  // The facilitator sees both teams' progress and the concern.
  await facilitator.reload();
  await expect(panel.getByText("Invoices come from two systems")).toBeVisible();
  await expect(panel.getByText("1 joined · 1 started · 1 finished")).toHaveCount(2);

  // The report: catch-up input marked and counted apart; no names of those who caught up.
  const [report] = await Promise.all([facilitator.context().waitForEvent("page"), facilitator.getByTestId("report-link").first().click()]);
  const section = report.getByRole("region", { name: "Caught up afterwards" });
  await expect(section).toContainText("1 in the room · 2 caught up");
  await expect(section).toContainText("Nobody reads the tickets (in)");
  // Both answered 3 to every check-in question: their mean, apart from the room's.
  await expect(section.getByRole("listitem").filter({ hasText: "Check-in:" }).first()).toContainText("3 of 5 · 2 answers");
  await expect(section.getByText("catch-up", { exact: true }).first()).toBeVisible();
  await expect(report.getByText("Frida")).toHaveCount(0);
  await expect(report.getByText("Invoices come from two systems")).toHaveCount(0);
  await report.screenshot({ path: testInfo.outputPath("catchup-report.png"), fullPage: true, scale: "css" });

  const [download] = await Promise.all([report.waitForEvent("download"), report.getByRole("region", { name: "Downloads" }).getByRole("button", { name: "Spreadsheet (CSV)" }).click()]);
  const rows = parse(await readFile(await download.path()), { bom: true }) as string[][];
  const header = rows[0]!;
  const row = rows.find((r) => r.includes(WHAT))!;
  expect(row[header.indexOf("I'm in")]).toBe("1");
  expect(row[header.indexOf("I'm in (catch-up)")]).toBe("1");
  expect(row[header.indexOf("Concerns (catch-up)")]).toBe("1");

  // The agreement's owner, with their own link, follows each team's catch-up and reads the concern
  // and who raised it.
  await report.getByRole("button", { name: "Owner's link" }).first().click();
  const ownersUrl = await report.getByLabel(`Owner's link for ${WHAT}`).inputValue();
  const owner = await phone360(browser);
  await owner.goto(ownersUrl.replace(/^https?:\/\/[^/]+/, ""));
  const concerns = owner.getByRole("region", { name: "Concerns raised" });
  await expect(concerns).toContainText("Invoices come from two systems");
  await expect(concerns).toContainText("Frida (Finance)");
  await expect(concerns.getByRole("listitem").filter({ hasText: "IT" }).first()).toContainText("1 joined · 1 started · 1 finished");
  await shot(testInfo, owner, "owner-concerns");
});
