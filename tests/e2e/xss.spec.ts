import { expect, test, type Page } from "@playwright/test";
import { createWorkshop, join, laptop, phaseHeading, phone, projector } from "./support/room";

/**
 * What people type is shown as text, never run as code: a phone joins with markup for a name and
 * posts script payloads as a card, a belief and an idea; the facilitator makes an agreement of
 * them. Every device shows them literally, no element is made from them, no script of theirs runs
 * (window.__xss stays unset), no dialog opens, and the Content-Security-Policy is never violated.
 */

const NAMES = {
  img: `<img src=x onerror="window.__xss=1;alert(1)">`,
  script: "<script>window.__xss=1;alert(1)</script>",
};
const CARD = `"><svg onload="window.__xss=1;alert(1)">`;
const BELIEF = `javascript:window.__xss=1 <a href="javascript:alert(1)">click</a> <b onmouseover="window.__xss=1">hover</b>`;
const IDEA = `'><iframe src="javascript:alert(1)"></iframe><img src=x onerror=window.__xss=1>`;
const AGREEMENT = {
  what: `<img src=x onerror="window.__xss=1;alert(1)"> answer within a day`,
  owner: "<script>window.__xss=1</script>",
  buddy: `"><svg onload=window.__xss=1>`,
  metric: "javascript:alert(1)",
};

type Watched = { page: Page; who: string; dialogs: string[] };

/** Records dialogs (dismissing them) and every CSP violation the page reports. */
async function watch(page: Page, who: string): Promise<Watched> {
  const watched: Watched = { page, who, dialogs: [] };
  page.on("dialog", (dialog) => {
    watched.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return watched;
}

/** Nothing typed by anyone became an element, ran, opened a dialog, or was blocked by the policy. */
async function nothingRan({ page, who, dialogs }: Watched): Promise<void> {
  const found = await page.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __cspViolations?: string[] };
    return {
      xss: w.__xss,
      violations: w.__cspViolations ?? [],
      // Elements the payloads would make, were they parsed as HTML.
      injected: document.querySelectorAll(
        [
          'img[src="x"]',
          "svg[onload]",
          'iframe[src^="javascript:"]',
          'a[href^="javascript:"]',
          ...["onerror", "onload", "onmouseover"].map((attribute) => `[${attribute}*="__xss"]`),
        ].join(", "),
      ).length,
    };
  });
  expect(found.xss, `window.__xss on the ${who}`).toBeUndefined();
  expect(dialogs, `dialogs on the ${who}`).toEqual([]);
  expect(found.violations, `CSP violations on the ${who}`).toEqual([]);
  expect(found.injected, `elements made from typed text on the ${who}`).toBe(0);
}

/** The facilitator jumps to a phase on the agenda; everyone follows. */
async function jump(facilitator: Page, title: string, everyone: readonly Page[]): Promise<void> {
  await facilitator.getByRole("navigation", { name: "Agenda" }).getByRole("button", { name: new RegExp(title) }).click();
  for (const page of [facilitator, ...everyone]) await expect(phaseHeading(page, title)).toBeVisible();
}

test("script payloads in names, cards, beliefs, ideas and agreements show as text and never run", async ({ browser }) => {
  test.setTimeout(180_000);

  const facilitator = await laptop(browser);
  const devices = [await watch(facilitator, "console")];
  const code = await createWorkshop(facilitator, "Safe text", ["Sales", "IT"]);

  const screen = await projector(browser);
  devices.push(await watch(screen, "screen"));
  const response = await screen.goto(`/s/${code}`);
  // The production server sends its policy with every page.
  expect(response?.headers()["content-security-policy"]).toContain("object-src 'none'");

  const ann = await phone(browser, "Pixel 7");
  const bo = await phone(browser, "iPhone 13");
  devices.push(await watch(ann, "first phone"), await watch(bo, "second phone"));
  await join(ann, code, NAMES.img, "Sales");
  await join(bo, code, NAMES.script, "IT");
  const phones = [ann, bo];
  const room = [...phones, screen];

  // The names, as typed, in the console's list of people and on each phone.
  await expect(facilitator.getByRole("region", { name: "Sales", exact: true }).getByText(NAMES.img)).toBeVisible();
  await expect(facilitator.getByRole("region", { name: "IT", exact: true }).getByText(NAMES.script)).toBeVisible();
  await expect(ann.getByText(NAMES.img).first()).toBeVisible();
  await expect(bo.getByText(NAMES.script).first()).toBeVisible();
  for (const device of devices) await nothingRan(device);

  // A card.
  await jump(facilitator, "Changes around us", room);
  await ann.getByLabel("Your card").fill(CARD);
  await ann.getByRole("button", { name: "Post", exact: true }).click();
  for (const page of [...room, facilitator]) await expect(page.getByTestId("card").filter({ hasText: CARD })).toBeVisible();
  for (const device of devices) await nothingRan(device);

  // A belief, anonymous, with a link and markup in it.
  await jump(facilitator, "Us and them", room);
  await bo.getByLabel("About which team?").selectOption({ label: "Sales" });
  await bo.getByRole("radio", { name: /Change not explained/ }).check();
  await bo.getByLabel("The belief, as people say it").fill(BELIEF);
  await bo.getByRole("button", { name: "Post anonymously" }).click();
  for (const page of [...room, facilitator]) await expect(page.getByText(BELIEF).first()).toBeVisible();
  for (const page of [...room, facilitator]) await expect(page.getByRole("link", { name: "click" })).toHaveCount(0);
  for (const device of devices) await nothingRan(device);

  // An idea.
  await jump(facilitator, "Brainstorm", room);
  await ann.getByLabel("Your idea").fill(IDEA);
  await ann.getByRole("button", { name: "Post", exact: true }).click();
  for (const page of [...room, facilitator]) await expect(page.getByText(IDEA).first()).toBeVisible();
  for (const device of devices) await nothingRan(device);

  // An agreement the facilitator makes, every text field a payload.
  await jump(facilitator, "Agreements", room);
  await facilitator.getByLabel("What we will do").fill(AGREEMENT.what);
  await facilitator.getByLabel("Owning team").selectOption({ label: "Sales" });
  await facilitator.getByLabel("Named owner").fill(AGREEMENT.owner);
  await facilitator.getByLabel("Buddy's team").selectOption({ label: "IT" });
  await facilitator.getByLabel("Buddy's name").fill(AGREEMENT.buddy);
  await facilitator.getByLabel("Done by").fill("2027-03-31");
  await facilitator.getByLabel("Review on").fill("2027-06-30");
  await facilitator.getByLabel("Metric", { exact: true }).fill(AGREEMENT.metric);
  await facilitator.getByLabel("Baseline (now)").fill("20%");
  await facilitator.getByLabel("Target", { exact: true }).fill("90%");
  await facilitator.getByRole("radio", { name: "No", exact: true }).check();
  await facilitator.getByRole("button", { name: "Make the agreement" }).click();
  await expect(facilitator.getByLabel("What we will do")).toHaveValue("");
  for (const page of [...room, facilitator]) {
    const agreement = page.getByTestId("agreement").filter({ hasText: AGREEMENT.what });
    await expect(agreement).toBeVisible();
    await expect(agreement).toContainText(AGREEMENT.owner);
    await expect(agreement).toContainText(AGREEMENT.buddy);
    await expect(agreement).toContainText(AGREEMENT.metric);
  }
  for (const device of devices) await nothingRan(device);

  // The report, in the facilitator's browser (it remembers the key), shows them as text too.
  const report = await facilitator.context().newPage();
  const reportDevice = await watch(report, "report");
  await report.goto(`/r/${code}`);
  await expect(report.getByText(AGREEMENT.what).first()).toBeVisible();
  await expect(report.getByText(BELIEF).first()).toBeVisible();
  await nothingRan(reportDevice);
});
